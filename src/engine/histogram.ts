/**
 * Fixed-memory latency histogram, HdrHistogram-style: each power of two from 2⁻²⁰ s (≈1 µs) to
 * 2²⁴ s is split into 64 equal sub-buckets, read at their midpoint. A sub-bucket is at most 1/64
 * of its lower bound wide, so any percentile is within 0.5/64 ≈ 0.78% of a true sample value
 * (DESIGN.md asks for 1%). The bucket comes straight from the float's exponent and top mantissa
 * bits: no logarithm on the hot path. Values under 2⁻²⁰ s count as 0.
 */
const MIN_EXPONENT = -20;
const MAX_EXPONENT = 24;
const SUB_BITS = 6;
const SUBS = 1 << SUB_BITS;
const BUCKETS = (MAX_EXPONENT - MIN_EXPONENT) * SUBS;
const MIN_S = 2 ** MIN_EXPONENT;
const BIASED_MIN = MIN_EXPONENT + 1023;

// A shared view of one float's bits (little-endian: the high word, with sign, exponent and the
// top of the mantissa, is element 1).
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

export class Histogram {
  private readonly counts = new Float64Array(BUCKETS);
  private zeros = 0;
  count = 0;

  record(valueS: number): void {
    this.count++;
    if (!(valueS >= MIN_S)) {
      this.zeros++;
      return;
    }
    bits[0] = valueS;
    const high = words[1];
    let index = (((high >>> 20) & 0x7ff) - BIASED_MIN) * SUBS + ((high >>> (20 - SUB_BITS)) & (SUBS - 1));
    if (index >= BUCKETS) index = BUCKETS - 1;
    this.counts[index]++;
  }

  /** The q-quantile (0 < q ≤ 1): the smallest recorded value with at least q·n values at or below it. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    if (rank <= this.zeros) return 0;
    let seen = this.zeros;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i];
      if (seen >= rank) return bucketMidpoint(i);
    }
    return bucketMidpoint(BUCKETS - 1);
  }
}

function bucketMidpoint(index: number): number {
  const octave = Math.floor(index / SUBS);
  const sub = index % SUBS;
  return 2 ** (MIN_EXPONENT + octave) * (1 + (sub + 0.5) / SUBS);
}
