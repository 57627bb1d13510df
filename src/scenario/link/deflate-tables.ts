/**
 * The fixed tables of DEFLATE (RFC 1951 §3.2.5): how match lengths and distances map to symbols
 * plus extra bits, and the order in which a dynamic block lists its code-length code.
 */

/** Length symbols 257..285: the first length of each, and its extra bits. */
export const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
  227, 258,
];
export const LENGTH_EXTRA = [
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];

/** Distance symbols 0..29: the first distance of each, and its extra bits. */
export const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
  6145, 8193, 12289, 16385, 24577,
];
export const DISTANCE_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];

/** The order of the code-length code's lengths in a dynamic block header. */
export const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

export const END_OF_BLOCK = 256;
/** Literal/length symbols a block may use (286, 287 are reserved), and distance symbols. */
export const LITERAL_LENGTH_SYMBOLS = 286;
export const DISTANCE_SYMBOLS = 30;
export const MAX_CODE_BITS = 15;

/** The code lengths of a fixed-Huffman block (BTYPE 01). */
export function fixedLiteralLengths(): Uint8Array {
  const lengths = new Uint8Array(288);
  lengths.fill(8, 0, 144);
  lengths.fill(9, 144, 256);
  lengths.fill(7, 256, 280);
  lengths.fill(8, 280, 288);
  return lengths;
}

export function fixedDistanceLengths(): Uint8Array {
  return new Uint8Array(30).fill(5);
}
