/**
 * Marks where a crash ended the requests a node held: a cross at each one's worker slot or place
 * in line, fading out over a few seconds of running time (held while paused). A cross, not a
 * colour, says "ended here", so it reads for colour-blind viewers and in grayscale; the node's
 * "503" badge and its "lost" count say which outcome.
 */
import type { NodeLive } from '../../../engine/index.ts';
import { LOST_MARK_MS, type LostMarks } from '../../../state/lost-marks.ts';
import { DOT_RADIUS } from '../node-geometry.ts';
import { BAD_COLOR } from '../palette.ts';
import { dockPoint } from './dot-layout.ts';
import type { FlowGeometry } from './flow-geometry.ts';

const spot = { x: 0, y: 0 };

/** Ages the marks by the wall time since the previous tick if the run plays; drops expired ones. */
export function tickLostMarks(marks: LostMarks, nowMs: number, playing: boolean): void {
  const elapsed = marks.tickedMs === marks.tickedMs ? Math.max(0, nowMs - marks.tickedMs) : 0;
  marks.tickedMs = nowMs;
  if (!playing || marks.items.length === 0) return;
  let kept = 0;
  for (let i = 0; i < marks.items.length; i++) {
    const age = marks.ageMs[i] + elapsed;
    if (age >= LOST_MARK_MS) continue;
    marks.items[kept] = marks.items[i];
    marks.ageMs[kept] = age;
    kept++;
  }
  marks.items.length = kept;
  marks.ageMs.length = kept;
}

/** Draws the marks; returns true while any is shown (the canvas keeps redrawing while they fade). */
export function drawLostMarks(
  ctx: CanvasRenderingContext2D,
  marks: LostMarks,
  nodes: readonly NodeLive[] | null,
  g: FlowGeometry,
  fade: boolean,
): boolean {
  const { items, ageMs } = marks;
  if (items.length === 0) return false;
  const r = DOT_RADIUS * 1.1;
  ctx.lineCap = 'round';
  for (let i = 0; i < items.length; i++) {
    const { nodeIndex, state, pos } = items[i];
    if (nodeIndex >= g.nodeX.length) continue;
    if (!dockPoint(g, nodeIndex, nodes?.[nodeIndex]?.workers ?? 0, state, pos, spot)) continue;
    ctx.globalAlpha = fade ? 1 - 0.75 * (ageMs[i] / LOST_MARK_MS) : 1;
    ctx.beginPath();
    ctx.moveTo(spot.x - r, spot.y - r);
    ctx.lineTo(spot.x + r, spot.y + r);
    ctx.moveTo(spot.x + r, spot.y - r);
    ctx.lineTo(spot.x - r, spot.y + r);
    // A white halo keeps the cross visible on a worker slot or the striped crashed node.
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 5;
    ctx.stroke();
    ctx.strokeStyle = BAD_COLOR;
    ctx.lineWidth = 2.75;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.lineCap = 'butt';
  return true;
}
