/**
 * The live figures the view shows, derived from snapshots a few times a second. Plain numbers and
 * arrays so node components can select single primitives by node id.
 */
import type { JobCounts, Totals } from '../engine/index.ts';

/**
 * What became of the jobs a node published (it has an edge into a queue): counts since the run
 * started, and rates over the sliding window, so a figure from before a policy change fades out.
 */
export interface JobFigures extends JobCounts {
  publishedPerS: number;
  donePerS: number;
  refusedPerS: number;
  evictedPerS: number;
  deadLetteredPerS: number;
}

export interface NodeFigures {
  busy: number;
  workers: number;
  waiting: number;
  held: number;
  joining: number;
  inSystem: number;
  /** Cumulative since the run started. */
  arrivals: number;
  completed: number;
  deadLettered: number;
  /** Cumulative count per outcome, in OUTCOMES order. */
  failed: number[];
  /** Over the sliding window of simulated time. */
  arrivalsPerS: number;
  throughputPerS: number;
  failedPerS: number;
  /** How fast the waiting line grows (negative: shrinks). */
  waitingGrowthPerS: number;
  /** Share of workers busy, averaged over the window. */
  utilization: number;
  /** Queues with a capacity: simulated seconds until the backlog fills at the current growth. */
  timeUntilFullS: number | null;
  /** Endings at this node per second over the window, by outcome (OUTCOMES order; ok is 0). */
  failedPerSByOutcome: number[];
  /** Only at a node that publishes to a queue. */
  jobs: JobFigures | null;
}

export interface LiveFigures {
  timeS: number;
  events: number;
  eventsPerS: number;
  nodes: Record<string, NodeFigures>;
  /** Requests per simulated second over each edge, in scenario edge order. */
  edgeRatePerS: number[];
  totals: Totals | null;
  /** Requests each drawn dot stands for (1 unless sampled). */
  perDot: number;
  inFlight: number;
}

export const EMPTY_LIVE: LiveFigures = {
  timeS: 0,
  events: 0,
  eventsPerS: 0,
  nodes: {},
  edgeRatePerS: [],
  totals: null,
  perDot: 1,
  inFlight: 0,
};
