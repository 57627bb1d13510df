/**
 * Fixed-memory latency histogram: logarithmic buckets 2% wide from 1 µs to 10⁷ s, read at the
 * bucket's geometric midpoint, so any percentile is within √1.02 − 1 ≈ 0.995% of a true sample
 * value. Values under 1 µs are counted as 0.
 */
const MIN_S = 1e-6;
const RATIO = 1.02;
const LOG_RATIO = Math.log(RATIO);
const BUCKETS = Math.ceil(Math.log(1e7 / MIN_S) / LOG_RATIO);
const MIDPOINT = Math.sqrt(RATIO);

export class Histogram {
  private readonly counts = new Float64Array(BUCKETS);
  private zeros = 0;
  count = 0;

  record(valueS: number): void {
    this.count++;
    if (valueS < MIN_S) {
      this.zeros++;
      return;
    }
    let index = Math.floor(Math.log(valueS / MIN_S) / LOG_RATIO);
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
      if (seen >= rank) return MIN_S * Math.pow(RATIO, i) * MIDPOINT;
    }
    return MIN_S * Math.pow(RATIO, BUCKETS) ;
  }
}
