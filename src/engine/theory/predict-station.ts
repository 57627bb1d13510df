/**
 * What theory predicts for a station, to show beside what the run measures. Exact where a closed
 * form exists (M/M/1, M/M/c with Erlang C, M/M/c/K at any load, M/D/1 and M/G/1 by
 * Pollaczek–Khinchine); an approximation (Allen–Cunneen) for several servers with
 * non-exponential service; `null` figures where nothing honest can be said. A queue's overflow
 * policy decides what a full line does: refuse the new job, lose the oldest, or hold the publisher.
 */
import type { PerSecond, Seconds } from '../../lib/units.ts';
import type { Distribution, OverflowPolicy } from '../../scenario/types.ts';
import { mmcK, mmcMeanWaitS, erlangC } from './erlang.ts';

export interface StationLoad {
  arrivalRatePerS: PerSecond;
  servers: number;
  serviceTime: Distribution;
  /** Waiting slots; null = unbounded. */
  capacity: number | null;
  /** A queue's policy when full; a service's full waiting room refuses the new arrival. */
  overflow?: OverflowPolicy;
}

export interface StationPrediction {
  /** Kendall notation of the model used, e.g. "M/M/3" or "M/D/1". */
  model: string;
  exact: boolean;
  /** Offered utilisation λ·E[S]/c. */
  utilization: number;
  overloaded: boolean;
  /**
   * With ρ ≥ 1 and unbounded room: how fast the line grows, λ − c/E[S]. Under `block` at ρ ≥ 1
   * the same growth, but at the publisher (the queue itself stays full).
   */
  backlogGrowthPerS: PerSecond;
  meanWaitS: Seconds | null;
  meanQueueLength: number | null;
  /** Mean wait plus mean service: arrival → finished, of the arrivals that are served. */
  meanTimeInSystemS: Seconds | null;
  probabilityOfWaiting: number | null;
  /** Share of arrivals that find the waiting room full (finite capacity), whatever then happens. */
  blocking: number | null;
  /** Share of arrivals lost: refused, evicted or dead-lettered; 0 under `block` (held instead). */
  dropProbability: number | null;
  /** Which job a full line loses: the new one, the oldest waiting, or none (the publisher is held). */
  loses: 'new' | 'oldest' | 'none' | null;
}

/** Second moment over squared mean, E[S²]/E[S]² = 1 + cv², of each distribution. */
function squaredCv(dist: Distribution): number {
  switch (dist.dist) {
    case 'exponential':
      return 1;
    case 'constant':
      return 0;
    case 'lognormal':
      return dist.cv * dist.cv;
    case 'uniform':
      return (dist.spread * dist.spread) / 3;
  }
}

const SYMBOL: Record<Distribution['dist'], string> = {
  exponential: 'M',
  constant: 'D',
  lognormal: 'G',
  uniform: 'G',
};

const NONE = {
  meanWaitS: null,
  meanQueueLength: null,
  meanTimeInSystemS: null,
  probabilityOfWaiting: null,
  blocking: null,
  dropProbability: null,
  loses: null,
} as const;

function losesOf(overflow: OverflowPolicy | undefined): StationPrediction['loses'] {
  if (overflow === 'block') return 'none';
  return overflow === 'drop-oldest' || overflow === 'dead-letter' ? 'oldest' : 'new';
}

