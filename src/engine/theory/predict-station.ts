/**
 * What theory predicts for a station, to show beside what the run measures. Exact where a closed
 * form exists (M/M/1, M/M/c with Erlang C, M/M/c/K, M/D/1 and M/G/1 by Pollaczek–Khinchine); an
 * approximation (Allen–Cunneen) for several servers with non-exponential service; `null` figures
 * where nothing honest can be said.
 */
import type { PerSecond, Seconds } from '../../lib/units.ts';
import type { Distribution } from '../../scenario/types.ts';
import { mmcK, mmcMeanWaitS, erlangC } from './erlang.ts';

export interface StationLoad {
  arrivalRatePerS: PerSecond;
  servers: number;
  serviceTime: Distribution;
  /** Waiting slots; null = unbounded. */
  capacity: number | null;
}

export interface StationPrediction {
  /** Kendall notation of the model used, e.g. "M/M/3" or "M/D/1". */
  model: string;
  exact: boolean;
  /** Offered utilisation λ·E[S]/c. */
  utilization: number;
  overloaded: boolean;
  /** With ρ ≥ 1 and unbounded room: how fast the line grows, λ − c/E[S]. */
  backlogGrowthPerS: PerSecond;
  meanWaitS: Seconds | null;
  meanQueueLength: number | null;
  probabilityOfWaiting: number | null;
  /** Share of arrivals refused for a full waiting room (finite capacity). */
  blocking: number | null;
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

export function predictStation(load: StationLoad): StationPrediction {
  const { arrivalRatePerS: lambda, servers: c, serviceTime, capacity } = load;
  const meanS = serviceTime.mean;
  const utilization = meanS > 0 ? (lambda * meanS) / c : 0;
  const symbol = SYMBOL[serviceTime.dist];
  const base = `M/${symbol}/${c}`;
  const none = { meanWaitS: null, meanQueueLength: null, probabilityOfWaiting: null, blocking: null };
  if (meanS === 0 || lambda <= 0) {
    return {
      model: base,
      exact: true,
      utilization,
      overloaded: false,
      backlogGrowthPerS: 0,
      ...none,
      meanWaitS: 0,
      meanQueueLength: 0,
      probabilityOfWaiting: 0,
    };
  }
  if (capacity !== null) {
    if (symbol !== 'M') {
      return {
        model: `${base}/${c + capacity}`,
        exact: false,
        utilization,
        overloaded: utilization >= 1,
        backlogGrowthPerS: 0,
        ...none,
      };
    }
    const figures = mmcK(c, capacity, lambda, meanS);
    return {
      model: `M/M/${c}/${c + capacity}`,
      exact: true,
      utilization,
      overloaded: utilization >= 1,
      backlogGrowthPerS: 0,
      ...figures,
    };
  }
  if (utilization >= 1) {
    return {
      model: base,
      exact: true,
      utilization,
      overloaded: true,
      backlogGrowthPerS: lambda - c / meanS,
      ...none,
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
      meanWaitS,
      meanQueueLength: lambda * meanWaitS,
      probabilityOfWaiting: utilization,
      blocking: null,
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
    meanWaitS,
    meanQueueLength: lambda * meanWaitS,
    probabilityOfWaiting: symbol === 'M' ? erlangC(c, lambda * meanS) : null,
    blocking: null,
  };
}
