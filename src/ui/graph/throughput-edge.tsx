/**
 * An edge, dashed when it publishes into a queue (the sender does not wait for the job to be
 * done); broken with a ✂ while cut and dotted while slowed by a fault (edge-faults.tsx). Its
 * throughput label is drawn by EdgeRateLabels, which keeps labels from overlapping.
 */
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useAppStore } from '../sim-context.ts';
import { selectEdgeFlowWidth } from '../teaching/edge-flow-width.ts';
import { EdgeFaults, selectEdgeFaultBits } from './edge-faults.tsx';
import type { FlowEdge } from './flow-types.ts';

const BREAKER_WORDS = ['closed', 'open', 'half-open'] as const;

/** The state of the circuit breaker on this edge, if it has one: closed, open (seconds left), half-open. */
function BreakerBadge({ index, x, y }: { index: number; x: number; y: number }) {
  const state = useAppStore((s) => s.live.breakerStates[index] ?? -1);
  const leftS = useAppStore((s) => Math.ceil((s.live.breakerOpenForS[index] ?? 0) * 10) / 10);
  const down = useAppStore((s) => s.flowDirection === 'down');
  if (state < 0) return null;
  // The edge's rate label sits above a left-to-right edge and right of a top-to-bottom one
  // (label-placement.ts): the breaker takes the other side, so neither covers the other.
  const offset = down ? 'translate(-112%, -50%)' : 'translate(-50%, 30%)';
  const word = BREAKER_WORDS[state];
  return (
    <EdgeLabelRenderer>
      <div
        className={`fs-breaker is-${word} nodrag nopan`}
        style={{ transform: `${offset} translate(${x}px, ${y}px)` }}
        data-testid={`breaker-edge-${index}`}
        data-state={word}
        role="status"
        aria-label={`Circuit breaker ${word}${state === 1 ? `, ${leftS.toFixed(1)} s left` : ''}`}
      >
        <span aria-hidden="true">{state === 1 ? '⊘' : state === 2 ? '◐' : '●'}</span> {word}
        {state === 1 && <span className="fs-breaker__left"> {leftS.toFixed(1)} s</span>}
      </div>
    </EdgeLabelRenderer>
  );
}

export const ThroughputEdge = memo(function ThroughputEdge(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd } = props;
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
  });
  // Reduced motion: flow is shown by edge width instead of moving dots.
  const width = useAppStore(selectEdgeFlowWidth(data?.index ?? -1));
  const faults = useAppStore(selectEdgeFaultBits(data?.index ?? -1));
  return (
    <>
      {width !== null && (
        // A band as wide as the edge's throughput, under the edge (whose arrowhead keeps its size).
        <path d={path} className="fs-edge-flow" style={{ strokeWidth: width }} data-flow-width={width} />
      )}
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`${data?.async ? 'fs-edge is-async' : 'fs-edge'}${faults & 1 ? ' is-cut' : ''}${faults & 2 ? ' is-slowed' : ''}`}
        // A cut's gap is drawn as a share of the path: 0…100 whatever the edge's length.
        pathLength={faults & 1 ? 100 : undefined}
      />
      <EdgeFaults bits={faults} part="marks" index={data?.index ?? -1} path={path} x={labelX} y={labelY} />
      <BreakerBadge index={data?.index ?? -1} x={labelX} y={labelY} />
    </>
  );
});
