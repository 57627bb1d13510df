/** A load balancer: its algorithm and the share of recent traffic each target gets, as bars. */
import type { NodeProps } from '@xyflow/react';
import { lazy, memo, Suspense } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectNode, selectTopology } from '../../../state/selectors.ts';
import { formatPercent } from '../../format.ts';
import { ALGORITHM_NAME } from '../../names.ts';
import { useAppStore } from '../../sim-context.ts';
import { shortLabels } from '../short-labels.ts';
import type { FlowNode } from '../flow-types.ts';
import { NodeDock } from './node-dock.tsx';
import { NodeFrame } from './node-frame.tsx';

// Only a balancer with a health check or outlier detection shows target states: loaded on demand.
const TargetStatus = lazy(() =>
  import('../../faults/target-status.tsx').then((m) => ({ default: m.TargetStatus })),
);

export const LoadBalancerNodeView = memo(function LoadBalancerNodeView({
  id,
  data,
  selected,
}: NodeProps<FlowNode>) {
  const node = useAppStore(selectNode(id));
  const topology = useAppStore(selectTopology);
  const outEdges = topology.outEdges[id] ?? [];
  // Rates rounded to 0.1/s: the bars only move when the split visibly changes.
  const rates = useAppStore(
    useShallow((s) => outEdges.map((e) => Math.round((s.live.edgeRatePerS[e] ?? 0) * 10))),
  );
  const health = useAppStore((s) => s.live.nodes[id]?.targets ?? null);
  if (node?.kind !== 'loadBalancer') return null;
  const total = rates.reduce((a, b) => a + b, 0);
  const names = shortLabels(
    outEdges.map(
      (e) => topology.nodes.find((n) => n.id === topology.edges[e].target)?.label ?? topology.edges[e].target,
    ),
  );
  return (
    <NodeFrame
      id={id}
      data={data}
      selected={selected}
      dock={node.algorithm === 'fifo' ? <NodeDock /> : undefined}
    >
      <div className="fs-node__headline" data-testid={`lb-algorithm-${id}`}>
        {ALGORITHM_NAME[node.algorithm]}
      </div>
      <ul className="fs-shares" aria-label="Share of traffic per server" data-testid={`lb-shares-${id}`}>
        {outEdges.map((e, i) => {
          const share = total > 0 ? rates[i] / total : 0;
          return (
            <li
              key={e}
              className="fs-share"
              data-testid={`lb-share-${id}-${topology.edges[e].target}`}
              data-share={share.toFixed(3)}
            >
              <span className="fs-share__name">{names[i]}</span>
              <span className="fs-share__bar" aria-hidden="true">
                <span className="fs-share__fill" style={{ width: `${share * 100}%` }} />
              </span>
              <span className="fs-share__value">{formatPercent(share)}</span>
              {health?.[i] && (
                <Suspense fallback={null}>
                  <TargetStatus
                    target={health[i]}
                    threshold={node.healthCheck?.unhealthyThreshold ?? null}
                    testId={`lb-target-${id}-${topology.edges[e].target}`}
                  />
                </Suspense>
              )}
            </li>
          );
        })}
      </ul>
    </NodeFrame>
  );
});
