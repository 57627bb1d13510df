/**
 * A small DEFLATE decompressor (RFC 1951), after Mark Adler's puff.c: every length, distance and
 * code is checked, the output is capped, and each step either consumes input or produces
 * bounded output, so hostile data ends in an error, never a hang or an unbounded allocation.
 */
import {
  CODE_LENGTH_ORDER,
  DISTANCE_BASE,
  DISTANCE_EXTRA,
  END_OF_BLOCK,
  LENGTH_BASE,
  LENGTH_EXTRA,
  MAX_CODE_BITS,
  fixedDistanceLengths,
  fixedLiteralLengths,
} from './deflate-tables.ts';

/** Why a stream could not be decompressed: cut short, over the size cap, or not valid DEFLATE. */
export type InflateProblem = 'truncated' | 'too-large' | 'invalid';

export type InflateResult =
  { ok: true; bytes: Uint8Array; end: number } | { ok: false; problem: InflateProblem; detail: string };

class InflateError extends Error {
  constructor(
    readonly problem: InflateProblem,
    detail: string,
  ) {
    super(detail);
  }
}

/**
 * Decompresses the raw DEFLATE stream starting at `start`; `end` is the offset of the first byte
 * after it. Output longer than `maxBytes` is refused as soon as it would be produced.
 */
export function inflateRaw(data: Uint8Array, maxBytes: number, start = 0): InflateResult {
  const state = new Inflater(data, maxBytes, start);
  try {
    state.run();
    return { ok: true, bytes: state.output(), end: state.position() };
  } catch (error) {
    if (error instanceof InflateError) return { ok: false, problem: error.problem, detail: error.message };
    throw error;
  }
}

/** A canonical Huffman code as puff keeps it: codes per length, and symbols in code order. */
interface Code {
  count: Uint16Array;
  symbol: Uint16Array;
}

const invalid = (detail: string) => new InflateError('invalid', detail);

/**
 * Builds a decoding table; returns how many codes are left unused (0 = complete, < 0 = the
 * lengths ask for more codes than exist, which no valid stream does).
 */
function buildCode(lengths: ArrayLike<number>, count: number): { code: Code; left: number } {
  const code: Code = { count: new Uint16Array(MAX_CODE_BITS + 1), symbol: new Uint16Array(count) };
  for (let s = 0; s < count; s++) code.count[lengths[s]]++;
  if (code.count[0] === count) return { code, left: 0 };
  let left = 1;
  for (let bits = 1; bits <= MAX_CODE_BITS; bits++) {
    left = (left << 1) - code.count[bits];
    if (left < 0) return { code, left };
  }
  const offsets = new Uint16Array(MAX_CODE_BITS + 1);
  for (let bits = 1; bits < MAX_CODE_BITS; bits++) offsets[bits + 1] = offsets[bits] + code.count[bits];
  for (let s = 0; s < count; s++) if (lengths[s] !== 0) code.symbol[offsets[lengths[s]]++] = s;
  return { code, left };
}

const FIXED = (() => {
  const lit = buildCode(fixedLiteralLengths(), 288).code;
  const dist = buildCode(fixedDistanceLengths(), 30).code;
  return { lit, dist };
})();

class Inflater {
  private out: Uint8Array;
  private size = 0;
  private pos: number;
  private bitBuffer = 0;
  private bitCount = 0;

  constructor(
    private readonly data: Uint8Array,
    private readonly maxBytes: number,
    start: number,
  ) {
    this.pos = start;
    this.out = new Uint8Array(Math.min(maxBytes, Math.max(1024, data.length * 4)));
  }

  run(): void {
    let last = 0;
    while (last === 0) {
      last = this.bits(1);
      const type = this.bits(2);
      if (type === 0) this.stored();
      else if (type === 1) this.codes(FIXED.lit, FIXED.dist);
      else if (type === 2) this.dynamic();
      else throw invalid('uses block type 3, which does not exist');
    }
  }

  output(): Uint8Array {
    return this.out.slice(0, this.size);
  }

  /** Offset just past the last byte read (a partly used byte counts as read). */
  position(): number {
    return this.pos;
  }

  private bits(need: number): number {
    let value = this.bitBuffer;
    while (this.bitCount < need) {
      if (this.pos >= this.data.length) throw new InflateError('truncated', 'the data ends in the middle');
      value |= this.data[this.pos++] << this.bitCount;
      this.bitCount += 8;
    }
    this.bitBuffer = value >>> need;
    this.bitCount -= need;
    return value & ((1 << need) - 1);
  }

