/**
 * Fully specified scenarios for engine tests, built without the parser so the engine tests do not
 * depend on the schema's defaults. Every builder takes the node id and a partial patch.
 */
import {
  advanceTo,
  createSimulation,
  takeSnapshot,
  type RunOptions,
  type Simulation,
} from '../../src/engine/index.ts';
import type {
  ClientNode,
  Fault,
  Distribution,
  GatewayNode,
  LbAlgorithm,
  LoadBalancerNode,
  OrchestratorNode,
  QueueNode,
  Scenario,
  ScenarioEdge,
  ScenarioNode,
  ServiceNode,
} from '../../src/scenario/types.ts';

type Patch<T> = Partial<Omit<T, 'id' | 'kind'>>;

export const exponential = (mean: number): Distribution => ({ dist: 'exponential', mean });
export const constant = (mean: number): Distribution => ({ dist: 'constant', mean });
export const lognormal = (mean: number, cv: number): Distribution => ({ dist: 'lognormal', mean, cv });
export const uniform = (mean: number, spread: number): Distribution => ({ dist: 'uniform', mean, spread });

/** A web client: Poisson 10/s, 1000 users, all well formed and authenticated, route `/`. */
export function client(id: string, patch: Patch<ClientNode> = {}): ClientNode {
  return {
    id,
    kind: 'client',
    label: id,
    device: 'web',
    rate: 10,
    arrival: 'poisson',
    users: 1000,
    invalidAuthShare: 0,
    malformedShare: 0,
    routes: { '/': 1 },
    timeout: null,
    retry: null,
    ...patch,
  };
}

export function loadBalancer(
  id: string,
  algorithm: LbAlgorithm = 'round-robin',
  patch: Patch<LoadBalancerNode> = {},
): LoadBalancerNode {
  return {
    id,
    kind: 'loadBalancer',
    label: id,
    algorithm,
    healthCheck: null,
    outlierDetection: null,
    ...patch,
  };
}

/** A gateway that costs nothing and checks nothing unless told to. */
export function gateway(id: string, patch: Patch<GatewayNode> = {}): GatewayNode {
  return {
    id,
    kind: 'gateway',
    label: id,
    workers: 1,
    serviceTime: constant(0),
    capacity: null,
    auth: false,
    validate: false,
    rateLimit: null,
    timeout: null,
    retry: null,
    circuitBreaker: null,
    ...patch,
  };
}

export function orchestrator(id: string, patch: Patch<OrchestratorNode> = {}): OrchestratorNode {
  return {
    id,
    kind: 'orchestrator',
    label: id,
    workers: 1,
    serviceTime: constant(0),
    capacity: null,
    mode: 'parallel',
    circuitBreaker: null,
    ...patch,
  };
}

/** One worker, exponential 0.1 s, unbounded waiting room, no errors. */
export function service(id: string, patch: Patch<ServiceNode> = {}): ServiceNode {
  return {
    id,
    kind: 'service',
    label: id,
    workers: 1,
    serviceTime: exponential(0.1),
    capacity: null,
    errorRate: 0,
    down: false,
    autoscale: null,
    ...patch,
  };
}

export function queue(id: string, patch: Patch<QueueNode> = {}): QueueNode {
  return { id, kind: 'queue', label: id, capacity: null, overflow: 'reject-new', ...patch };
}

export function edge(
  from: string,
  to: string,
  patch: Partial<Omit<ScenarioEdge, 'from' | 'to'>> = {},
): ScenarioEdge {
  return { from, to, weight: 1, latency: 0, ...patch };
}

export function scenario(
  nodes: ScenarioNode[],
  edges: ScenarioEdge[],
  seed = 1,
  faults: Fault[] = [],
): Scenario {
  return { version: 2, name: 'test', seed, nodes, edges, faults };
}

export function simulate(
  nodes: ScenarioNode[],
  edges: ScenarioEdge[],
  options: RunOptions & { seed?: number } = {},
) {
  return createSimulation(scenario(nodes, edges, options.seed ?? 1), options);
}

/** Runs to `untilS` and returns the report-free simulation (for chaining). */
export function runTo(sim: Simulation, untilS: number): Simulation {
  advanceTo(sim, untilS);
  return sim;
}

export function nodeIndex(sim: Simulation, id: string): number {
  const index = sim.nodeIndex.get(id);
  if (index === undefined) throw new Error(`no node ${id}`);
  return index;
}

/** Index of the edge from → to in scenario order. */
export function edgeIndex(sim: Simulation, from: string, to: string): number {
  const index = sim.scenario.edges.findIndex((e) => e.from === from && e.to === to);
  if (index < 0) throw new Error(`no edge ${from} → ${to}`);
  return index;
}

/** Tokens in flight by kind, counted in `sim.active` (0 request, 1 job, 2 branch call). */
export function activeByKind(sim: Simulation): [number, number, number] {
  const counts: [number, number, number] = [0, 0, 0];
  for (const token of sim.active) counts[token.kind as 0 | 1 | 2]++;
  return counts;
}

/**
 * Conservation, checked against the tokens actually in flight: for requests and for jobs,
 * created = finished + in flight, finished = Σ by outcome; and the snapshot agrees.
 * Returns a description of the first violation, or null.
 */
export function conservationViolation(sim: Simulation): string | null {
  const [requests, jobs] = activeByKind(sim);
  const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
  if (sim.requests.created !== sim.requests.finished + requests)
    return `requests: created ${sim.requests.created} ≠ finished ${sim.requests.finished} + active ${requests}`;
  if (sim.jobs.created !== sim.jobs.finished + jobs)
    return `jobs: created ${sim.jobs.created} ≠ finished ${sim.jobs.finished} + active ${jobs}`;
  if (sum(sim.requests.byOutcome) !== sim.requests.finished) return 'requests: Σ by outcome ≠ finished';
  if (sum(sim.jobs.byOutcome) !== sim.jobs.finished) return 'jobs: Σ by outcome ≠ finished';
  const totals = takeSnapshot(sim, 0).totals;
  if (totals.created !== sim.requests.created + sim.jobs.created) return 'snapshot created';
  if (totals.inFlight !== requests + jobs) return `snapshot inFlight ${totals.inFlight} ≠ ${requests + jobs}`;
  const byOutcome = Object.values(totals.byOutcome).reduce((x, y) => x + y, 0);
  if (byOutcome !== totals.finished) return 'snapshot Σ by outcome ≠ finished';
  return null;
}

/** Mean and standard error of a sample. */
export function meanAndSe(values: number[]): { mean: number; se: number } {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  return { mean, se: Math.sqrt(variance / n) };
}
