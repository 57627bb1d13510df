/**
 * Theory beside measurement: for every station that queues (a service, a gateway, a queue with its
 * consumers, a `fifo` balancer with its servers) what queueing theory predicts from the *measured*
 * arrival rate, next to what the run measures, plus a live check of Little's law.
 *
 * Lives in src/state because the UI may not import the engine; the prediction itself is the
 * engine's pure `predictStation` (imported from its own module so nothing else of the engine is
 * pulled into the main bundle).
 */
import { predictStation, type StationPrediction } from '../engine/theory/predict-station.ts';
import type { NodeMetrics, RunReport } from '../engine/report-types.ts';
import type { Distribution, Scenario, ScenarioNode } from '../scenario/types.ts';
import type { LiveFigures } from './live-figures.ts';

export interface StationTheory {
  nodeId: string;
  /** What the station is, for the sentence: "this service", "the queue and its 2 consumers"… */
  station: string;
  /** λ measured over the last few simulated seconds (arrivals per second). */
  arrivalRatePerS: number;
  servers: number;
  meanServiceS: number;
  capacity: number | null;
  /** Offered load λ·E[S]/c from the measured λ. */
  rho: number;
  /** Measured share of workers busy (windowed). */
  measuredUtilization: number;
  prediction: StationPrediction;
  /** The closed form used, e.g. "M/M/1"; "approximation" when not exact. */
  model: string;
  exact: boolean;
  /** One sentence on when the prediction holds. */
  holds: string;
  overloaded: boolean;
  /** With ρ ≥ 1: how fast the backlog grows (λ − c/E[S]), whether or not a capacity stops it later. */
  growthPerS: number;
  /** With ρ ≥ 1 and a capacity: seconds from empty to full at that growth. */
  timeToFullS: number | null;
  /** Measured over the run so far (the engine's report); null before the first report. */
  measured: {
    meanWaitS: number;
    meanQueueLength: number;
    meanInSystem: number;
    meanTimeInSystemS: number;
    throughputPerS: number;
    /** Waiting right now (the live backlog). */
    waitingNow: number;
    /** Live growth of the waiting line, per second. */
    growthPerS: number;
  } | null;
  little: LittleCheck | null;
}

/** Little's law, L = λ·W, from measured figures only. */
export interface LittleCheck {
  /** Time-average number in the station (measured). */
  l: number;
  /** Throughput × mean time in the station (both measured). */
  lambdaW: number;
  /** |L − λW| / max(L, λW); 0 when both are 0. */
  relativeGap: number;
  /** Within 10 %, or both tiny. */
  holds: boolean;
}

function serviceOf(node: ScenarioNode): { workers: number; serviceTime: Distribution } | null {
  if (node.kind === 'service' || node.kind === 'gateway' || node.kind === 'orchestrator') {
    return { workers: node.workers, serviceTime: node.serviceTime };
  }
  return null;
}

/** Several servers pooled behind one line (a queue's consumers, a fifo balancer's targets). */
function pool(
  scenario: Scenario,
  fromId: string,
): { servers: number; serviceTime: Distribution; uniform: boolean; ids: string[] } | null {
  const ids = scenario.edges.filter((e) => e.from === fromId).map((e) => e.to);
  const nodes = ids
    .map((id) => scenario.nodes.find((n) => n.id === id))
    .filter((n): n is ScenarioNode => n !== undefined);
  let servers = 0;
  let weightedMean = 0;
  let first: Distribution | null = null;
  let uniform = true;
  for (const node of nodes) {
    const s = serviceOf(node);
    if (!s || (node.kind === 'service' && node.down)) continue;
    servers += s.workers;
    weightedMean += s.workers * s.serviceTime.mean;
    if (first === null) first = s.serviceTime;
    else if (first.dist !== s.serviceTime.dist || first.mean !== s.serviceTime.mean) uniform = false;
  }
  if (servers === 0 || first === null) return null;
  const serviceTime: Distribution = uniform
    ? first
    : ({ ...first, mean: weightedMean / servers } as Distribution);
  return { servers, serviceTime, uniform, ids };
}

const POISSON_NOTE = 'arrivals are close to Poisson (random and independent)';

function holdsSentence(
  model: string,
  exact: boolean,
  overloaded: boolean,
  pooled: boolean,
  capacity: number | null,
): string {
  if (overloaded && capacity === null) {
    return 'No steady state exists at ρ ≥ 1: the line grows for ever, so there is no mean wait to predict, only the growth rate.';
  }
  if (overloaded) {
    return `At ρ ≥ 1 the line grows until its ${capacity} places are full; from then on the ${model} figures describe the full line and how much is turned away.`;
  }
  const what = exact ? `${model} is exact` : `${model} here is an approximation`;
  return `${what} when ${POISSON_NOTE}, service times follow the chosen distribution and the run has reached steady state (after a warm-up, averaged over a long time)${pooled ? '; it treats all servers as one pool fed by one line' : ''}.`;
}

/** Runs shorter than this use the live (windowed) rate only. */
const STEADY_AFTER_S = 10;

