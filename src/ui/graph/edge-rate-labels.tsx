/**
 * The throughput labels of all edges, placed together so they do not cover each other. They live
 * in the viewport (flow coordinates) and re-place only when a node moves.
 */
import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { memo, useCallback, useMemo } from 'react';
import { shallow } from 'zustand/shallow';
import { selectEdgeRate, selectTopology } from '../../state/selectors.ts';
import type { Topology } from '../../state/topology.ts';
import { formatRate } from '../format.ts';
import { useAppStore } from '../sim-context.ts';
import { placeLabels } from './label-placement.ts';

/** Handle positions of every edge, x0 y0 x3 y3 each, from React Flow's measured nodes. */
function edgeEnds(state: ReactFlowState, topology: Topology): number[] {
  const ends: number[] = [];
  for (const edge of topology.edges) {
    const source = state.nodeLookup.get(edge.source);
    const target = state.nodeLookup.get(edge.target);
    if (!source || !target) return [];
    // Right-hand source handle, left-hand target handle; the node's sides until handles are measured.
    const out = source.internals.handleBounds?.source?.[0];
    const into = target.internals.handleBounds?.target?.[0];
    const sp = source.internals.positionAbsolute;
    const tp = target.internals.positionAbsolute;
    const sw = source.measured.width ?? 0;
    const sh = source.measured.height ?? 0;
    const th = target.measured.height ?? 0;
    ends.push(
      out ? sp.x + out.x + out.width : sp.x + sw,
      out ? sp.y + out.y + out.height / 2 : sp.y + sh / 2,
      into ? tp.x + into.x : tp.x,
      into ? tp.y + into.y + into.height / 2 : tp.y + th / 2,
    );
  }
  return ends;
}

const RateLabel = memo(function RateLabel({ index, x, y }: { index: number; x: number; y: number }) {
  const label = useAppStore((s) => formatRate(selectEdgeRate(index)(s)));
  return (
    <div
      className="fs-edge-label"
      style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
      data-testid={`edge-rate-${index}`}
    >
      {label}
    </div>
  );
});

export function EdgeRateLabels() {
  const topology = useAppStore(selectTopology);
  const selector = useCallback((state: ReactFlowState) => edgeEnds(state, topology), [topology]);
  const ends = useStore(selector, shallow);
  const centres = useMemo(() => placeLabels(ends), [ends]);
  if (centres.length === 0) return null;
  return (
    <ViewportPortal>
      {topology.edges.map((edge) => (
        <RateLabel
          key={edge.id}
          index={edge.index}
          x={centres[2 * edge.index]}
          y={centres[2 * edge.index + 1]}
        />
      ))}
    </ViewportPortal>
  );
}
