/**
 * End-to-end latency of one client's successful answers, for requests created inside [warm-up, now].
 * Sent and ended counts live in the client node's `StationStats` like every node's.
 */
import type { Seconds } from '../lib/units.ts';
import { Histogram } from './histogram.ts';

export class ClientStats {
  readonly warmupS: Seconds;
  readonly latency = new Histogram();
  sumLatencyS = 0;

  constructor(warmupS: Seconds) {
    this.warmupS = warmupS;
  }

  answered(nowS: Seconds, createdS: Seconds): void {
    if (createdS < this.warmupS) return;
    const latencyS = nowS - createdS;
    this.sumLatencyS += latencyS;
    this.latency.record(latencyS);
  }
}
