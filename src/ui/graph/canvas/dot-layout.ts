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
import type { pilePoint } from './cut-pile.ts';
import type { FlowGeometry } from './flow-geometry.ts';

/** Rows below a node: parked (orchestrator) first, then held back by a full queue. */
const BELOW_GAP = 12;
const BELOW_CAPACITY = 18;

const spot = { x: 0, y: 0 };

/** The point at parameter t of edge `edge`'s curve (x0 y0 cx1 cy1 cx2 cy2 x3 y3 per edge). */
export function curvePoint(
  curve: Float64Array,
  edge: number,
  t: number,
  out: { x: number; y: number },
): void {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  const k = edge * 8;
  out.x = a * curve[k] + b * curve[k + 2] + c * curve[k + 4] + d * curve[k + 6];
  out.y = a * curve[k + 1] + b * curve[k + 3] + c * curve[k + 5] + d * curve[k + 7];
}

/**
 * A dot's place in a station's dock: in service at its worker slot, or waiting in line (head at
 * the right). False for a waiting place beyond what the line shows (the "+N" counts it).
 */
export function dockPoint(
  g: FlowGeometry,
  node: number,
  workers: number,
  state: number,
  pos: number,
  out: { x: number; y: number },
): boolean {
  // The dock's inner box: the node's measured box minus its border.
  const left = g.nodeX[node] + NODE_BORDER;
  out.y = g.nodeY[node] + g.nodeH[node] - NODE_BORDER - ROW_CENTER_FROM_BOTTOM;
  if (state === DOT_STATE.inService) {
    out.x = left + slotCenterX(Math.min(pos, Math.max(0, workers - 1)), Math.max(1, workers));
    return true;
  }
  if (pos >= lineCapacity(workers)) return false;
  out.x = left + stripRight(workers) - DOT_STEP / 2 - pos * DOT_STEP;
  return true;
}

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
  /** Places dots waiting at a cut edge; null until the fault drawing has loaded (not drawn meanwhile). */
  pile: typeof pilePoint | null = null,
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
        curvePoint(g.curve, place, Math.min(1, Math.max(0, pos)), spot);
        x = spot.x;
        y = spot.y;
      }
    } else if (state === DOT_STATE.atCut) {
      // Waiting at a cut edge: drawn even with reduced motion, since they do not move.
      if (pile !== null && place < edgeCount && pile(g.curve, place, pos, spot)) {
        x = spot.x;
        y = spot.y;
      }
    } else if (place < nodeCount) {
      const workers = nodes?.[place]?.workers ?? 0;
      if (state === DOT_STATE.inService || state === DOT_STATE.waiting) {
        if (dockPoint(g, place, workers, state, pos, spot)) {
          x = spot.x;
          y = spot.y;
        }
      } else {
        // The dock's inner box: the node's measured box minus its border.
        const left = g.nodeX[place] + NODE_BORDER;
        const bottom = g.nodeY[place] + g.nodeH[place] - NODE_BORDER;
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
