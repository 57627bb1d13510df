/**
 * The simulation value: scenario, clock, future events, nodes, tokens in flight and counters.
 * Create it here; advance it with `run.ts`; read it with `snapshot.ts` and `report.ts`.
 */
import type { TraceFilter } from './trace.ts';
import type { Seconds } from '../lib/units.ts';
import type { Scenario, ScenarioEdge } from '../scenario/types.ts';
import { OUTCOMES } from '../scenario/types.ts';
import { ClientStats } from './client-stats.ts';
import { EventQueue } from './event-queue.ts';
import { KIND_LB, KIND_QUEUE, NodeState } from './node-state.ts';
import { OVERLOAD_LIMIT } from './overload.ts';
import type { Ending, Halt, LostWork, RunOptions } from './report-types.ts';
import { Token } from './token.ts';
import type { Trace } from './trace.ts';
import { configureNode, KIND_HANDLERS, startNode } from './node-kinds.ts';
import { scheduleFaults, type FaultState } from './faults.ts';
import type { Deque } from '../lib/deque.ts';

/** Non-ok endings kept between two snapshots; beyond this the view would not show them anyway. */
const MAX_ENDINGS = 512;

export interface EdgeState extends ScenarioEdge {
  fromIndex: number;
  toIndex: number;
  /** Seconds added by active `latency` faults (0 without one). */
  extraLatency: number;
  /** An active `partition`: requests sent over it wait in `pile` until it heals. */
  cut: boolean;
  pile: Deque<Token> | null;
}

/** Created, finished and by-outcome counts for requests or for jobs. */
export class TokenCounts {
  created = 0;
  finished = 0;
  readonly byOutcome = new Float64Array(OUTCOMES.length);
}

export class Simulation {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly warmupS: Seconds;
  readonly maxInFlight: number;
  nowS: Seconds = 0;
  events = 0;
  /** Running hash of every processed event (time, kind, node): equal hashes mean equal runs. */
  logHash = 0x811c9dc5;
  halt: Halt | null = null;
  /** More tokens in flight than `maxInFlight`: the run loop stops and diagnoses (overload.ts). */
  overloaded = false;

  /** The kinds' calls the lower layers make (kind-handlers.ts). */
  readonly handlers = KIND_HANDLERS;
  readonly queue = new EventQueue();
  readonly nodes: NodeState[];
  readonly nodeIndex = new Map<string, number>();
  readonly edges: EdgeState[];
  readonly edgeCounts: Float64Array;
  readonly clientStats = new Map<number, ClientStats>();

  readonly requests = new TokenCounts();
  readonly jobs = new TokenCounts();
  nextId = 1;
  /** Ids of caller timers (timeouts, backoffs): an event whose id is no longer its token's is stale. */
  nextTimerId = 1;

  private readonly pool: Token[] = [];
  private readonly spare: Token[] = [];
  /** Every token in flight, for snapshots. */
  readonly active: Token[] = [];
  endings: Ending[] = [];
  /** Work a crash ended where it stood, since the previous snapshot (crash.ts; view only). */
  lost: LostWork[] = [];
  /** Request tracing (trace.ts): the ids followed (the request and its jobs) and what they did. */
  trace: Trace | null = null;
  readonly tracedIds = new Set<number>();
  traceNext = false;
  /** Which request "trace next" waits for (trace.ts). */
  traceFilter: TraceFilter = {};
  /** The scenario's faults in its order (live additions appended), and every one ever made by id. */
  readonly faults: FaultState[] = [];
  readonly faultById: FaultState[] = [];
  /** Edges cut by a partition right now: consumers check their edge only while this is above 0. */
  cutEdges = 0;

  constructor(scenario: Scenario, options: RunOptions = {}) {
    this.scenario = scenario;
    this.seed = options.seed ?? scenario.seed;
    this.warmupS = options.warmupS ?? 0;
    this.maxInFlight = options.maxInFlight ?? OVERLOAD_LIMIT;
    this.nodes = scenario.nodes.map((node, index) => {
      this.nodeIndex.set(node.id, index);
      return new NodeState(index, node, this.seed, this.warmupS);
    });
    this.edges = scenario.edges.map((edge, index) => {
      const fromIndex = this.nodeIndex.get(edge.from) ?? -1;
      const toIndex = this.nodeIndex.get(edge.to) ?? -1;
      if (fromIndex < 0 || toIndex < 0) throw new Error(`edge ${index} joins a missing node`);
      this.nodes[fromIndex].outEdges.push(index);
      this.nodes[toIndex].inEdges.push(index);
      return { ...edge, fromIndex, toIndex, extraLatency: 0, cut: false, pile: null };
    });
    this.edgeCounts = new Float64Array(this.edges.length);
    this.wireTopology();
  }

  /** Who pulls from whom: consumers from their queues, stations from `fifo` balancers in front. */
  private wireTopology(): void {
    for (const node of this.nodes) {
      if (node.kind === KIND_QUEUE) node.consumers = node.outEdges.map((edge) => this.edges[edge].toIndex);
      for (const edgeIndex of node.outEdges) {
        const target = this.nodes[this.edges[edgeIndex].toIndex];
        if (node.kind === KIND_QUEUE) target.sourceQueues.push(node.index);
        if (node.kind === KIND_LB) target.fifoFeeders.push(node.index);
        if (target.kind === KIND_QUEUE) node.publishing.publishes = true;
      }
    }
  }

  /** Takes a token from the pool and marks it in flight. */
  allocate(kind: number): Token {
    const token = this.spare.pop() ?? this.newToken();
    token.kind = kind;
    token.activeIndex = this.active.length;
    this.active.push(token);
    if (this.active.length > this.maxInFlight) this.overloaded = true;
    return token;
  }

  release(token: Token): void {
    const last = this.active.pop() as Token;
    if (last !== token) {
      this.active[token.activeIndex] = last;
      last.activeIndex = token.activeIndex;
    }
    token.activeIndex = -1;
    token.reset();
    this.spare.push(token);
  }

  tokenAt(slot: number): Token {
    return this.pool[slot];
  }

  recordEnding(ending: Ending): void {
    if (this.endings.length < MAX_ENDINGS) this.endings.push(ending);
  }

  recordLost(lost: LostWork): void {
    if (this.lost.length < MAX_ENDINGS) this.lost.push(lost);
  }

  private newToken(): Token {
    const token = new Token(this.pool.length);
    this.pool.push(token);
    return token;
  }
}

/** Builds a ready-to-run simulation: every node configured, every client's first arrival scheduled. */
export function createSimulation(scenario: Scenario, options: RunOptions = {}): Simulation {
  const sim = new Simulation(scenario, options);
  for (const node of sim.nodes) configureNode(sim, node);
  for (const node of sim.nodes) startNode(sim, node);
  // Nothing is scheduled for a scenario without faults: its events are exactly format 1's.
  scheduleFaults(sim, scenario.faults);
  return sim;
}
