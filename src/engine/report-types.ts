/**
 * What the engine hands out: run options, snapshots for the view and the metric
 * report of DESIGN.md section 2. These shapes are the contract with the worker, the CLI and the
 * benchmarks; the engine's internals are free to change behind them.
 */
import type { Seconds } from '../lib/units.ts';
import type { NodeKind, Outcome } from '../scenario/types.ts';

export interface RunOptions {
  /** Overrides the scenario's seed. */
  seed?: number;
  /** Statistics cover [warmup, now]. Default 0. */
  warmupS?: Seconds;
  /**
   * Requests, jobs and calls held at once before the run stops as overloaded. Default
   * `OVERLOAD_LIMIT` (250,000: about 100 MB of tokens).
   */
  maxInFlight?: number;
}

/** Why a run stopped by itself. */
export interface Halt {
  reason: 'overload';
  atS: Seconds;
  nodeId: string;
  /** Offered utilisation λ·E[S]/c of the node that could not keep up. */
  utilization: number;
  message: string;
}

/** Where a dot is. */
export const DOT_STATE = {
  traveling: 0,
  waiting: 1,
  inService: 2,
  /** Held by its publisher because the queue is full under `block`. */
  held: 3,
  /** At an orchestrator, waiting for its branches. */
  joining: 4,
} as const;

/** Bits of `Dots.flags`. */
export const DOT_FLAG = { mobile: 1, job: 2, branch: 4 } as const;

/**
 * Requests in flight, as parallel typed arrays (index i is one dot). When more are in flight than
 * `maxDots`, every `perDot`-th token by id is kept, so a sampled dot stays sampled frame to frame.
 */
export interface Dots {
  count: number;
  perDot: number;
  /** A `DOT_STATE` value. */
  state: Uint8Array;
  /** Edge index when traveling, else node index. */
  place: Uint16Array;
  /** Traveling: progress 0..1 along the edge. Waiting/held: position in line (0 = head). In service: worker slot. */
  pos: Float32Array;
  /** `DOT_FLAG` bits. */
  flags: Uint8Array;
  /** Request or job id (branch calls carry their parent's id). */
  id: Float64Array;
}

/** A request or job that ended since the previous snapshot at a node other than success. */
export interface Ending {
  nodeIndex: number;
  outcome: Outcome;
  atS: Seconds;
  mobile: boolean;
}

/** Per-node live counters since the start of the run (not windowed): cheap, for the view. */
export interface NodeLive {
  busy: number;
  workers: number;
  waiting: number;
  held: number;
  inSystem: number;
  arrivals: number;
  completed: number;
  /** Outcome → count of tokens this node ended with that outcome (OUTCOMES order). */
  failed: Float64Array;
  /** Orchestrator: parents waiting for branches. */
  joining: number;
  deadLettered: number;
}

export interface Snapshot {
  timeS: Seconds;
  events: number;
  nodes: NodeLive[];
  /** Cumulative traversals per edge (in scenario edge order). */
  edgeCounts: Float64Array;
  dots: Dots;
  endings: Ending[];
  totals: Totals;
  halt: Halt | null;
}

export interface Totals {
  created: number;
  finished: number;
  inFlight: number;
  byOutcome: Record<Outcome, number>;
}

export interface NodeMetrics {
  kind: NodeKind;
  arrivals: number;
  completed: number;
  failed: Partial<Record<Outcome, number>>;
  throughput: number;
  dropRate: number;
  dropProbability: number;
  utilization: number;
  meanQueueLength: number;
  meanNumberInSystem: number;
  meanWait: number;
  meanTimeInSystem: number;
  p50: number;
  p95: number;
  p99: number;
  probabilityOfWaiting: number;
  waitingAtEnd: number;
  inSystemAtEnd: number;
  firstDropAt: number | null;
}

export interface LatencySummary {
  mean: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface ClientMetrics {
  sent: number;
  ok: number;
  failed: Partial<Record<Outcome, number>>;
  latency: LatencySummary;
}

/** Metrics of one run over [warmup, now] (DESIGN.md sections 2 and 4). */
export interface RunReport {
  seed: number;
  duration: Seconds;
  warmup: Seconds;
  nodes: Record<string, NodeMetrics>;
  clients: Record<string, ClientMetrics>;
  totals: {
    requests: Totals;
    jobs: Totals;
    created: number;
    finished: number;
    inFlight: number;
    byOutcome: Record<Outcome, number>;
  };
  events: number;
  halt: Halt | null;
}
