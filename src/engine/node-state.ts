/**
 * The running state of one node. One class for every kind keeps the hot path monomorphic; each
 * kind's file reads only the fields it owns.
 */
import { Deque } from '../lib/deque.ts';
import type { ScenarioNode } from '../scenario/types.ts';
import type { Breaker } from './breaker.ts';
import type { TargetHealth } from './nodes/target-health.ts';
import { RandomStream } from './random.ts';
import { PublishStats } from './publish-stats.ts';
import type { CallerState } from './retry-policy.ts';
import type { Scaler } from './autoscaler.ts';
import { StationStats } from './station-stats.ts';
import type { Token } from './token.ts';

export const KIND_CLIENT = 0;
export const KIND_LB = 1;
export const KIND_GATEWAY = 2;
export const KIND_ORCHESTRATOR = 3;
export const KIND_SERVICE = 4;
export const KIND_QUEUE = 5;

const KIND_CODES: Record<ScenarioNode['kind'], number> = {
  client: KIND_CLIENT,
  loadBalancer: KIND_LB,
  gateway: KIND_GATEWAY,
  orchestrator: KIND_ORCHESTRATOR,
  service: KIND_SERVICE,
  queue: KIND_QUEUE,
};

export interface TokenBucket {
  tokens: number;
  lastS: number;
}

export class NodeState {
  readonly index: number;
  readonly kind: number;
  /** Current parameters: a private copy that live changes replace. */
  params: ScenarioNode;
  readonly random: RandomStream;
  readonly stats: StationStats;
  /** What became of the jobs this node published (only a node with an edge into a queue publishes). */
  readonly publishing: PublishStats;
  readonly outEdges: number[] = [];
  readonly inEdges: number[] = [];

  // Stations (gateway, orchestrator, service): workers and a FIFO waiting room.
  workers = 0;
  capacity = Infinity;
  busy = 0;
  /** Workers promised to requests a `fifo` balancer has sent and that are still on the wire. */
  reserved = 0;
  readonly line = new Deque<Token>();
  freeSlots: number[] = [];
  /** `fifo` balancers in front of this station, which it pulls from when a worker frees. */
  readonly fifoFeeders: number[] = [];
  /** Queues this service consumes from. */
  readonly sourceQueues: number[] = [];

  // Client.
  arrivalGeneration = 0;
  /** Routes and their cumulative weights, for a draw per request. */
  routeNames: string[] = [];
  routeCumulative: number[] = [];

  // Load balancer.
  cursor = 0;
  outstanding: Int32Array = new Int32Array(0);
  forwarded: Float64Array = new Float64Array(0);
  responseEwmaS: Float64Array = new Float64Array(0);
  smoothWeights: Float64Array = new Float64Array(0);

  // Gateway.
  buckets = new Map<number, TokenBucket>();
  routeCache = new Map<string, number>();

  // Orchestrator.
  joining = 0;

  // Queue: consumers are the services on its outgoing edges.
  consumers: number[] = [];
  /** Jobs whose publisher holds them until there is room (`block`). */
  readonly blocked = new Deque<Token>();
  deadLettered = 0;

  /** Jobs this node publishes that wait, held, at a full queue. */
  held = 0;

  // Format 2 (DESIGN.md section 8): null unless the scenario uses the feature here.
  /** Client or gateway with a timeout, retries or breakers: it calls through attempts. */
  caller: CallerState | null = null;
  /** Gateway or orchestrator: one breaker per outgoing edge, in `outEdges` order. */
  breakers: Breaker[] | null = null;
  /** Autoscaled service. */
  scaler: Scaler | null = null;
  /** Workers of an autoscaled service that are starting: counted as current, not yet serving. */
  starting = 0;
  // Faults (faults.ts). Neutral unless a fault is active, so a run without faults is unchanged.
  crashed = false;
  /** Product of the active `slow` factors; multiplies service times that start now. */
  slowFactor = 1;
  /** Combined extra error rate of the active `errors` faults, drawn from `faultRandom`. */
  extraErrorRate = 0;
  /** The extra error draws' own stream (seed, node id, purpose), made at the first `errors` fault. */
  faultRandom: RandomStream | null = null;
  /** Active faults on this node or an edge leaving it; since when; seconds of them in the window. */
  faultCount = 0;
  faultSinceS = 0;
  faultTimeS = 0;
  /** What the latest crash ended (in service and waiting): for the view only. */
  lostInCrash = 0;

  // Load balancer: health checks and outlier detection; null when it has neither.
  health: TargetHealth | null = null;

  constructor(index: number, params: ScenarioNode, seed: number, warmupS: number) {
    this.index = index;
    this.kind = KIND_CODES[params.kind];
    this.params = { ...params };
    this.random = new RandomStream(seed, params.id);
    this.stats = new StationStats(warmupS, 0);
    this.publishing = new PublishStats(warmupS);
  }
}
