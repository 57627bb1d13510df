/** Messages between the clip recorder and the GIF encoding worker. */
export type GifRequest =
  { type: 'frame'; rgba: ArrayBuffer; width: number; height: number; delayMs: number } | { type: 'finish' };

export type GifReply = { type: 'done'; bytes: ArrayBuffer } | { type: 'error'; message: string };

/** Palette slot kept for "unchanged since the previous frame" (drawn transparent). */
export const UNCHANGED_INDEX = 255;