/**
 * λ: the live rate over the last few seconds answers changes at once but jitters (±10 % for 30/s
 * over 4 s); the run's average is steady but lags a change. The run's average is used when the run
 * is ≥ 10 s long and it agrees with the live rate within 20 %, so a steady run shows steady figures
 * and a changed one follows the change.
 */
export function arrivalRate(live: LiveFigures, report: RunReport | null, nodeId: string): number {
  const windowed = Math.max(0, live.nodes[nodeId]?.arrivalsPerS ?? 0);
  const m = report?.nodes[nodeId];
  const spanS = report ? report.duration - report.warmup : 0;
  if (!m || spanS < STEADY_AFTER_S) return windowed;
  const average = m.arrivals / spanS;
  return Math.abs(average - windowed) <= 0.2 * Math.max(average, windowed) ? average : windowed;
}

function little(m: NodeMetrics): LittleCheck {
  const l = m.meanNumberInSystem;
  const lambdaW = m.throughput * m.meanTimeInSystem;
  const scale = Math.max(l, lambdaW);
  const relativeGap = scale > 1e-9 ? Math.abs(l - lambdaW) / scale : 0;
  return { l, lambdaW, relativeGap, holds: relativeGap <= 0.1 || scale < 0.02 };
}

/**
 * The theory of one station, or null when the node does not queue (a client, a non-fifo balancer,
 * an orchestrator, a queue without consumers). A queue consumer is described by its queue.
 */
export function stationTheory(
  scenario: Scenario,
  live: LiveFigures,
  report: RunReport | null,
  nodeId: string,
): StationTheory | null {
  const node = scenario.nodes.find((n) => n.id === nodeId);
  if (!node) return null;
  const figures = live.nodes[nodeId];
  const lambda = arrivalRate(live, report, nodeId);
  let servers: number;
  let serviceTime: Distribution;
  let capacity: number | null;
  let station: string;
  let pooled = false;
  let exactPool = true;
  let measuredUtilization = figures?.utilization ?? 0;

  if (node.kind === 'service' || node.kind === 'gateway') {
    if (node.kind === 'service' && node.down) return null;
    servers = node.workers;
    serviceTime = node.serviceTime;
    capacity = node.capacity;
    station = node.kind === 'gateway' ? 'the gateway' : 'this service';
  } else if (node.kind === 'queue' || (node.kind === 'loadBalancer' && node.algorithm === 'fifo')) {
    const p = pool(scenario, node.id);
    if (!p) return null;
    servers = p.servers;
    serviceTime = p.serviceTime;
    capacity = node.kind === 'queue' ? node.capacity : null;
    pooled = p.ids.length > 1 || p.servers > 1;
    exactPool = p.uniform;
    station =
      node.kind === 'queue'
        ? `the queue and its ${p.servers} consumer worker${p.servers === 1 ? '' : 's'}`
        : `the balancer's shared line and its ${p.servers} server worker${p.servers === 1 ? '' : 's'}`;
    let busy = 0;
    let weight = 0;
    for (const id of p.ids) {
      const f = live.nodes[id];
      if (!f) continue;
      busy += f.utilization * f.workers;
      weight += f.workers;
    }
    measuredUtilization = weight > 0 ? busy / weight : 0;
  } else {
    return null;
  }

  const prediction = predictStation({ arrivalRatePerS: lambda, servers, serviceTime, capacity });
  const meanS = serviceTime.mean;
  const rho = prediction.utilization;
  const overloaded = rho >= 1 && meanS > 0;
  const growthPerS = overloaded ? lambda - servers / meanS : 0;
  const timeToFullS = overloaded && capacity !== null && growthPerS > 0 ? capacity / growthPerS : null;
  const exact = prediction.exact && exactPool;
  const model = exact ? prediction.model : `${prediction.model} (approximation)`;

  const m = report?.nodes[nodeId];
  return {
    nodeId,
    station,
    arrivalRatePerS: lambda,
    servers,
    meanServiceS: meanS,
    capacity,
    rho,
    measuredUtilization,
    prediction,
    model,
    exact,
    holds: holdsSentence(prediction.model, exact, overloaded, pooled, capacity),
    overloaded,
    growthPerS,
    timeToFullS,
    measured: m
      ? {
          meanWaitS: m.meanWait,
          meanQueueLength: m.meanQueueLength,
          meanInSystem: m.meanNumberInSystem,
          meanTimeInSystemS: m.meanTimeInSystem,
          throughputPerS: m.throughput,
          waitingNow: (figures?.waiting ?? 0) + (figures?.held ?? 0),
          growthPerS: figures?.waitingGrowthPerS ?? 0,
        }
      : null,
    little: m ? little(m) : null,
  };
}

/** ρ of a station for the compact badge on the graph node, or null when it does not queue. */
export function stationRho(
  scenario: Scenario,
  live: LiveFigures,
  report: RunReport | null,
  nodeId: string,
): number | null {
  // A queue's consumer shares the queue's line: the queue shows the station's ρ.
  const queues = new Set(scenario.nodes.filter((n) => n.kind === 'queue').map((n) => n.id));
  if (scenario.edges.some((e) => e.to === nodeId && queues.has(e.from))) return null;
  const t = stationTheory(scenario, live, report, nodeId);
  return t === null ? null : t.rho;
}
