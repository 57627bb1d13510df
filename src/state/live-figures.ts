/**
 * The live figures the view shows, derived from snapshots a few times a second. Plain numbers and
 * arrays so node components can select single primitives by node id.
 */
import type { EdgeLive, JobCounts, TargetLive, Totals } from '../engine/index.ts';

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
  /** Faults in effect (format 2): crashed is 1 or 0; slowFactor 1 = none; extra error rate 0…1. */
  crashed: number;
  slowFactor: number;
  extraErrorRate: number;
  /** What the node held when it last crashed (in service and waiting), all ended `unavailable`. */
  lostInCrash: number;
  /** Load balancer with health checks or outlier detection: each target's state; else null. */
  targets: TargetLive[] | null;
  /** Overload defences (cumulative): a caller's tries and retries, timeouts, late answers, breaker opens. */
  attempts: number;
  retries: number;
  timeouts: number;
  lateAnswers: number;
  breakerOpens: number;
  /** A caller's tries per second over the window (attempts per request = attemptsPerS ÷ arrivalsPerS). */
  attemptsPerS: number;
  /** Autoscaled service: workers starting, seconds until the next is ready, the autoscaler's target (0: not autoscaled). */
  starting: number;
  nextReadyInS: number;
  desiredWorkers: number;
}

export interface LiveFigures {
  timeS: number;
  events: number;
  eventsPerS: number;
  nodes: Record<string, NodeFigures>;
  /** Requests per simulated second over each edge, in scenario edge order. */
  edgeRatePerS: number[];
  /** Per edge: added latency, cut, requests piled at the cut. */
  edges: EdgeLive[];
  totals: Totals | null;
  /** Per edge: its breaker's state (-1 none, 0 closed, 1 open, 2 half-open) and seconds it stays open. */
  breakerStates: number[];
  breakerOpenForS: number[];
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
  edges: [],
  breakerStates: [],
  breakerOpenForS: [],
  totals: null,
  perDot: 1,
  inFlight: 0,
};
