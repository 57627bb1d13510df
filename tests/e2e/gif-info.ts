/**
 * Reads a GIF's structure (for the export tests): logical size, frame count and the total of the
 * frames' delays, by walking its blocks as the GIF89a specification lays them out.
 */
export interface GifInfo {
  width: number;
  height: number;
  frames: number;
  durationMs: number;
}

export function readGifInfo(bytes: Uint8Array): GifInfo {
  const ascii = String.fromCharCode(...bytes.subarray(0, 6));
  if (ascii !== 'GIF89a' && ascii !== 'GIF87a')
    throw new Error(`not a GIF: starts with ${JSON.stringify(ascii)}`);
  const width = bytes[6] | (bytes[7] << 8);
  const height = bytes[8] | (bytes[9] << 8);
  let at = 13;
  const packed = bytes[10];
  if (packed & 0x80) at += 3 * (1 << ((packed & 7) + 1));
  const skipSubBlocks = () => {
    while (bytes[at] !== 0) at += bytes[at] + 1;
    at += 1;
  };
  let frames = 0;
  let durationMs = 0;
  while (at < bytes.length) {
    const block = bytes[at++];
    if (block === 0x3b) return { width, height, frames, durationMs };
    if (block === 0x21) {
      const label = bytes[at++];
      if (label === 0xf9) durationMs += (bytes[at + 2] | (bytes[at + 3] << 8)) * 10;
      skipSubBlocks();
    } else if (block === 0x2c) {
      frames++;
      const local = bytes[at + 8];
      at += 9;
      if (local & 0x80) at += 3 * (1 << ((local & 7) + 1));
      at += 1; // LZW minimum code size
      skipSubBlocks();
    } else {
      throw new Error(`unexpected GIF block 0x${block.toString(16)} at byte ${at - 1}`);
    }
  }
  throw new Error('GIF ends without its trailer');
}