  private emit(byte: number): void {
    if (this.size === this.out.length) this.grow();
    this.out[this.size++] = byte;
  }

  private grow(): void {
    if (this.out.length >= this.maxBytes) {
      throw new InflateError('too-large', `it would expand past ${this.maxBytes} bytes`);
    }
    const grown = new Uint8Array(Math.min(this.maxBytes, this.out.length * 2));
    grown.set(this.out);
    this.out = grown;
  }

  private stored(): void {
    this.bitBuffer = 0; // a stored block starts at the next byte boundary
    this.bitCount = 0;
    if (this.pos + 4 > this.data.length) throw new InflateError('truncated', 'the data ends in the middle');
    const d = this.data;
    const length = d[this.pos] | (d[this.pos + 1] << 8);
    const check = d[this.pos + 2] | (d[this.pos + 3] << 8);
    this.pos += 4;
    if (length !== (~check & 0xffff)) throw invalid('a stored block has a corrupt length');
    if (this.pos + length > d.length) throw new InflateError('truncated', 'the data ends in the middle');
    for (let i = 0; i < length; i++) this.emit(d[this.pos++]);
  }

  private decode(code: Code): number {
    let value = 0; // bits read so far, most significant first
    let first = 0; // first code of the current length
    let index = 0; // index of that code's symbol
    for (let bits = 1; bits <= MAX_CODE_BITS; bits++) {
      value |= this.bits(1);
      const count = code.count[bits];
      if (value - count < first) return code.symbol[index + (value - first)];
      index += count;
      first = (first + count) << 1;
      value <<= 1;
    }
    throw invalid('holds a code that was never defined');
  }

  private codes(lit: Code, dist: Code): void {
    for (;;) {
      const symbol = this.decode(lit);
      if (symbol < 256) {
        this.emit(symbol);
        continue;
      }
      if (symbol === END_OF_BLOCK) return;
      const ls = symbol - 257;
      if (ls >= LENGTH_BASE.length) throw invalid('uses a length symbol that does not exist');
      const length = LENGTH_BASE[ls] + this.bits(LENGTH_EXTRA[ls]);
      const ds = this.decode(dist);
      if (ds >= DISTANCE_BASE.length) throw invalid('uses a distance symbol that does not exist');
      const distance = DISTANCE_BASE[ds] + this.bits(DISTANCE_EXTRA[ds]);
      if (distance > this.size) throw invalid('refers back past its start');
      for (let i = 0; i < length; i++) this.emit(this.out[this.size - distance]);
    }
  }

  private dynamic(): void {
    const litCount = this.bits(5) + 257;
    const distCount = this.bits(5) + 1;
    const clCount = this.bits(4) + 4;
    if (litCount > 286 || distCount > 30) throw invalid('declares more codes than DEFLATE has');
    const lengths = new Uint8Array(316);
    for (let i = 0; i < clCount; i++) lengths[CODE_LENGTH_ORDER[i]] = this.bits(3);
    const lengthCode = buildCode(lengths, 19);
    if (lengthCode.left !== 0) throw invalid('has an incomplete code-length code');

    lengths.fill(0);
    for (let i = 0; i < litCount + distCount;) {
      let symbol = this.decode(lengthCode.code);
      if (symbol < 16) {
        lengths[i++] = symbol;
        continue;
      }
      let repeat: number;
      let value = 0;
      if (symbol === 16) {
        if (i === 0) throw invalid('repeats a code length before the first one');
        value = lengths[i - 1];
        repeat = 3 + this.bits(2);
      } else if (symbol === 17) {
        repeat = 3 + this.bits(3);
      } else {
        repeat = 11 + this.bits(7);
      }
      if (i + repeat > litCount + distCount) throw invalid('repeats code lengths past the end');
      for (symbol = 0; symbol < repeat; symbol++) lengths[i++] = value;
    }
    if (lengths[END_OF_BLOCK] === 0) throw invalid('has no end-of-block code');
    const lit = buildCode(lengths.subarray(0, litCount), litCount);
    // An incomplete code is only allowed when it holds a single symbol (RFC 1951 permits it).
    if (lit.left < 0 || (lit.left > 0 && litCount - lit.code.count[0] !== 1)) {
      throw invalid('has an invalid literal/length code');
    }
    const dist = buildCode(lengths.subarray(litCount, litCount + distCount), distCount);
    if (dist.left < 0 || (dist.left > 0 && distCount - dist.code.count[0] !== 1)) {
      throw invalid('has an invalid distance code');
    }
    this.codes(lit.code, dist.code);
  }
}