export function predictStation(load: StationLoad): StationPrediction {
  const { arrivalRatePerS: lambda, servers: c, serviceTime, capacity, overflow } = load;
  const meanS = serviceTime.mean;
  const utilization = meanS > 0 ? (lambda * meanS) / c : 0;
  const symbol = SYMBOL[serviceTime.dist];
  const base = `M/${symbol}/${c}`;
  const withTime = (meanWaitS: number | null) => (meanWaitS === null ? null : meanWaitS + meanS);
  if (meanS === 0 || lambda <= 0) {
    return {
      model: base,
      exact: true,
      utilization,
      overloaded: false,
      backlogGrowthPerS: 0,
      ...NONE,
      meanWaitS: 0,
      meanQueueLength: 0,
      meanTimeInSystemS: meanS,
      probabilityOfWaiting: 0,
      blocking: capacity === null ? null : 0,
      dropProbability: capacity === null ? null : 0,
      loses: capacity === null ? null : losesOf(overflow),
    };
  }
  if (capacity !== null) {
    const model = `${base}/${c + capacity}`;
    if (symbol !== 'M') {
      return {
        model,
        exact: false,
        utilization,
        overloaded: utilization >= 1,
        backlogGrowthPerS: 0,
        ...NONE,
      };
    }
    return finiteRoom(load, model, utilization);
  }
  if (utilization >= 1) {
    return {
      model: base,
      exact: true,
      utilization,
      overloaded: true,
      backlogGrowthPerS: lambda - c / meanS,
      ...NONE,
    };
  }
  if (c === 1) {
    // Pollaczek–Khinchine: Wq = λ·E[S²] / (2(1 − ρ)); exact for any service distribution.
    const meanWaitS = (lambda * meanS * meanS * (1 + squaredCv(serviceTime))) / (2 * (1 - utilization));
    return {
      model: base,
      exact: true,
      utilization,
      overloaded: false,
      backlogGrowthPerS: 0,
      ...NONE,
      meanWaitS,
      meanQueueLength: lambda * meanWaitS,
      meanTimeInSystemS: withTime(meanWaitS),
      probabilityOfWaiting: utilization,
    };
  }
  const mmcWaitS = mmcMeanWaitS(c, lambda, meanS);
  // Allen–Cunneen: scale the M/M/c wait by (1 + cs²)/2 for other service-time variability.
  const meanWaitS = mmcWaitS * ((1 + squaredCv(serviceTime)) / 2);
  return {
    model: base,
    exact: symbol === 'M',
    utilization,
    overloaded: false,
    backlogGrowthPerS: 0,
    ...NONE,
    meanWaitS,
    meanQueueLength: lambda * meanWaitS,
    meanTimeInSystemS: withTime(meanWaitS),
    probabilityOfWaiting: symbol === 'M' ? erlangC(c, lambda * meanS) : null,
  };
}

/**
 * M/M/c/K, and what each overflow policy makes of it. The number waiting evolves the same under
 * `reject-new`, `drop-oldest` and `dead-letter` (a full line stays full either way), so the line
 * length and the share lost are the same; only which job is lost differs, and with it the wait of
 * the jobs that are served.
 */
function finiteRoom(load: StationLoad, model: string, utilization: number): StationPrediction {
  const { arrivalRatePerS: lambda, servers: c, serviceTime, overflow } = load;
  const m = load.capacity ?? 0;
  const meanS = serviceTime.mean;
  const drainPerS = c / meanS;
  const overloaded = utilization >= 1;
  const figures = mmcK(c, m, lambda, meanS);
  const loses = losesOf(overflow);
  const common = { utilization, overloaded, blocking: figures.blocking, loses };
  if (loses === 'none') {
    if (overloaded) {
      // Saturated backpressure: held publishers refill every slot at once, so the line stays at m
      // and a job that enters waits for m departures at rate cμ. Nothing is lost; the excess
      // λ − cμ piles up at the publisher instead.
      const meanWaitS = m / drainPerS;
      return {
        ...common,
        model: `${model} (publisher held)`,
        exact: true,
        backlogGrowthPerS: lambda - drainPerS,
        meanWaitS,
        meanQueueLength: m,
        meanTimeInSystemS: meanWaitS + meanS,
        probabilityOfWaiting: 1,
        blocking: 1,
        dropProbability: 0,
      };
    }
    // Below saturation a publish that finds the line full waits at its publisher instead of being
    // lost; the M/M/c/K line is then an approximation (held jobs come back as arrivals).
    return {
      ...common,
      model,
      exact: figures.blocking < 1e-9,
      backlogGrowthPerS: 0,
      meanWaitS: figures.meanWaitS,
      meanQueueLength: figures.meanQueueLength,
      meanTimeInSystemS: figures.meanWaitS + meanS,
      probabilityOfWaiting: figures.probabilityOfWaiting,
      dropProbability: 0,
    };
  }
  let meanWaitS = figures.meanWaitS;
  let exact = true;
  if (loses === 'oldest' && figures.blocking > 0) {
    // A full line loses its head, so a waiting job moves up on each departure (rate cμ) and on
    // each arrival at a full line (rate λ·P(full | all busy)). The FIFO wait scaled by that speed-up
    // is exact with no losses and close for a saturated line (m/λ: 16.7 s for the 30-vs-5 preset,
    // 16.6 s measured), an approximation between them.
    const busyShare = figures.probabilityOfWaiting * (1 - figures.blocking) + figures.blocking;
    const fullGivenBusy = busyShare > 0 ? figures.blocking / busyShare : 0;
    meanWaitS = (figures.meanWaitS * drainPerS) / (drainPerS + lambda * fullGivenBusy);
    exact = false;
  }
  return {
    ...common,
    model,
    exact,
    backlogGrowthPerS: 0,
    meanWaitS,
    meanQueueLength: figures.meanQueueLength,
    meanTimeInSystemS: meanWaitS + meanS,
    probabilityOfWaiting: figures.probabilityOfWaiting,
    dropProbability: figures.blocking,
  };
}
