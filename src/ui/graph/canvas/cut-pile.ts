/**
 * Where requests waiting at a cut edge (a `partition` fault) stand: in a stack that grows back
 * from the cut towards the sender, three abreast, the oldest (first to cross when the cut heals)
 * nearest the cut. The cut is at the middle of the edge (t = 0.5), where the edge shows its gap.
 */
import { DOT_STEP } from '../node-geometry.ts';

/** The cut's place along the edge (the edge's own gap and ✂ are drawn there). */
export const CUT_T = 0.5;
/** Flow units between the cut and the first column of the pile: room for the ✂ mark. */
const CUT_CLEARANCE = 22;
const ROWS = 3;
/** The pile stops short of the sender's end of the edge; beyond, the count on the cut tells. */
const MIN_T = 0.06;

/**
 * Place `pos` (0 = the head) of the pile at edge `edge`; false beyond the room on the edge.
 * `curve` holds x0 y0 cx1 cy1 cx2 cy2 x3 y3 per edge.
 */
export function pilePoint(
  curve: Float64Array,
  edge: number,
  pos: number,
  out: { x: number; y: number },
): boolean {
  const k = edge * 8;
  const x0 = curve[k];
  const y0 = curve[k + 1];
  const x1 = curve[k + 2];
  const y1 = curve[k + 3];
  const x2 = curve[k + 4];
  const y2 = curve[k + 5];
  const x3 = curve[k + 6];
  const y3 = curve[k + 7];
  // The curve's direction at the cut: B'(0.5) = 0.75 (P3 + P2 − P1 − P0).
  const dx = 0.75 * (x3 + x2 - x1 - x0);
  const dy = 0.75 * (y3 + y2 - y1 - y0);
  const speed = Math.hypot(dx, dy);
  if (!(speed > 0)) return false;
  const column = Math.floor(pos / ROWS);
  const row = (pos % ROWS) - (ROWS - 1) / 2;
  // Near the middle the curve's speed hardly changes: a column step in t is DOT_STEP along it.
  const t = CUT_T - (CUT_CLEARANCE + column * DOT_STEP) / speed;
  if (t < MIN_T) return false;
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  // Rows stand across the edge, along its normal at the cut.
  out.x = a * x0 + b * x1 + c * x2 + d * x3 - (dy / speed) * row * DOT_STEP;
  out.y = a * y0 + b * y1 + c * y2 + d * y3 + (dx / speed) * row * DOT_STEP;
  return true;
}
