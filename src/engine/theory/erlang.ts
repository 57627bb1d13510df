/**
 * Closed forms of queueing theory for one station with Poisson arrivals at rate λ, c servers of
 * mean service time E[S] (μ = 1/E[S]). Offered load a = λ/μ, utilisation ρ = a/c.
 *
 * Every form here stays finite and accurate for c ≤ 1,000, waiting slots ≤ 1,000,000 and ρ up to
 * 1,000 (and beyond): nothing raises a number to a large power. M/M/c/K works in log space with
 * the geometric tail summed in closed form (expm1/log1p near ρ = 1), so its cost is O(c), not O(K).
 */
import { geometricMeanIndex, logGeometricSum, logGeometricSumBelowTop } from './geometric.ts';

/** Erlang C: the probability that an arrival waits, in an M/M/c queue with unbounded room (ρ < 1). */
export function erlangC(servers: number, offeredLoad: number): number {
  // Erlang B by its stable recurrence (each step a ratio in [0, 1]), then C = B / (1 − ρ(1 − B)).
  let erlangB = 1;
  for (let k = 1; k <= servers; k++) erlangB = (offeredLoad * erlangB) / (k + offeredLoad * erlangB);
  const rho = offeredLoad / servers;
  return erlangB / (1 - rho * (1 - erlangB));
}

/** M/M/c mean wait in line: C(c, a) / (cμ − λ). */
export function mmcMeanWaitS(servers: number, arrivalRatePerS: number, meanServiceS: number): number {
  const serviceRatePerS = 1 / meanServiceS;
  return erlangC(servers, arrivalRatePerS * meanServiceS) / (servers * serviceRatePerS - arrivalRatePerS);
}

export interface FiniteQueueFigures {
  /** Probability an arrival finds every server busy and every waiting slot taken. */
  blocking: number;
  meanQueueLength: number;
  /** Mean wait of the admitted arrivals (Little's law with the admitted rate). */
  meanWaitS: number;
  probabilityOfWaiting: number;
  /** Time-average number in the station (waiting and in service). */
  meanNumberInSystem: number;
}

/**
 * M/M/c/K with K = c + waiting slots, for any ρ (also far above 1). The stationary distribution is
 * p(n) ∝ aⁿ/n! for n ≤ c and p(c + j) = p(c)·ρʲ for j = 0…m (m waiting slots). The head (n < c)
 * is summed term by term in logs; the tail is a geometric series summed in closed form.
 */
export function mmcK(
  servers: number,
  waitingSlots: number,
  arrivalRatePerS: number,
  meanServiceS: number,
): FiniteQueueFigures {
  const c = servers;
  const m = waitingSlots;
  const offeredLoad = arrivalRatePerS * meanServiceS;
  const logA = Math.log(offeredLoad);
  const logRho = logA - Math.log(c);
  // log aⁿ/n! for n = 0…c by the recurrence log w(n) = log w(n−1) + log a − log n.
  const logHead = new Float64Array(c + 1);
  for (let n = 1; n <= c; n++) logHead[n] = logHead[n - 1] + logA - Math.log(n);
  // Logs of the tail's parts relative to an anchor: p(c) for ρ ≤ 1, the full state p(c + m) for
  // ρ > 1, so no log carries a huge m·ln ρ that would eat the digits of the small ones.
  const above = logRho > 0;
  const anchor = logHead[c] + (above ? m * logRho : 0);
  const logTail = above ? logGeometricSumBelowTop(logRho, m) : logGeometricSum(logRho, m);
  const logTailBelowFull =
    m === 0
      ? -Infinity
      : above
        ? logGeometricSumBelowTop(logRho, m - 1) - logRho
        : logGeometricSum(logRho, m - 1);
  const logFull = above ? 0 : m * logRho;
  let top = logTail;
  for (let n = 0; n < c; n++) top = Math.max(top, logHead[n] - anchor);
  let head = 0; // Σ_{n<c} p(n), scaled by e^−top
  let headBusy = 0; // Σ_{n<c} n·p(n), scaled
  for (let n = 0; n < c; n++) {
    const w = Math.exp(logHead[n] - anchor - top);
    head += w;
    headBusy += n * w;
  }
  const tail = Math.exp(logTail - top);
  const total = head + tail;
  const pTail = tail / total;
  const blocking = Math.exp(logFull - top) / total;
  // 1 − blocking and the waiting share, each summed directly so nothing cancels when blocking ≈ 1.
  const admitted = (head + Math.exp(logTailBelowFull - top)) / total;
  const waitingAdmitted = Math.exp(logTailBelowFull - top) / total;
  const meanQueueLength = pTail * geometricMeanIndex(logRho, m);
  const admittedRate = arrivalRatePerS * admitted;
  return {
    blocking,
    meanQueueLength,
    meanWaitS: admittedRate > 0 ? meanQueueLength / admittedRate : 0,
    probabilityOfWaiting: admitted > 0 ? waitingAdmitted / admitted : 1,
    meanNumberInSystem: headBusy / total + c * pTail + meanQueueLength,
  };
}
