/**
 * Where each dot was last drawn, in flow coordinates, so a click can find the request under the
 * pointer, and the ring that marks the traced request. The particle canvas fills the positions
 * each time it lays dots out; nothing here renders React.
 */
import type { Dots } from '../../engine/index.ts';
import type { DotFrame } from '../../state/dot-frame.ts';
import { DOT_RADIUS } from '../graph/node-geometry.ts';

export interface DotPositions {
  xs: Float32Array;
  ys: Float32Array;
  ids: Float64Array;
  count: number;
}

const positions = new WeakMap<DotFrame, DotPositions>();

/** Called by the canvas after laying dots out (the arrays are reused, not copied). */
export function recordDotPositions(frame: DotFrame, dots: Dots, xs: Float32Array, ys: Float32Array): void {
  positions.set(frame, { xs, ys, ids: dots.id, count: dots.count });
}

/**
 * The id of the drawn dot nearest to (x, y) in flow coordinates, within `radius`; null if none.
 * The arrays belong to the frame the canvas last drew, so ids match what the user saw.
 */
export function hitDot(frame: DotFrame, x: number, y: number, radius: number): number | null {
  const p = positions.get(frame);
  if (!p) return null;
  let best = -1;
  let bestD = radius * radius;
  const n = Math.min(p.count, p.xs.length, p.ids.length);
  for (let i = 0; i < n; i++) {
    const dx = p.xs[i] - x;
    if (dx !== dx) continue;
    const dy = p.ys[i] - y;
    const d = dx * dx + dy * dy;
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  }
  return best < 0 ? null : p.ids[best];
}

/** Draws a ring around the traced request's dot, if it is drawn; returns whether it was. */
export function drawTracedRing(
  ctx: CanvasRenderingContext2D,
  dots: Dots,
  xs: Float32Array,
  ys: Float32Array,
  zoom: number,
  requestId: number | null,
): boolean {
  if (requestId === null) return false;
  for (let i = 0; i < dots.count; i++) {
    if (dots.id[i] !== requestId) continue;
    const x = xs[i];
    if (x !== x) return false;
    const y = ys[i];
    const w = Math.max(1.5, 2.5 / Math.sqrt(zoom));
    // Two rings, black inside white: visible on any background and without relying on colour.
    ctx.lineWidth = w * 1.8;
    ctx.strokeStyle = '#ffffff';
    ctx.beginPath();
    ctx.arc(x, y, DOT_RADIUS * 2.4, 0, Math.PI * 2);
    ctx.stroke();
    ctx.lineWidth = w;
    ctx.strokeStyle = '#000000';
    ctx.beginPath();
    ctx.arc(x, y, DOT_RADIUS * 2.4, 0, Math.PI * 2);
    ctx.stroke();
    return true;
  }
  return false;
}
