/**
 * Encodes a clip's frames into a GIF off the main thread with gifenc (a same-origin module worker:
 * no eval, no blob code, so it runs under the app's Content-Security-Policy). The palette comes
 * from the first frame (a diagram's colours do not change during a clip); every later frame marks
 * the pixels that did not change as transparent, so only the moving dots and changing figures cost
 * bytes, which keeps a 10 s clip of the full architecture small enough for chat.
 */
import { applyPalette, GIFEncoder, quantize, type Palette } from 'gifenc';
import { UNCHANGED_INDEX, type GifReply, type GifRequest } from './gif-protocol.ts';

const encoder = GIFEncoder();
let palette: Palette | null = null;
let previous: Uint8Array | null = null;

function encodeFrame(rgba: Uint8Array, width: number, height: number, delayMs: number): void {
  if (!palette) {
    palette = quantize(rgba, UNCHANGED_INDEX);
    // Pad with the first colour: a tie picks the lower index, so no pixel lands on the reserved slot.
    while (palette.length < UNCHANGED_INDEX + 1) palette.push([...palette[0]]);
  }
  const index = applyPalette(rgba, palette);
  const shown = index.slice();
  if (previous) {
    for (let i = 0; i < index.length; i++) if (index[i] === previous[i]) index[i] = UNCHANGED_INDEX;
  }
  encoder.writeFrame(index, width, height, {
    palette: previous ? undefined : palette,
    delay: delayMs,
    repeat: 0,
    transparent: previous !== null,
    transparentIndex: UNCHANGED_INDEX,
    // Keep each frame on screen under the next one, so its transparent pixels show what was there.
    dispose: 1,
  });
  previous = shown;
}

self.onmessage = (event: MessageEvent<GifRequest>) => {
  const message = event.data;
  try {
    if (message.type === 'frame') {
      encodeFrame(new Uint8Array(message.rgba), message.width, message.height, message.delayMs);
      return;
    }
    encoder.finish();
    const bytes = encoder.bytes();
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    (self as unknown as Worker).postMessage({ type: 'done', bytes: buffer } satisfies GifReply, [buffer]);
  } catch (error) {
    (self as unknown as Worker).postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    } satisfies GifReply);
  }
};
