/**
 * What became of the jobs one node published (a client or service with an edge into a queue).
 * Publishing is asynchronous: the publisher's request is answered before its job's fate is known,
 * so these counts are the only place a producer "hears" that its work was refused, evicted or
 * dead-lettered. Plain counters, updated where the fate is decided: they draw no random number and
 * schedule no event, so a run is the same event for event with or without them.
 */
import type { Seconds } from '../lib/units.ts';
import { DEAD_LETTERED, EVICTED, OK, QUEUE_FULL } from './outcome-codes.ts';

/** Counts of one stretch (the report's window, or the whole run for the live view). */
export class JobTally {
  /** Publishes that reached the queue (a held one counts once). */
  published = 0;
  /** Finished by a consumer with `ok`. */
  done = 0;
  /** Failed at the consumer (error, unavailable). */
  failed = 0;
  refused = 0;
  evicted = 0;
  deadLettered = 0;

  end(outcome: number): void {
    if (outcome === OK) this.done++;
    else if (outcome === QUEUE_FULL) this.refused++;
    else if (outcome === EVICTED) this.evicted++;
    else if (outcome === DEAD_LETTERED) this.deadLettered++;
    else this.failed++;
  }
}

export class PublishStats {
  private readonly warmupS: Seconds;
  /** Inside [warm-up, now], for the report. */
  readonly window = new JobTally();
  /** Since the start, for the live view's rates. */
  readonly lifetime = new JobTally();
  /** This node has an edge into a queue. */
  publishes = false;

  constructor(warmupS: Seconds) {
    this.warmupS = warmupS;
  }

  publish(nowS: Seconds): void {
    this.lifetime.published++;
    if (nowS >= this.warmupS) this.window.published++;
  }

  end(nowS: Seconds, outcome: number): void {
    this.lifetime.end(outcome);
    if (nowS >= this.warmupS) this.window.end(outcome);
  }
}
