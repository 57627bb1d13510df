/**
 * Theory beside measurement: for every station that queues (a service, a gateway, a queue with its
 * consumers, a `fifo` balancer with its servers) what queueing theory predicts from the *measured*
 * arrival rate, next to what the run measures, plus a live check of Little's law.
 *
 * Lives in src/state because the UI may not import the engine; the prediction itself is the
 * engine's pure `nodeTheory` (the same code the runner's `--theory` uses, imported from its own
 * module so nothing else of the engine is pulled into the main bundle).
 */
import { nodeTheory, offeredRatePerS } from '../engine/theory/node-theory.ts';
import type { StationPrediction } from '../engine/theory/predict-station.ts';
import type { NodeMetrics, RunReport } from '../engine/report-types.ts';
import type { OverflowPolicy, Scenario } from '../scenario/types.ts';
import type { LiveFigures } from './live-figures.ts';
import { arrivalRate } from './station-rho.ts';

export { arrivalRate } from './station-rho.ts';

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
    /** Share of arrivals lost (refused, evicted, dead-lettered, rate-limited) over the run. */
    dropProbability: number;
    /** Waiting right now (the live backlog). */
    waitingNow: number;
    /** Live growth of the waiting line, per second. */
    growthPerS: number;
  } | null;
  little: LittleCheck | null;
  /** A queue's policy when full (null for other stations). */
  overflow: OverflowPolicy | null;
  /** Jobs held right now by this queue's publishers (under `block`). */
  heldAtPublishers: number;
  /** Jobs this node holds right now because the queue it publishes to is full (its workers are held). */
  heldHere: number;
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

const POISSON_NOTE = 'arrivals are close to Poisson (random and independent)';

const LOST_JOB: Record<OverflowPolicy, string> = {
  'reject-new': 'the arriving job is refused (queue-full)',
  'drop-oldest': 'the oldest waiting job is thrown away (evicted) to make room for the new one',
  'dead-letter': 'the oldest waiting job is moved to the dead-letter store to make room for the new one',
  block: 'nothing is turned away',
};

function holdsSentence(
  model: string,
  exact: boolean,
  overloaded: boolean,
  pooled: boolean,
  capacity: number | null,
  overflow: OverflowPolicy | undefined,
): string {
  if (overloaded && capacity === null) {
    return 'No steady state exists at ρ ≥ 1: the line grows for ever, so there is no mean wait to predict, only the growth rate.';
  }
  if (overloaded && overflow === 'block') {
    return `At ρ ≥ 1 the line grows until its ${capacity} places are full. Under “block” nothing is turned away: each publisher holds its job (and the worker that made it) until a place frees, so the line stays full, a job waits for ${capacity} departures, and the backlog moves upstream to the publisher.`;
  }
  if (overloaded) {
    const what = overflow ? LOST_JOB[overflow] : 'the arriving request is refused (queue-full)';
    return `At ρ ≥ 1 the line grows until its ${capacity} places are full; from then on ${what}, and the ${model} figures describe the full line and how much is lost.`;
  }
  const what = exact ? `${model} is exact` : `${model} here is an approximation`;
  const policy =
    capacity !== null && overflow && overflow !== 'reject-new'
      ? `; when the line is full, ${LOST_JOB[overflow]}`
      : '';
  return `${what} when ${POISSON_NOTE}, service times follow the chosen distribution and the run has reached steady state (after a warm-up, averaged over a long time)${pooled ? '; it treats all servers as one pool fed by one line' : ''}${policy}.`;
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
  const figures = live.nodes[nodeId];
  const shape = nodeTheory(scenario, nodeId, 0)?.station;
  if (!shape) return null;
  const heldAt = (id: string) => live.nodes[id]?.held ?? 0;
  const lambda = offeredRatePerS(scenario, nodeId, (id) => arrivalRate(live, report, id), heldAt);
  const publishers = scenario.edges.filter((e) => e.to === nodeId).map((e) => e.from);
  const heldAtPublishers = publishers.reduce((sum, id) => sum + heldAt(id), 0);
  const theory = nodeTheory(scenario, nodeId, lambda);
  if (!theory) return null;
  const { prediction } = theory;
  const { servers, capacity } = shape;
  let measuredUtilization = figures?.utilization ?? 0;
  if (shape.kind === 'queue' || shape.kind === 'fifo-balancer') {
    let busy = 0;
    let weight = 0;
    for (const id of shape.serverIds) {
      const f = live.nodes[id];
      if (!f) continue;
      busy += f.utilization * f.workers;
      weight += f.workers;
    }
    measuredUtilization = weight > 0 ? busy / weight : 0;
  }
  const workerWord = `worker${servers === 1 ? '' : 's'}`;
  const station =
    shape.kind === 'gateway'
      ? 'the gateway'
      : shape.kind === 'service'
        ? 'this service'
        : shape.kind === 'queue'
          ? `the queue and its ${servers} consumer ${workerWord}`
          : `the balancer's shared line and its ${servers} server ${workerWord}`;
  const meanS = shape.serviceTime.mean;
  const rho = prediction.utilization;
  const overloaded = rho >= 1 && meanS > 0;
  const growthPerS = overloaded ? lambda - servers / meanS : 0;
  const timeToFullS = overloaded && capacity !== null && growthPerS > 0 ? capacity / growthPerS : null;
  const { exact, model } = theory;
  const heldHere = figures?.held ?? 0;

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
    holds: holdsSentence(prediction.model, exact, overloaded, shape.pooled, capacity, shape.overflow),
    overflow: shape.overflow ?? null,
    heldAtPublishers,
    heldHere,
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
          dropProbability: m.dropProbability,
          waitingNow: (figures?.waiting ?? 0) + (figures?.held ?? 0),
          growthPerS: figures?.waitingGrowthPerS ?? 0,
        }
      : null,
    little: m ? little(m) : null,
  };
}
