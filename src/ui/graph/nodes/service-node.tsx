/** A service or queue consumer: busy workers as slots, the waiting line and utilisation. */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { selectFigure, selectNode } from '../../../state/selectors.ts';
import { formatCount, formatPercent, formatRate } from '../../format.ts';
import { useAppStore } from '../../sim-context.ts';
import type { FlowNode } from '../flow-types.ts';
import { useFaultLook } from '../../faults/fault-badge.tsx';
import { NodeDock } from './node-dock.tsx';
import { PublisherFigures } from './publisher-figures.tsx';
import { ScalingFigure, WastedFigure } from './defence-figures.tsx';
import { Figure, NodeFrame } from './node-frame.tsx';

export const ServiceNodeView = memo(function ServiceNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const node = useAppStore(selectNode(id));
  const busy = useAppStore(selectFigure(id, 'busy'));
  const waiting = useAppStore(selectFigure(id, 'waiting'));
  const utilization = useAppStore((s) => Math.round((s.live.nodes[id]?.utilization ?? 0) * 100) / 100);
  const done = useAppStore((s) => formatRate(s.live.nodes[id]?.throughputPerS ?? 0));
  // A service fed by a queue is that queue's consumer.
  const consumer = useAppStore((s) => s.topology.isConsumer[id] === true);
  const fault = useFaultLook(id);
  if (node?.kind !== 'service') return null;
  return (
    <NodeFrame
      id={id}
      data={data}
      selected={selected}
      kindLabel={consumer ? 'Queue consumer' : 'Service'}
      dimmed={node.down || fault.crashed}
      alerts={node.down ? <span className="fs-badge is-bad">DOWN</span> : fault.badge}
      dock={<NodeDock workers={node.workers} busy={busy} />}
    >
      <Figure
        name="Busy"
        testId={`service-busy-${id}`}
        value={
          <>
            {busy} / {node.workers}{' '}
            <span className="fs-figure__aside" data-testid={`service-utilization-${id}`}>
              ({formatPercent(utilization)})
            </span>
          </>
        }
      />
      <Figure
        name="Waiting"
        value={formatCount(waiting)}
        testId={`service-waiting-${id}`}
        tone={waiting > 0 ? 'bad' : undefined}
      />
      <Figure name="Done" value={done} secondary />
      <PublisherFigures id={id} />
      <ScalingFigure id={id} node={node} />
      <WastedFigure id={id} />
    </NodeFrame>
  );
});
