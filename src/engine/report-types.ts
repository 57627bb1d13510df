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
  /** A caller's token waiting for its attempt's answer or a backoff: its attempt is the dot, so it is not drawn. */
  calling: 6,
  /** Waiting at a cut edge (a `partition` fault) for it to heal; `place` is the edge. */
  atCut: 5,
} as const;

/** Bits of `Dots.flags`. */
/** `retry`: a second or later attempt; `wasted`: work whose caller gave up waiting. */
export const DOT_FLAG = { mobile: 1, job: 2, branch: 4, retry: 8, wasted: 16 } as const;

/**
 * Requests in flight, as parallel typed arrays (index i is one dot). When more are in flight than
 * `maxDots`, every `perDot`-th token by id is kept, so a sampled dot stays sampled frame to frame.
 */
export interface Dots {
  count: number;
  perDot: number;
  /** A `DOT_STATE` value. */
  state: Uint8Array;
  /** Edge index when traveling or at a cut, else node index. */
  place: Uint16Array;
  /** Traveling: progress 0..1 along the edge. Waiting/held/at a cut: position in line (0 = head). In service: worker slot. */
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

/**
 * A request or job that a crash ended where it stood (in service or waiting), since the previous
 * snapshot: the view marks its last place with its outcome instead of letting its dot vanish.
 */
export interface LostWork {
  nodeIndex: number;
  /** `DOT_STATE.inService` (pos = worker slot) or `DOT_STATE.waiting` (pos = place in line, 0 = head). */
  state: number;
  pos: number;
  /** `DOT_FLAG` bits, as its dot had them. */
  flags: number;
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
  /** Lifetime counts of the jobs this node published; null if it has no edge into a queue. */
  jobs: JobCounts | null;
  /** Format 2, lifetime counts: a caller's attempts, retries and timeouts; late answers where the work was done; breaker opens. */
  attempts: number;
  retries: number;
  timeouts: number;
  lateAnswers: number;
  breakerOpens: number;
  /** Autoscaled service: workers starting, seconds until the next one is ready (0: none), and the last desired count (0: not autoscaled). */
  starting: number;
  nextReadyInS: number;
  desiredWorkers: number;
  /** Faults now in effect on this node (format 2): crashed, the slow factor (1 = none), extra error rate. */
  crashed: boolean;
  slowFactor: number;
  extraErrorRate: number;
  /** Requests and jobs the node held (in service and waiting) when it last crashed, all ended `unavailable`; 0 if it never crashed. */
  lostInCrash: number;
  /** Load balancer with a health check or outlier detection: each target's state; else null. */
  targets: TargetLive[] | null;
}

/** What became of the jobs a node published to queues (DESIGN.md §2: publishing is asynchronous). */
export interface JobCounts {
  /** Publishes that reached a queue (one held under `block` counts once). */
  published: number;
  /** Finished by a consumer with `ok`. */
  done: number;
  /** Failed at the consumer (error, unavailable). */
  failed: number;
  /** Refused by a full queue under `reject-new` (queue-full). */
  refused: number;
  /** Thrown away as the oldest of a full queue under `drop-oldest`. */
  evicted: number;
  /** Moved to the dead-letter store as the oldest of a full queue under `dead-letter`. */
  deadLettered: number;
}

/** A publisher's jobs in a report: the counts of the window plus what it still holds (`block`). */
export interface PublisherJobs extends JobCounts {
  /** Jobs held at the end because their queue was full under `block`. */
  heldAtEnd: number;
}

/** A balancer target's state, as its card shows it. */
export const TARGET_STATE = { inRotation: 0, suspected: 1, out: 2, ejected: 3 } as const;

/** One balancer target as its card shows it. */
export interface TargetLive {
  /** A TARGET_STATE value: in rotation, suspected (failed probes, still in), out (probes), ejected. */
  state: number;
  /** Failed probes in a row so far. */
  failedProbes: number;
  /** Simulated second of the next probe, or null without a health check. */
  nextProbeS: number | null;
  /** End of the current ejection, or null. */
  ejectedUntilS: number | null;
}

/** An edge's faults now in effect. */
export interface EdgeLive {
  /** Seconds added by `latency` faults. */
  extraLatency: number;
  cut: boolean;
  /** Requests waiting at the cut. */
  piled: number;
}

export interface Snapshot {
  timeS: Seconds;
  events: number;
  nodes: NodeLive[];
  /** Cumulative traversals per edge (in scenario edge order). */
  edgeCounts: Float64Array;
  /** Per edge: its breaker's state (BREAKER_* of breaker.ts, -1 = no breaker) and, while open, seconds left. */
  breakerStates: Int8Array;
  breakerOpenForS: Float64Array;
  /** Per edge (scenario order): its faults now in effect. */
  edges: EdgeLive[];
  dots: Dots;
  endings: Ending[];
  /** Work lost to a crash since the previous snapshot, where it stood (at most 512 per snapshot). */
  lost: LostWork[];
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
  /** Only on a node with an edge into a queue: what became of the jobs it published. */
  jobs?: PublisherJobs;
  /** Format 2 (DESIGN.md section 8), counted within the window. */
  timeouts: number;
  lateAnswers: number;
  breakerOpens: number;
  /** Current workers (serving and starting) at the end, and their time average. */
  workersAtEnd: number;
  meanWorkers: number;
  /** Load balancer: targets taken out of rotation in the window (failed probes or outlier ejection). */
  ejections: number;
  /** Seconds of the window with at least one fault on this node or on an edge leaving it. */
  faultTime: number;
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
  /** Every try, first ones included; the retries among them; retries a budget refused. */
  attempts: number;
  retries: number;
  retriesDenied: number;
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
