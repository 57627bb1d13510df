/**
 * Text drawn over the graph each frame: "+N" where a waiting line is longer than the space for it,
 * and fading badges where requests ended badly (401, 429, 503, evicted, DLQ...).
 */
import type { NodeLive } from '../../../engine/index.ts';
import { OUTCOME_CODE, OUTCOMES } from '../../../scenario/types.ts';
import { MARKER_FADE_MS, type EndingMarkers } from '../../../state/dot-frame.ts';
import { DOCK_PAD_X, lineCapacity, NODE_BORDER, ROW_CENTER_FROM_BOTTOM } from '../node-geometry.ts';
import { BADGE_COLOR } from '../palette.ts';
import type { FlowGeometry } from './flow-geometry.ts';

const FONT = '600 13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const BADGE_FONT = '700 14px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const BADGE_HEIGHT = 22;
// Badge texts repeat frame after frame ("429 ×37"): measure each once.
const textWidths = new Map<string, number>();
function badgeWidth(ctx: CanvasRenderingContext2D, text: string): number {
  let width = textWidths.get(text);
  if (width === undefined) {
    if (textWidths.size > 2000) textWidths.clear();
    width = ctx.measureText(text).width + 14;
    textWidths.set(text, width);
  }
  return width;
}

export function drawLineOverflow(
  ctx: CanvasRenderingContext2D,
  nodes: readonly NodeLive[],
  g: FlowGeometry,
): void {
  ctx.font = FONT;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.fillStyle = '#1b1b1b';
  for (let i = 0; i < nodes.length && i < g.nodeX.length; i++) {
    const extra = nodes[i].waiting - lineCapacity(nodes[i].workers);
    if (extra <= 0) continue;
    const y = g.nodeY[i] + g.nodeH[i] - NODE_BORDER - ROW_CENTER_FROM_BOTTOM;
    ctx.fillText(
      `+${extra > 9999 ? `${Math.round(extra / 1000)}k` : extra}`,
      g.nodeX[i] + NODE_BORDER + DOCK_PAD_X + 6,
      y,
    );
  }
}

/** Draws the live badges; returns true while any is still fading (the canvas keeps redrawing). */
export function drawEndingBadges(
  ctx: CanvasRenderingContext2D,
  markers: EndingMarkers,
  g: FlowGeometry,
  nowMs: number,
  fade: boolean,
): boolean {
  let active = false;
  ctx.font = BADGE_FONT;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  const nodeCount = Math.min(markers.nodeCount, g.nodeX.length);
  for (let n = 0; n < nodeCount; n++) {
    let row = 0;
    let right = g.nodeX[n] + g.nodeW[n];
    for (let o = 1; o < OUTCOMES.length; o++) {
      const k = n * OUTCOMES.length + o;
      const age = nowMs - markers.lastMs[k];
      if (!(age < MARKER_FADE_MS)) continue;
      active = true;
      const count = markers.count[k];
      const text = count > 1 ? `${OUTCOME_CODE[OUTCOMES[o]]} ×${count}` : OUTCOME_CODE[OUTCOMES[o]];
      const width = badgeWidth(ctx, text);
      // Badges line up leftwards above the node's top-right corner, wrapping to a second row.
      if (right - width < g.nodeX[n]) {
        row++;
        right = g.nodeX[n] + g.nodeW[n];
      }
      const x = right - width;
      const y = g.nodeY[n] - 4 - BADGE_HEIGHT - row * (BADGE_HEIGHT + 3);
      ctx.globalAlpha = fade ? Math.max(0, 1 - age / MARKER_FADE_MS) * 0.8 + 0.2 : 1;
      ctx.fillStyle = BADGE_COLOR;
      ctx.beginPath();
      ctx.roundRect(x, y, width, BADGE_HEIGHT, 6);
      ctx.fill();
      ctx.fillStyle = '#ffffff';
      ctx.fillText(text, x + width / 2, y + BADGE_HEIGHT / 2 + 0.5);
      right = x - 4;
    }
  }
  ctx.globalAlpha = 1;
  return active;
}
