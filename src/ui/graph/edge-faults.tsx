/**
 * Whether an edge has a fault in effect now (engine snapshot: a cut, added latency), and the
 * drawing of it, loaded on demand the first time an edge has one (edge-fault-view.tsx): the
 * initial bundle carries only this.
 */
import { lazy, Suspense } from 'react';
import type { AppState } from '../../state/store.ts';

const EdgeFaultView = lazy(() => import('./edge-fault-view.tsx'));

/** Bits: 1 the edge is cut, 2 a fault adds latency to it; 0 without a fault. */
export const selectEdgeFaultBits = (index: number) => (s: AppState) => {
  const edge = s.live.edges[index];
  return edge === undefined ? 0 : (edge.cut ? 1 : 0) | (edge.extraLatency > 0 ? 2 : 0);
};

/**
 * `part` "marks": on the edge, the ✂ in a cut's gap and the dotted band of added latency;
 * "notes": beside the throughput label, the faults in words. Nothing while `bits` is 0.
 */
export function EdgeFaults(props: {
  bits: number;
  part: 'marks' | 'notes';
  index: number;
  path?: string;
  x?: number;
  y?: number;
  above?: boolean;
}) {
  if (props.bits === 0) return null;
  return (
    <Suspense fallback={null}>
      <EdgeFaultView {...props} />
    </Suspense>
  );
}
