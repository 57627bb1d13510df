/**
 * The throughput labels of all edges, placed together so they cover no other label, no node and
 * no edge's path. They live in the viewport (flow coordinates) and re-place only when a node moves.
 */
import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { memo, useCallback, useMemo } from 'react';
import { shallow } from 'zustand/shallow';
import { selectEdgeRate, selectTopology } from '../../state/selectors.ts';
import type { Topology } from '../../state/topology.ts';
import { formatRate } from '../format.ts';
import { useAppStore } from '../sim-context.ts';
import { EdgeFaults, selectEdgeFaultBits } from './edge-faults.tsx';
import { edgeEnds } from './edge-ends.ts';
import { placeLabels, type Box } from './label-placement.ts';

const scratch = { x0: 0, y0: 0, x3: 0, y3: 0 };

/**
 * The ends of every edge (x0 y0 x3 y3 each) then every node's box (x y w h each), from React
 * Flow's measured nodes: one flat array of numbers, so a shallow compare tells when to re-place.
 */
function layoutNumbers(state: ReactFlowState, topology: Topology, vertical: boolean): number[] {
  const numbers: number[] = [];
  for (const edge of topology.edges) {
    const source = state.nodeLookup.get(edge.source);
    const target = state.nodeLookup.get(edge.target);
    if (!source || !target) return [];
    edgeEnds(source, target, vertical, scratch);
    numbers.push(scratch.x0, scratch.y0, scratch.x3, scratch.y3);
  }
  for (const node of topology.nodes) {
    const internal = state.nodeLookup.get(node.id);
    if (!internal) return [];
    const { x, y } = internal.internals.positionAbsolute;
    numbers.push(x, y, internal.measured.width ?? 0, internal.measured.height ?? 0);
  }
  return numbers;
}

const RateLabel = memo(function RateLabel({
  index,
  x,
  y,
  above,
}: {
  index: number;
  x: number;
  y: number;
  /** The label sits above its edge: fault notes go above it too, away from the line. */
  above: boolean;
}) {
  const label = useAppStore((s) => formatRate(selectEdgeRate(index)(s)));
  const faults = useAppStore(selectEdgeFaultBits(index));
  return (
    <div
      className="fs-edge-label"
      style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
      data-testid={`edge-rate-${index}`}
    >
      {label}
      <EdgeFaults bits={faults} part="notes" index={index} above={above} />
    </div>
  );
});

export function EdgeRateLabels() {
  const topology = useAppStore(selectTopology);
  const vertical = useAppStore((s) => s.flowDirection === 'down');
  const selector = useCallback(
    (state: ReactFlowState) => layoutNumbers(state, topology, vertical),
    [topology, vertical],
  );
  const numbers = useStore(selector, shallow);
  const centres = useMemo(() => {
    const edgeCount = topology.edges.length * 4;
    const boxes: Box[] = [];
    for (let i = edgeCount; i < numbers.length; i += 4)
      boxes.push({ x: numbers[i], y: numbers[i + 1], w: numbers[i + 2], h: numbers[i + 3] });
    return placeLabels(numbers.slice(0, edgeCount), boxes, vertical);
  }, [numbers, topology, vertical]);
  if (centres.length === 0) return null;
  return (
    <ViewportPortal>
      {topology.edges.map((edge) => (
        <RateLabel
          key={edge.id}
          index={edge.index}
          x={centres[2 * edge.index]}
          y={centres[2 * edge.index + 1]}
          // The curve is symmetric: its middle is the middle of its ends.
          above={
            !vertical &&
            centres[2 * edge.index + 1] < (numbers[4 * edge.index + 1] + numbers[4 * edge.index + 3]) / 2
          }
        />
      ))}
    </ViewportPortal>
  );
}
