/**
 * Where each dot stands, in flow coordinates: on its edge's curve when travelling, in its node's
 * waiting line, in its worker slot, or in the rows just below a node for requests held by a full
 * queue or parked at an orchestrator while their calls run.
 */
import type { Dots, NodeLive } from '../../../engine/index.ts';
import { DOT_STATE } from '../../../worker/protocol.ts';
import {
  DOT_STEP,
  lineCapacity,
  NODE_BORDER,
  ROW_CENTER_FROM_BOTTOM,
  slotCenterX,
  stripRight,
} from '../node-geometry.ts';
import type { FlowGeometry } from './flow-geometry.ts';

/** Rows below a node: parked (orchestrator) first, then held back by a full queue. */
const BELOW_GAP = 12;
const BELOW_CAPACITY = 18;

/**
 * Fills xs/ys for the first `dots.count` dots; NaN for a dot not drawn (beyond a line's visible
 * capacity, or travelling with reduced motion). Returns how many dots are drawn.
 */
export function layoutDots(
  dots: Dots,
  nodes: readonly NodeLive[] | null,
  g: FlowGeometry,
  xs: Float32Array,
  ys: Float32Array,
  showTravelling: boolean,
  parked: Uint16Array,
): number {
  // The engine gives parked (joining) requests no place in a line: number them per node here.
  parked.fill(0);
  let shown = 0;
  const edgeCount = g.curve.length / 8;
  const nodeCount = g.nodeX.length;
  for (let i = 0; i < dots.count; i++) {
    const place = dots.place[i];
    const pos = dots.pos[i];
    let x = NaN;
    let y = NaN;
    const state = dots.state[i];
    if (state === DOT_STATE.traveling) {
      if (showTravelling && place < edgeCount) {
        const t = Math.min(1, Math.max(0, pos));
        const u = 1 - t;
        const a = u * u * u;
        const b = 3 * u * u * t;
        const c = 3 * u * t * t;
        const d = t * t * t;
        const k = place * 8;
        const cv = g.curve;
        x = a * cv[k] + b * cv[k + 2] + c * cv[k + 4] + d * cv[k + 6];
        y = a * cv[k + 1] + b * cv[k + 3] + c * cv[k + 5] + d * cv[k + 7];
      }
    } else if (place < nodeCount) {
      // The dock's inner box: the node's measured box minus its border.
      const left = g.nodeX[place] + NODE_BORDER;
      const bottom = g.nodeY[place] + g.nodeH[place] - NODE_BORDER;
      const workers = nodes?.[place]?.workers ?? 0;
      if (state === DOT_STATE.inService) {
        x = left + slotCenterX(Math.min(pos, Math.max(0, workers - 1)), Math.max(1, workers));
        y = bottom - ROW_CENTER_FROM_BOTTOM;
      } else if (state === DOT_STATE.waiting) {
        if (pos < lineCapacity(workers)) {
          x = left + stripRight(workers) - DOT_STEP / 2 - pos * DOT_STEP;
          y = bottom - ROW_CENTER_FROM_BOTTOM;
        }
      } else {
        // Parked at an orchestrator, or held by a publisher: rows just below the node, head right.
        const k = state === DOT_STATE.joining ? parked[place]++ : pos;
        if (k < BELOW_CAPACITY) {
          x = left + g.nodeW[place] - 2 * NODE_BORDER - DOT_STEP / 2 - k * DOT_STEP;
          y = bottom + NODE_BORDER + BELOW_GAP + (state === DOT_STATE.joining ? 0 : DOT_STEP);
        }
      }
    }
    xs[i] = x;
    ys[i] = y;
    if (x === x) shown++;
  }
  return shown;
}
