/**
 * Draws laid-out dots batched by style: one path per (device, request-or-job), filled and stroked
 * once, so 2,000 dots cost eight canvas calls, not 4,000.
 */
import type { Dots } from '../../../engine/index.ts';
import { DOT_FLAG } from '../../../worker/protocol.ts';
import { DOT_RADIUS } from '../node-geometry.ts';
import { DEVICE_COLOR, DOT_OUTLINE } from '../palette.ts';

// Style = mobile bit | job bit << 1.
const STYLE_COUNT = 4;
const FILL = [DEVICE_COLOR.web, DEVICE_COLOR.mobile, DEVICE_COLOR.web, DEVICE_COLOR.mobile];

function styleOf(flags: number): number {
  return (flags & DOT_FLAG.mobile ? 1 : 0) | (flags & DOT_FLAG.job ? 2 : 0);
}

export function drawDots(
  ctx: CanvasRenderingContext2D,
  dots: Dots,
  xs: Float32Array,
  ys: Float32Array,
  zoom: number,
): void {
  const r = DOT_RADIUS;
  ctx.lineWidth = Math.max(0.8, 1.2 / Math.sqrt(zoom));
  ctx.strokeStyle = DOT_OUTLINE;
  for (let style = 0; style < STYLE_COUNT; style++) {
    const job = style >= 2;
    const mobile = (style & 1) === 1;
    ctx.beginPath();
    let any = false;
    for (let i = 0; i < dots.count; i++) {
      const x = xs[i];
      if (x !== x || styleOf(dots.flags[i]) !== style) continue;
      const y = ys[i];
      any = true;
      if (job) {
        // Diamond: a job published to a queue.
        ctx.moveTo(x, y - r * 1.25);
        ctx.lineTo(x + r * 1.25, y);
        ctx.lineTo(x, y + r * 1.25);
        ctx.lineTo(x - r * 1.25, y);
        ctx.closePath();
      } else if (mobile) {
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, Math.PI * 2);
      } else {
        ctx.rect(x - r, y - r, 2 * r, 2 * r);
      }
    }
    if (!any) continue;
    ctx.fillStyle = FILL[style];
    ctx.fill();
    ctx.stroke();
  }
}
