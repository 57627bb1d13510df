/**
 * An edge, dashed when it publishes into a queue (the sender does not wait for the job to be
 * done). Its throughput label is drawn by EdgeRateLabels, which keeps labels from overlapping.
 */
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useAppStore } from '../sim-context.ts';
import { selectEdgeFlowWidth } from '../teaching/edge-flow-width.ts';
import type { FlowEdge } from './flow-types.ts';

export const ThroughputEdge = memo(function ThroughputEdge(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd } = props;
  const [path] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  // Reduced motion: flow is shown by edge width instead of moving dots.
  const width = useAppStore(selectEdgeFlowWidth(data?.index ?? -1));
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
        className={data?.async ? 'fs-edge is-async' : 'fs-edge'}
      />
    </>
  );
});
