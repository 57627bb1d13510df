/** A queue: backlog against capacity, how fast it grows, when it fills, and the dead letters. */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { selectFigure, selectNode, selectTimeUntilFullS } from '../../../state/selectors.ts';
import { formatCount, formatDuration } from '../../format.ts';
import { OVERFLOW_NAME } from '../../names.ts';
import { useAppStore } from '../../sim-context.ts';
import type { FlowNode } from '../flow-types.ts';
import { NodeDock } from './node-dock.tsx';
import { Figure, NodeFrame } from './node-frame.tsx';

function formatGrowth(perS: number): string {
  const rounded = Math.round(perS * 10) / 10;
  if (rounded === 0) return 'steady';
  return `${rounded > 0 ? '+' : '−'}${formatCount(Math.abs(rounded))}/s`;
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
      badge={full ? <span className="fs-badge is-bad">FULL</span> : undefined}
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
      {(node.overflow === 'dead-letter' || deadLettered > 0) && (
        <Figure name="Dead letters" value={formatCount(deadLettered)} testId={`queue-dlq-${id}`} />
      )}
    </NodeFrame>
  );
});
