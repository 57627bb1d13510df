/**
 * What one node measures. Counters within [warmup, now] feed the report; lifetime counters feed
 * the live view. Time averages integrate piecewise-constant levels, and only at state changes, so
 * advancing the clock in different step sizes never changes a figure.
 */
import type { Seconds } from '../lib/units.ts';
import { OUTCOMES } from '../scenario/types.ts';
import { Histogram } from './histogram.ts';

export const OUTCOME_COUNT = OUTCOMES.length;

/** The counters format 2 adds (DESIGN.md section 8, "What reports add"), as indexes. */
export const C_ATTEMPTS = 0;
export const C_RETRIES = 1;
export const C_RETRIES_DENIED = 2;
export const C_TIMEOUTS = 3;
export const C_LATE_ANSWERS = 4;
export const C_BREAKER_OPENS = 5;
const COUNTER_KINDS = 6;

export class StationStats {
  readonly warmupS: Seconds;
  // Levels and their integrals over [warm-up, now].
  waiting = 0;
  busy = 0;
  /** In the system but neither waiting nor in service (an orchestrator's fan-outs). */
  other = 0;
  servers = 0;
  lastS: Seconds = 0;
  areaWaiting = 0;
  areaBusy = 0;
  areaSystem = 0;
  areaServers = 0;
  // Counts within [warm-up, now].
  arrivals = 0;
  completed = 0;
  readonly failed = new Float64Array(OUTCOME_COUNT);
  drops = 0;
  // Per-visit times, for visits that arrived at or after warm-up.
  timed = 0;
  waitedCount = 0;
  sumWaitS = 0;
  sumTimeS = 0;
  readonly times = new Histogram();
  firstDropAt: Seconds | null = null;
  // Lifetime counters for the live view.
  totalArrivals = 0;
  totalCompleted = 0;
  readonly totalFailed = new Float64Array(OUTCOME_COUNT);
  /** Format 2 counters by C_*: within the window, and lifetime for the view. */
  readonly counters = new Float64Array(COUNTER_KINDS);
  readonly totalCounters = new Float64Array(COUNTER_KINDS);
  /** Busy worker-seconds since the start (not windowed): what an autoscaler measures. */
  busyAreaAll = 0;

  constructor(warmupS: Seconds, servers: number) {
    this.warmupS = warmupS;
    this.servers = servers;
  }

  /** Accumulates the levels held since the last change, clipped to [warm-up, now]. */
  integrate(nowS: Seconds): void {
    const from = this.lastS > this.warmupS ? this.lastS : this.warmupS;
    if (nowS > this.lastS) this.busyAreaAll += this.busy * (nowS - this.lastS);
    if (nowS > from) {
      const dt = nowS - from;
      this.areaWaiting += this.waiting * dt;
      this.areaBusy += this.busy * dt;
      this.areaSystem += (this.waiting + this.busy + this.other) * dt;
      this.areaServers += this.servers * dt;
    }
    this.lastS = nowS;
  }

  count(nowS: Seconds, counter: number): void {
    this.totalCounters[counter]++;
    if (nowS >= this.warmupS) this.counters[counter]++;
  }

  arrival(nowS: Seconds): void {
    this.totalArrivals++;
    if (nowS >= this.warmupS) this.arrivals++;
  }

  complete(nowS: Seconds): void {
    this.totalCompleted++;
    if (nowS >= this.warmupS) this.completed++;
  }

  fail(nowS: Seconds, outcome: number, isDrop: boolean): void {
    this.totalFailed[outcome]++;
    if (isDrop && this.firstDropAt === null) this.firstDropAt = nowS;
    if (nowS < this.warmupS) return;
    this.failed[outcome]++;
    if (isDrop) this.drops++;
  }

  /**
   * Records one visit, if it arrived inside the window: its wait (from joining the waiting line to
   * the start of service) and its time in the system (from arrival to the end).
   */
  visit(arrivedS: Seconds, queuedS: Seconds, startS: Seconds, endS: Seconds, waited: boolean): void {
    if (arrivedS < this.warmupS) return;
    this.timed++;
    if (waited) this.waitedCount++;
    this.sumWaitS += startS - queuedS;
    const timeS = endS - arrivedS;
    this.sumTimeS += timeS;
    this.times.record(timeS);
  }
}
