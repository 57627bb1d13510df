/**
 * A small DEFLATE compressor (RFC 1951): LZ77 with hash chains and one-step lazy matching, then
 * one Huffman block, dynamic or fixed, whichever is shorter. Scenario JSON is a few kilobytes of
 * repetitive text, so one block compresses it about as well as zlib does at its best level.
 */
import {
  CODE_LENGTH_ORDER,
  DISTANCE_BASE,
  DISTANCE_EXTRA,
  DISTANCE_SYMBOLS,
  END_OF_BLOCK,
  LENGTH_BASE,
  LENGTH_EXTRA,
  LITERAL_LENGTH_SYMBOLS,
  MAX_CODE_BITS,
  fixedDistanceLengths,
  fixedLiteralLengths,
} from './deflate-tables.ts';
import { canonicalCodes, huffmanLengths } from './huffman-code.ts';

const WINDOW = 32768;
const MIN_MATCH = 3;
const MAX_MATCH = 258;
const HASH_BITS = 15;
/** How many earlier positions a match search tries: more compresses better, slower. */
const MAX_CHAIN = 256;
/** A match this long is taken at once rather than checking whether the next position does better. */
const GOOD_ENOUGH = 64;

/** Compresses bytes into a raw DEFLATE stream (one final block). */
export function deflateRaw(data: Uint8Array): Uint8Array {
  const tokens = findMatches(data);
  const writer = new BitWriter(data.length / 2 + 64);
  writeBlock(writer, tokens);
  return writer.finish();
}

/** LZ77 output: `length[i]` 0 means `value[i]` is a literal byte, else a match at distance `value[i]`. */
interface Tokens {
  length: number[];
  value: number[];
}

function findMatches(data: Uint8Array): Tokens {
  const n = data.length;
  const head = new Int32Array(1 << HASH_BITS).fill(-1);
  const prev = new Int32Array(n);
  const tokens: Tokens = { length: [], value: [] };
  const hash = (i: number) => ((data[i] << 10) ^ (data[i + 1] << 5) ^ data[i + 2]) & ((1 << HASH_BITS) - 1);
  const insert = (i: number) => {
    if (i + MIN_MATCH > n) return;
    const h = hash(i);
    prev[i] = head[h];
    head[h] = i;
  };
  let bestLength = 0;
  let bestDistance = 0;
  /** Sets bestLength/bestDistance to the longest earlier match for position i (0 when none). */
  const search = (i: number) => {
    bestLength = 0;
    bestDistance = 0;
    if (i + MIN_MATCH > n) return;
    const limit = Math.min(MAX_MATCH, n - i);
    let candidate = head[hash(i)];
    for (let chain = MAX_CHAIN; candidate >= 0 && i - candidate <= WINDOW && chain > 0; chain--) {
      if (data[candidate + bestLength] === data[i + bestLength]) {
        let length = 0;
        while (length < limit && data[candidate + length] === data[i + length]) length++;
        if (length > bestLength) {
          bestLength = length;
          bestDistance = i - candidate;
          if (length === limit) break;
        }
      }
      candidate = prev[candidate];
    }
    if (bestLength < MIN_MATCH) bestLength = 0;
  };
  const literal = (i: number) => {
    tokens.length.push(0);
    tokens.value.push(data[i]);
  };
  const match = (start: number, length: number, distance: number) => {
    tokens.length.push(length);
    tokens.value.push(distance);
    for (let j = start + 2; j < start + length; j++) insert(j); // start and start+1 are in already
  };

  let i = 0;
  while (i < n) {
    search(i);
    insert(i);
    if (bestLength === 0) {
      literal(i);
      i++;
      continue;
    }
    // Lazy matching: if the next position starts a longer match, a literal here pays off.
    let length = bestLength;
    let distance = bestDistance;
    let start = i;
    while (length < GOOD_ENOUGH && start + 1 < n) {
      search(start + 1);
      insert(start + 1);
      if (bestLength <= length) break;
      literal(start);
      start++;
      length = bestLength;
      distance = bestDistance;
    }
    if (start + 1 >= n || length >= GOOD_ENOUGH) insert(start + 1);
    match(start, length, distance);
    i = start + length;
  }
  return tokens;
}

/** Symbol and extra bits of a match length (3..258). */
function lengthSymbol(length: number): number {
  let s = LENGTH_BASE.length - 1;
  while (LENGTH_BASE[s] > length) s--;
  return s;
}

function distanceSymbol(distance: number): number {
  let s = DISTANCE_BASE.length - 1;
  while (DISTANCE_BASE[s] > distance) s--;
  return s;
}

