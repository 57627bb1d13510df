/**
 * Records a short clip of the running diagram in the browser, at the current speed: every frame
 * is the diagram composed as an SVG (graph-svg.ts), rasterised, with the dot canvases drawn on
 * top. A GIF is encoded frame by frame in a module worker (gif-worker.ts); a WebM is recorded by
 * MediaRecorder from a canvas stream where the browser can. Frames are taken on the wall clock,
 * and each GIF frame lasts as long as it really did, so the clip plays at the speed it was seen.
 */
import type { AppState } from '../../state/store.ts';
import type { GifReply, GifRequest } from './gif-protocol.ts';
import { findGraphRoot, imageCaption, rasterise } from './export-image.ts';
import { composeGraphSvg } from './graph-svg.ts';

export type ClipFormat = 'gif' | 'webm';

export interface ClipOptions {
  format: ClipFormat;
  seconds: number;
  /** Frames per second asked for; a slow machine gets fewer, each shown for as long as it took. */
  fps?: number;
  /** Frames are scaled down to at most this width (chat-sized files). */
  maxWidth?: number;
  state: () => AppState;
  onProgress: (recordedS: number, phase: 'recording' | 'encoding') => void;
  signal: AbortSignal;
}

export const CLIP_SECONDS = [5, 10, 15] as const;
const DEFAULT_FPS = 10;
const DEFAULT_MAX_WIDTH = 1000;

/** The WebM type this browser can record, or null. */
export function webmType(): string | null {
  if (typeof MediaRecorder === 'undefined' || typeof HTMLCanvasElement.prototype.captureStream !== 'function')
    return null;
  for (const type of ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'])
    if (MediaRecorder.isTypeSupported(type)) return type;
  return null;
}

class Cancelled extends Error {
  constructor() {
    super('Recording cancelled.');
    this.name = 'AbortError';
  }
}

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(new Cancelled());
    const timer = setTimeout(resolve, Math.max(0, ms));
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new Cancelled());
    });
  });

/**
 * The diagram without its dots, rasterised: the costly part of a frame (an SVG decode), so it is
 * redrawn in the background at most every BASE_REFRESH_MS (live figures change a few times a
 * second) while the dots, copied from their canvas, are fresh in every frame.
 */
const BASE_REFRESH_MS = 250;

interface FrameSource {
  base: HTMLCanvasElement | null;
  scale: number;
  takenAt: number;
  pending: Promise<void> | null;
}

function refreshBase(root: HTMLElement, source: FrameSource, options: ClipOptions): Promise<void> {
  source.pending ??= (async () => {
    const startedAt = performance.now();
    const image = composeGraphSvg(root, { caption: imageCaption(options.state()), omitCanvas: true });
    const scale = Math.min(1, (options.maxWidth ?? DEFAULT_MAX_WIDTH) / image.width);
    source.base = await rasterise(image, scale);
    source.scale = scale;
    source.takenAt = startedAt;
  })().finally(() => {
    source.pending = null;
  });
  return source.pending;
}

/** One frame: the latest diagram and the dots as they are now, drawn into `out`. */
async function drawFrame(
  root: HTMLElement,
  out: HTMLCanvasElement,
  source: FrameSource,
  options: ClipOptions,
): Promise<void> {
  if (!source.base) await refreshBase(root, source, options);
  else if (performance.now() - source.takenAt >= BASE_REFRESH_MS) void refreshBase(root, source, options);
  const base = source.base;
  if (!base) return;
  if (out.width !== base.width || out.height !== base.height) {
    out.width = base.width;
    out.height = base.height;
  }
  const ctx = out.getContext('2d', { willReadFrequently: true });
  if (!ctx) return;
  ctx.drawImage(base, 0, 0);
  const bounds = root.getBoundingClientRect();
  const k = source.scale;
  for (const dots of root.querySelectorAll<HTMLCanvasElement>('canvas.fs-particles')) {
    const r = dots.getBoundingClientRect();
    if (r.width < 1 || dots.width === 0) continue;
    ctx.drawImage(dots, (r.left - bounds.left) * k, (r.top - bounds.top) * k, r.width * k, r.height * k);
  }
}

/**
 * Takes frames for `seconds` of wall-clock time, one every 1/fps s or as fast as the machine can
 * compose them if that is slower; `take` gets each frame with how long it was on screen.
 */
async function captureFrames(
  root: HTMLElement,
  out: HTMLCanvasElement,
  options: ClipOptions,
  take: (delayMs: number) => void,
): Promise<number> {
  const intervalMs = 1000 / (options.fps ?? DEFAULT_FPS);
  const durationMs = options.seconds * 1000;
  const start = performance.now();
  const end = start + durationMs;
  let shownAt = start;
  let frames = 0;
  const source: FrameSource = { base: null, scale: 1, takenAt: 0, pending: null };
  await drawFrame(root, out, source, options);
  for (;;) {
    const due = Math.min(end, shownAt + intervalMs);
    await wait(due - performance.now(), options.signal);
    const now = Math.min(end, performance.now());
    take(Math.max(20, now - shownAt));
    frames++;
    shownAt = now;
    options.onProgress((now - start) / 1000, 'recording');
    if (now >= end) {
      await source.pending?.catch(() => undefined);
      return frames;
    }
    await drawFrame(root, out, source, options);
  }
}

async function recordGif(root: HTMLElement, options: ClipOptions): Promise<Blob> {
  const worker = new Worker(new URL('./gif-worker.ts', import.meta.url), {
    type: 'module',
    name: 'gif-encoder',
  });
  try {
    const out = document.createElement('canvas');
    const post = (message: GifRequest, transfer: Transferable[] = []) =>
      worker.postMessage(message, transfer);
    await captureFrames(root, out, options, (delayMs) => {
      const ctx = out.getContext('2d', { willReadFrequently: true });
      if (!ctx) return;
      const { data } = ctx.getImageData(0, 0, out.width, out.height);
      post({ type: 'frame', rgba: data.buffer, width: out.width, height: out.height, delayMs }, [
        data.buffer,
      ]);
    });
    options.onProgress(options.seconds, 'encoding');
    const reply = await new Promise<GifReply>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<GifReply>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message || 'The GIF encoder stopped.'));
      options.signal.addEventListener('abort', () => reject(new Cancelled()));
      post({ type: 'finish' });
    });
    if (reply.type === 'error') throw new Error(`The GIF could not be encoded: ${reply.message}`);
    return new Blob([reply.bytes], { type: 'image/gif' });
  } finally {
    worker.terminate();
  }
}

async function recordWebm(root: HTMLElement, options: ClipOptions): Promise<Blob> {
  const type = webmType();
  if (!type) throw new Error('This browser cannot record video; choose GIF instead.');
  const out = document.createElement('canvas');
  // The first frame sizes the canvas before the stream starts.
  await drawFrame(root, out, { base: null, scale: 1, takenAt: 0, pending: null }, options);
  const stream = out.captureStream(options.fps ?? DEFAULT_FPS);
  const recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: 2_500_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  };
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
  recorder.start(1000);
  try {
    await captureFrames(root, out, options, () => undefined);
  } finally {
    recorder.stop();
    stream.getTracks().forEach((track) => track.stop());
  }
  options.onProgress(options.seconds, 'encoding');
  await stopped;
  return new Blob(chunks, { type: 'video/webm' });
}

export async function recordClip(options: ClipOptions): Promise<Blob> {
  const root = findGraphRoot();
  if (!root) throw new Error('There is no diagram on the page to record.');
  return options.format === 'gif' ? recordGif(root, options) : recordWebm(root, options);
}

export function isCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
