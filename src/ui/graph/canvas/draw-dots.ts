/**
 * Draws laid-out dots as stamps: each style (device × request-or-job) is rendered once into a
 * small sprite at the canvas's current device-pixel scale, then copied per dot with `drawImage`.
 * Stroking thousands of outlined paths every frame cost ~40 ms of rasterising on a GPU-less
 * machine; copying pre-rendered pixels costs a few.
 */
import type { Dots } from '../../../engine/index.ts';
import { DOT_FLAG } from '../../../worker/protocol.ts';
import { DOT_RADIUS } from '../node-geometry.ts';
import { DEVICE_COLOR, DOT_OUTLINE } from '../palette.ts';

// Style = mobile bit | job bit << 1 | retry bit << 2 | wasted bit << 3.
const STYLE_COUNT = 16;
const FILL = [DEVICE_COLOR.web, DEVICE_COLOR.mobile];
/** Half the sprite's side in flow units: the largest shape (the job's diamond) plus its outline. */
const HALF = DOT_RADIUS * 1.25 + 1.5;

interface SpriteSet {
  scale: number;
  dotScale: number;
  images: HTMLCanvasElement[];
}
let sprites: SpriteSet | null = null;

function styleOf(flags: number): number {
  return (
    (flags & DOT_FLAG.mobile ? 1 : 0) |
    (flags & DOT_FLAG.job ? 2 : 0) |
    (flags & DOT_FLAG.retry ? 4 : 0) |
    (flags & DOT_FLAG.wasted ? 8 : 0)
  );
}

/** Traces one dot's shape: diamond for a job, circle for mobile, square for web. */
function traceShape(ctx: CanvasRenderingContext2D, style: number, x: number, y: number, r: number): void {
  if (style & 2) {
    ctx.moveTo(x, y - r * 1.25);
    ctx.lineTo(x + r * 1.25, y);
    ctx.lineTo(x, y + r * 1.25);
    ctx.lineTo(x - r * 1.25, y);
    ctx.closePath();
  } else if (style & 1) {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
  } else {
    ctx.rect(x - r, y - r, 2 * r, 2 * r);
  }
}

/** Sprites for a device-pixel scale, rebuilt only when the zoom changes noticeably. */
function spritesFor(scale: number, zoom: number, dotScale: number): SpriteSet {
  if (sprites !== null && sprites.dotScale === dotScale && Math.abs(sprites.scale - scale) / scale < 0.05)
    return sprites;
  const half = HALF * dotScale;
  const side = Math.ceil(2 * half * scale);
  const images: HTMLCanvasElement[] = [];
  for (let style = 0; style < STYLE_COUNT; style++) {
    const image = document.createElement('canvas');
    image.width = side;
    image.height = side;
    const ctx = image.getContext('2d');
    if (ctx !== null) {
      ctx.scale(scale, scale);
      ctx.lineWidth = Math.max(0.8, 1.2 / Math.sqrt(zoom));
      ctx.strokeStyle = DOT_OUTLINE;
      ctx.fillStyle = FILL[style & 1];
      // Wasted work (its caller gave up): faded, with a dashed outline.
      if (style & 8) {
        ctx.globalAlpha = 0.4;
        ctx.setLineDash([1.5, 1.5]);
      }
      ctx.beginPath();
      traceShape(ctx, style, half, half, DOT_RADIUS * dotScale);
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.stroke();
      ctx.setLineDash([]);
      // A retry: a dark notch at its top right, so a second try is told from a first one.
      if (style & 4) {
        ctx.fillStyle = DOT_OUTLINE;
        ctx.beginPath();
        const r = DOT_RADIUS * dotScale;
        ctx.arc(half + r * 0.75, half - r * 0.75, r * 0.45, 0, Math.PI * 2);
        ctx.fill();
      }
    }
    images.push(image);
  }
  sprites = { scale, dotScale, images };
  return sprites;
}

export function drawDots(
  ctx: CanvasRenderingContext2D,
  dots: Dots,
  xs: Float32Array,
  ys: Float32Array,
  zoom: number,
  /** Larger dots for a projector (presenter mode); 1 elsewhere. */
  dotScale = 1,
): void {
  // The context already maps flow units to device pixels; its x scale is that ratio.
  const scale = Math.abs(ctx.getTransform().a) || 1;
  const { images } = spritesFor(scale, zoom, dotScale);
  const half = HALF * dotScale;
  const size = 2 * half;
  for (let i = 0; i < dots.count; i++) {
    const x = xs[i];
    if (x !== x) continue; // NaN: not placed this frame
    ctx.drawImage(images[styleOf(dots.flags[i])], x - half, ys[i] - half, size, size);
  }
}
