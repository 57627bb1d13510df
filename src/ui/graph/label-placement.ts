/**
 * Where each edge's throughput label goes. Labels start at the middle of their edge; where two
 * would overlap (edges fanning out and in cross in the middle), a label slides along its own edge
 * to the first free spot. Greedy and deterministic, a few dozen edges at most.
 */
import { bezierPoint } from './bezier.ts';

export const LABEL_WIDTH = 62;
export const LABEL_HEIGHT = 27;
/** Positions along the edge to try, nearest the middle first (the very ends would cover the nodes). */
const CANDIDATES = Array.from({ length: 21 }, (_, i) => 0.5 + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 0.04);

/** `ends` holds x0 y0 x3 y3 per edge; returns label centres, x y per edge. */
export function placeLabels(ends: readonly number[]): number[] {
  const count = ends.length / 4;
  const placed: number[] = [];
  const point = { x: 0, y: 0 };
  /** Total area this label would share with the labels placed so far. */
  const overlap = (x: number, y: number): number => {
    let area = 0;
    for (let j = 0; j < placed.length; j += 2) {
      const w = LABEL_WIDTH - Math.abs(placed[j] - x);
      const h = LABEL_HEIGHT - Math.abs(placed[j + 1] - y);
      if (w > 0 && h > 0) area += w * h;
    }
    return area;
  };
  for (let e = 0; e < count; e++) {
    const [x0, y0, x3, y3] = [ends[4 * e], ends[4 * e + 1], ends[4 * e + 2], ends[4 * e + 3]];
    // The first free spot nearest the middle; if none is free, the least covered one.
    let best = { x: 0, y: 0, area: Infinity };
    for (const t of CANDIDATES) {
      bezierPoint(x0, y0, x3, y3, t, point);
      const area = overlap(point.x, point.y);
      if (area < best.area) best = { x: point.x, y: point.y, area };
      if (area === 0) break;
    }
    placed.push(best.x, best.y);
  }
  return placed;
}
