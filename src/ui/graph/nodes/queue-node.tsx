/**
 * A queue: backlog against capacity, how fast it grows, when it fills, how many jobs per second it
 * loses now (refused, evicted or dead-lettered, by its policy) and the dead letters it keeps.
 */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { selectFigure, selectNode, selectTimeUntilFullS } from '../../../state/selectors.ts';
import { OUTCOMES } from '../../../scenario/types.ts';
import { formatCount, formatDuration, formatRate } from '../../format.ts';
import { OVERFLOW_NAME } from '../../names.ts';
import { useAppStore } from '../../sim-context.ts';
import type { FlowNode } from '../flow-types.ts';
import { LOSSES, WINDOW_NOTE, type LossKind } from './job-fate.ts';
import { NodeDock } from './node-dock.tsx';
import { Figure, NodeFrame } from './node-frame.tsx';

function formatGrowth(perS: number): string {
  const rounded = Math.round(perS * 10) / 10;
  if (rounded === 0) return 'steady';
  return `${rounded > 0 ? '+' : '−'}${formatCount(Math.abs(rounded))}/s`;
}

const OUTCOME_INDEX = new Map(OUTCOMES.map((o, i) => [o, i]));

/**
 * How many jobs per second this queue loses one way, over the recent window: shown for the
 * current policy's way (0/s while the queue has room), and for another way only while its rate
 * is still fading out after a policy change.
 */
function LossRate({ id, loss, current }: { id: string; loss: LossKind; current: boolean }) {
  const perS = useAppStore(
    (s) =>
      Math.round((s.live.nodes[id]?.failedPerSByOutcome[OUTCOME_INDEX.get(loss.outcome) ?? 0] ?? 0) * 10) /
      10,
  );
  if (!current && perS === 0) return null;
  return (
    <Figure
      name={loss.name}
      value={<span title={WINDOW_NOTE}>{formatRate(perS)}</span>}
      testId={`queue-loss-${loss.outcome}-${id}`}
      tone={perS > 0 ? 'bad' : undefined}
    />
  );
}

export const QueueNodeView = memo(function QueueNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const node = useAppStore(selectNode(id));
  const backlog = useAppStore(selectFigure(id, 'waiting'));
  const deadLettered = useAppStore(selectFigure(id, 'deadLettered'));
  const growth = useAppStore((s) => formatGrowth(s.live.nodes[id]?.waitingGrowthPerS ?? 0));
  const untilFull = useAppStore((s) => {
    const t = selectTimeUntilFullS(id)(s);
    return t === null ? null : Math.round(t * 10) / 10;
  });
  if (node?.kind !== 'queue') return null;
  const capacity = node.capacity;
  const fill = capacity ? Math.min(1, backlog / capacity) : 0;
  const full = untilFull === 0;
  return (
    <NodeFrame
      id={id}
      data={data}
      selected={selected}
      dock={<NodeDock />}
      alerts={full ? <span className="fs-badge is-bad">FULL</span> : undefined}
    >
      <div className="fs-backlog" data-testid={`queue-backlog-${id}`} data-backlog={backlog}>
        <span className="fs-figure__name">Backlog</span>
        <span className="fs-figure__value">
          {formatCount(backlog)} / {capacity === null ? '∞' : formatCount(capacity)}
        </span>
        {capacity !== null && (
          <span className="fs-backlog__bar" aria-hidden="true">
            <span
              className={`fs-backlog__fill${fill > 0.8 ? ' is-bad' : ''}`}
              style={{ width: `${fill * 100}%` }}
            />
          </span>
        )}
      </div>
      <Figure
        name="Growth"
        value={growth}
        testId={`queue-growth-${id}`}
        tone={growth.startsWith('+') ? 'bad' : undefined}
      />
      {capacity !== null && (
        <Figure
          name="Full in"
          value={full ? 'full now' : untilFull === null ? '–' : formatDuration(untilFull)}
          testId={`queue-full-in-${id}`}
          tone={untilFull !== null ? 'bad' : undefined}
        />
      )}
      <Figure name="When full" value={OVERFLOW_NAME[node.overflow]} secondary />
      {LOSSES.map((loss) => (
        <LossRate key={loss.outcome} id={id} loss={loss} current={node.overflow === loss.policy} />
      ))}
      {(node.overflow === 'dead-letter' || deadLettered > 0) && (
        <Figure
          name="Dead letters kept"
          value={formatCount(deadLettered)}
          testId={`queue-dlq-${id}`}
          secondary={node.overflow !== 'dead-letter'}
        />
      )}
    </NodeFrame>
  );
});
