/** The API gateway: what it lets through and what it turns away, by reason. */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { selectFailed, selectFigure, selectNode } from '../../../state/selectors.ts';
import { formatCount, formatRate } from '../../format.ts';
import { useAppStore } from '../../sim-context.ts';
import type { FlowNode } from '../flow-types.ts';
import { useFaultLook } from '../../faults/fault-badge.tsx';
import { NodeDock } from './node-dock.tsx';
import { BreakerFigure, CallerFigures, WastedFigure } from './defence-figures.tsx';
import { Figure, NodeFrame } from './node-frame.tsx';

const REJECTIONS = [
  { outcome: 'invalid', code: '400', name: 'malformed' },
  { outcome: 'unauthorized', code: '401', name: 'unauthorized' },
  { outcome: 'rate-limited', code: '429', name: 'rate limited' },
  { outcome: 'not-found', code: '404', name: 'no route' },
] as const;

function Rejection({
  id,
  outcome,
  code,
  name,
}: {
  id: string;
  outcome: (typeof REJECTIONS)[number]['outcome'];
  code: string;
  name: string;
}) {
  const count = useAppStore(selectFailed(id, outcome));
  return (
    <li
      className={`fs-reject${count > 0 ? ' is-active' : ''}`}
      data-testid={`gateway-${code}-${id}`}
      title={name}
    >
      <span className="fs-reject__code">{code}</span>
      <span className="fs-reject__count" aria-label={`${formatCount(count)} ${name}`}>
        {formatCount(count)}
      </span>
    </li>
  );
}

export const GatewayNodeView = memo(function GatewayNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const node = useAppStore(selectNode(id));
  const accepted = useAppStore((s) => formatRate(s.live.nodes[id]?.throughputPerS ?? 0));
  const busy = useAppStore(selectFigure(id, 'busy'));
  const fault = useFaultLook(id);
  if (node?.kind !== 'gateway') return null;
  return (
    <NodeFrame
      id={id}
      data={data}
      selected={selected}
      dimmed={fault.crashed}
      alerts={fault.badge}
      dock={<NodeDock workers={node.workers} busy={busy} />}
    >
      <Figure name="Accepted" value={accepted} testId={`gateway-accepted-${id}`} tone="good" />
      <div className="fs-figure__name fs-secondary">Rejected so far</div>
      <ul className="fs-rejects" aria-label="Rejected so far">
        {REJECTIONS.map((r) => (
          <Rejection key={r.code} id={id} {...r} />
        ))}
      </ul>
      <CallerFigures id={id} node={node} />
      <BreakerFigure id={id} node={node} />
      <WastedFigure id={id} />
      {node.rateLimit && (
        <Figure name="Limit" value={`${node.rateLimit.rate}/s per ${node.rateLimit.per}`} secondary />
      )}
    </NodeFrame>
  );
});
