/**
 * Reduced motion shows flow without moving dots: each edge is drawn as wide as its throughput,
 * relative to the busiest edge (1.5 px for an idle edge, up to 14 px for the busiest).
 */
import type { AppState } from '../../state/store.ts';

export const MIN_EDGE_WIDTH = 1.5;
export const MAX_EDGE_WIDTH = 14;

export function edgeFlowWidth(ratePerS: number, maxRatePerS: number): number {
  if (!(maxRatePerS > 0) || !(ratePerS > 0)) return MIN_EDGE_WIDTH;
  const share = Math.min(1, ratePerS / maxRatePerS);
  // Rounded to half pixels so a width only changes (and re-renders) when it visibly would.
  return Math.round((MIN_EDGE_WIDTH + share * (MAX_EDGE_WIDTH - MIN_EDGE_WIDTH)) * 2) / 2;
}

/** The stroke width of edge `index` in reduced motion; null when dots are shown instead. */
export const selectEdgeFlowWidth =
  (index: number) =>
  (s: AppState): number | null => {
    if (!s.reducedMotion) return null;
    let max = 0;
    for (const r of s.live.edgeRatePerS) if (r > max) max = r;
    return edgeFlowWidth(s.live.edgeRatePerS[index] ?? 0, max);
  };
