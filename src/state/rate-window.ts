/**
 * Rates and averages over a sliding window of simulated time, from cumulative counters and levels
 * sampled at snapshots. Fixed memory: samples live in a ring of preallocated arrays, so feeding it
 * every animation frame allocates nothing.
 */
export class RateWindow {
  readonly width: number;
  private readonly capacity: number;
  private readonly times: Float64Array;
  private readonly values: Float64Array;
  private head = 0;
  private size = 0;

  /** `width` values per sample. */
  constructor(width: number, capacity = 64) {
    this.width = width;
    this.capacity = capacity;
    this.times = new Float64Array(capacity);
    this.values = new Float64Array(capacity * width);
  }

  clear(): void {
    this.size = 0;
    this.head = 0;
  }

  get latestTimeS(): number {
    return this.size === 0 ? -Infinity : this.times[(this.head + this.capacity - 1) % this.capacity];
  }

  /** `values` holds exactly `width` numbers. */
  push(timeS: number, values: ArrayLike<number>): void {
    if (timeS < this.latestTimeS) this.clear(); // the run restarted
    this.times[this.head] = timeS;
    this.values.set(values, this.head * this.width);
    this.head = (this.head + 1) % this.capacity;
    this.size = Math.min(this.size + 1, this.capacity);
  }

  /** Slot of the k-th newest sample (0 = newest). */
  private slot(k: number): number {
    return (this.head - 1 - k + 2 * this.capacity) % this.capacity;
  }

  /** The oldest sample still needed: the newest one at or before now − windowS, else the oldest. */
  private baseAge(windowS: number): number {
    const cutoff = this.times[this.slot(0)] - windowS;
    for (let k = 1; k < this.size; k++) if (this.times[this.slot(k)] <= cutoff) return k;
    return this.size - 1;
  }

  /** Change per simulated second of value `i` over (at least) the last `windowS`; 0 until two samples. */
  rate(i: number, windowS: number): number {
    if (this.size < 2) return 0;
    const now = this.slot(0);
    const base = this.slot(this.baseAge(windowS));
    const dt = this.times[now] - this.times[base];
    return dt > 0 ? (this.values[now * this.width + i] - this.values[base * this.width + i]) / dt : 0;
  }

  /** Mean of value `i` over the samples in the window (a level such as busy workers). */
  mean(i: number, windowS: number): number {
    if (this.size === 0) return 0;
    const ages = Math.max(1, this.baseAge(windowS));
    let sum = 0;
    for (let k = 0; k < ages; k++) sum += this.values[this.slot(k) * this.width + i];
    return sum / ages;
  }
}
