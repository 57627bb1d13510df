/**
 * Where each edge's throughput label goes. A label sits beside its edge, never on it (in
 * the 30-vs-5 preset labels sat on short edges and hid the dots travelling there): above a
 * left-to-right edge or to the right of a top-to-bottom one, or on the other side if that is
 * freer. Starting at the middle it slides along its edge to the first spot that covers no other
 * label, no node and no edge's path (where dots travel). If no spot is entirely free, the least
 * covered one wins, overlap with another label costing most. Greedy and deterministic; a few dozen
 * edges at most, re-placed only when a node moves.
 */
import { bezierPoint } from './bezier.ts';

/** The box kept for a label, flow units: room for "12.3/s" at the zoomed-out font size. */
export const LABEL_WIDTH = 72;
export const LABEL_HEIGHT = 30;
/** Space between a label and the line beside it: a dot's radius and a little air. */
const CLEARANCE = 8;
/** Further out from a sloping edge, where the line climbs under a label placed close to it. */
const EXTRA_OFFSETS = [0, 12, 26];
/** Positions along the edge to try, nearest the middle first (the very ends are at the nodes). */
const CANDIDATES = Array.from({ length: 15 }, (_, i) => 0.5 + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 0.045);
const SAMPLES = 24;
const COST_LABEL = 1e6;
const COST_NODE = 1e3;
const COST_PATH = 1;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * `ends` holds x0 y0 x3 y3 per edge, `nodes` the node boxes; returns label centres, x y per edge.
 * `vertical`: edges run top to bottom (handles at the bottom and top of the nodes).
 */
export function placeLabels(ends: readonly number[], nodes: readonly Box[] = [], vertical = false): number[] {
  const count = ends.length / 4;
  const point = { x: 0, y: 0 };
  // Every edge's path, sampled: a label over these points would hide the dots riding there.
  const path: number[] = [];
  for (let e = 0; e < count; e++) {
    for (let s = 1; s < SAMPLES; s++) {
      bezierPoint(
        ends[4 * e],
        ends[4 * e + 1],
        ends[4 * e + 2],
        ends[4 * e + 3],
        s / SAMPLES,
        point,
        vertical,
      );
      path.push(point.x, point.y);
    }
  }
  const placed: number[] = [];
  const halfW = LABEL_WIDTH / 2;
  const halfH = LABEL_HEIGHT / 2;
  const cost = (x: number, y: number): number => {
    let total = 0;
    for (let j = 0; j < placed.length; j += 2) {
      const w = LABEL_WIDTH + 4 - Math.abs(placed[j] - x);
      const h = LABEL_HEIGHT + 4 - Math.abs(placed[j + 1] - y);
      if (w > 0 && h > 0) total += COST_LABEL * w * h;
    }
    for (const n of nodes) {
      const w = Math.min(x + halfW, n.x + n.w) - Math.max(x - halfW, n.x);
      const h = Math.min(y + halfH, n.y + n.h) - Math.max(y - halfH, n.y);
      if (w > 0 && h > 0) total += COST_NODE * w * h;
    }
    const reachX = halfW + CLEARANCE - 1;
    const reachY = halfH + CLEARANCE - 1;
    for (let j = 0; j < path.length; j += 2) {
      if (Math.abs(path[j] - x) < reachX && Math.abs(path[j + 1] - y) < reachY) total += COST_PATH;
    }
    return total;
  };
  const side = vertical ? halfW + CLEARANCE : halfH + CLEARANCE;
  for (let e = 0; e < count; e++) {
    const [x0, y0, x3, y3] = [ends[4 * e], ends[4 * e + 1], ends[4 * e + 2], ends[4 * e + 3]];
    let best = { x: 0, y: 0, cost: Infinity };
    search: for (const t of CANDIDATES) {
      bezierPoint(x0, y0, x3, y3, t, point, vertical);
      for (const extra of EXTRA_OFFSETS) {
        // Above (or right of) the line first, then below (or left of) it.
        for (const sign of [-1, 1]) {
          const x = vertical ? point.x - sign * (side + extra) : point.x;
          const y = vertical ? point.y : point.y + sign * (side + extra);
          const c = cost(x, y);
          if (c < best.cost) best = { x, y, cost: c };
          if (c === 0) break search;
        }
      }
    }
    placed.push(best.x, best.y);
  }
  return placed;
}