function writeBlock(writer: BitWriter, tokens: Tokens): void {
  const count = tokens.length.length;
  const litSymbol = new Uint16Array(count);
  const distSymbol = new Uint8Array(count);
  const litFreq = new Array<number>(LITERAL_LENGTH_SYMBOLS).fill(0);
  const distFreq = new Array<number>(DISTANCE_SYMBOLS).fill(0);
  for (let t = 0; t < count; t++) {
    if (tokens.length[t] === 0) {
      litSymbol[t] = tokens.value[t];
    } else {
      litSymbol[t] = 257 + lengthSymbol(tokens.length[t]);
      distSymbol[t] = distanceSymbol(tokens.value[t]);
      distFreq[distSymbol[t]]++;
    }
    litFreq[litSymbol[t]]++;
  }
  litFreq[END_OF_BLOCK]++;
  atLeastTwo(litFreq);
  atLeastTwo(distFreq);
  const dynamicLit = huffmanLengths(litFreq, MAX_CODE_BITS);
  const dynamicDist = huffmanLengths(distFreq, MAX_CODE_BITS);
  const header = dynamicHeader(dynamicLit, dynamicDist);
  const fixedLit = fixedLiteralLengths();
  const fixedDist = fixedDistanceLengths();
  const cost = (lit: Uint8Array, dist: Uint8Array) =>
    litFreq.reduce((sum, f, s) => sum + f * lit[s], 0) + distFreq.reduce((sum, f, s) => sum + f * dist[s], 0);
  const useDynamic = header.bits + cost(dynamicLit, dynamicDist) < cost(fixedLit, fixedDist);

  writer.write(1, 1); // BFINAL: the only block
  writer.write(useDynamic ? 2 : 1, 2); // BTYPE
  if (useDynamic) header.write(writer);
  const lit = useDynamic ? dynamicLit : fixedLit;
  const dist = useDynamic ? dynamicDist : fixedDist;
  const litCodes = canonicalCodes(lit);
  const distCodes = canonicalCodes(dist);
  for (let t = 0; t < count; t++) {
    const symbol = litSymbol[t];
    writer.write(litCodes[symbol], lit[symbol]);
    if (symbol < 256) continue;
    const ls = symbol - 257;
    writer.write(tokens.length[t] - LENGTH_BASE[ls], LENGTH_EXTRA[ls]);
    const ds = distSymbol[t];
    writer.write(distCodes[ds], dist[ds]);
    writer.write(tokens.value[t] - DISTANCE_BASE[ds], DISTANCE_EXTRA[ds]);
  }
  writer.write(litCodes[END_OF_BLOCK], lit[END_OF_BLOCK]);
}

/** Decoders refuse an incomplete code, and a one-symbol Huffman code is incomplete: add a dummy. */
function atLeastTwo(frequencies: number[]): void {
  let used = frequencies.filter((f) => f > 0).length;
  for (let s = 0; used < 2; s++) {
    if (frequencies[s] === 0) {
      frequencies[s] = 1;
      used++;
    }
  }
}

/** The header of a dynamic block: code lengths, run-length coded with symbols 16, 17 and 18. */
function dynamicHeader(lit: Uint8Array, dist: Uint8Array) {
  let litCount = LITERAL_LENGTH_SYMBOLS;
  while (litCount > 257 && lit[litCount - 1] === 0) litCount--;
  let distCount = DISTANCE_SYMBOLS;
  while (distCount > 1 && dist[distCount - 1] === 0) distCount--;
  const all = [...lit.subarray(0, litCount), ...dist.subarray(0, distCount)];

  const symbols: number[] = [];
  const extras: number[] = [];
  const push = (symbol: number, extra = 0) => {
    symbols.push(symbol);
    extras.push(extra);
  };
  for (let i = 0; i < all.length;) {
    const value = all[i];
    let run = 1;
    while (i + run < all.length && all[i + run] === value) run++;
    i += run;
    if (value === 0) {
      for (; run >= 11; run -= Math.min(run, 138)) push(18, Math.min(run, 138) - 11);
      if (run >= 3) push(17, run - 3);
      else for (; run > 0; run--) push(0);
    } else {
      push(value);
      run--;
      for (; run >= 3; run -= Math.min(run, 6)) push(16, Math.min(run, 6) - 3);
      for (; run > 0; run--) push(value);
    }
  }
  const clFreq = new Array<number>(19).fill(0);
  for (const s of symbols) clFreq[s]++;
  atLeastTwo(clFreq);
  const clLengths = huffmanLengths(clFreq, 7);
  const clCodes = canonicalCodes(clLengths);
  let clCount = 19;
  while (clCount > 4 && clLengths[CODE_LENGTH_ORDER[clCount - 1]] === 0) clCount--;
  const extraBits = (s: number) => (s === 16 ? 2 : s === 17 ? 3 : s === 18 ? 7 : 0);

  const bits = 5 + 5 + 4 + 3 * clCount + symbols.reduce((sum, s) => sum + clLengths[s] + extraBits(s), 0);
  const write = (writer: BitWriter) => {
    writer.write(litCount - 257, 5);
    writer.write(distCount - 1, 5);
    writer.write(clCount - 4, 4);
    for (let i = 0; i < clCount; i++) writer.write(clLengths[CODE_LENGTH_ORDER[i]], 3);
    symbols.forEach((s, i) => {
      writer.write(clCodes[s], clLengths[s]);
      writer.write(extras[i], extraBits(s));
    });
  };
  return { bits, write };
}

/** Packs bits least-significant first, as DEFLATE does. */
class BitWriter {
  private bytes: Uint8Array;
  private size = 0;
  private buffer = 0;
  private count = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(16, Math.ceil(capacity)));
  }

  /** Appends the low `bits` bits of `value` (at most 16). */
  write(value: number, bits: number): void {
    this.buffer |= value << this.count;
    this.count += bits;
    while (this.count >= 8) {
      this.push(this.buffer & 0xff);
      this.buffer >>>= 8;
      this.count -= 8;
    }
  }

  finish(): Uint8Array {
    if (this.count > 0) this.push(this.buffer & 0xff);
    this.buffer = 0;
    this.count = 0;
    return this.bytes.slice(0, this.size);
  }

  private push(byte: number): void {
    if (this.size === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.size++] = byte;
  }
}
