/** The orchestrator: how many requests are waiting for their fan-out calls to come back. */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { selectFigure, selectNode } from '../../../state/selectors.ts';
import { formatCount, formatRate } from '../../format.ts';
import { useAppStore } from '../../sim-context.ts';
import type { FlowNode } from '../flow-types.ts';
import { useFaultLook } from '../../faults/fault-badge.tsx';
import { NodeDock } from './node-dock.tsx';
import { BreakerFigure } from './defence-figures.tsx';
import { Figure, NodeFrame } from './node-frame.tsx';

export const OrchestratorNodeView = memo(function OrchestratorNodeView({
  id,
  data,
  selected,
}: NodeProps<FlowNode>) {
  const node = useAppStore(selectNode(id));
  const joining = useAppStore(selectFigure(id, 'joining'));
  const busy = useAppStore(selectFigure(id, 'busy'));
  const done = useAppStore((s) => formatRate(s.live.nodes[id]?.throughputPerS ?? 0));
  const fanOut = useAppStore((s) => s.topology.outEdges[id]?.length ?? 0);
  const fault = useFaultLook(id);
  if (node?.kind !== 'orchestrator') return null;
  return (
    <NodeFrame
      id={id}
      data={data}
      selected={selected}
      dimmed={fault.crashed}
      alerts={fault.badge}
      dock={<NodeDock workers={node.workers} busy={busy} />}
    >
      <div className="fs-node__headline fs-secondary">
        {node.mode === 'parallel' ? 'Parallel' : 'Sequential'} · {fanOut} calls
      </div>
      <Figure name="Waiting for calls" value={formatCount(joining)} testId={`orchestrator-joining-${id}`} />
      <Figure name="Answered" value={done} secondary />
      <BreakerFigure id={id} node={node} />
    </NodeFrame>
  );
});
