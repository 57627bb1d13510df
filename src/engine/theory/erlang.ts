/**
 * Closed forms of queueing theory for one station with Poisson arrivals at rate λ, c servers of
 * mean service time E[S] (μ = 1/E[S]). Offered load a = λ/μ, utilisation ρ = a/c.
 */

/** Erlang C: the probability that an arrival waits, in an M/M/c queue with unbounded room (ρ < 1). */
export function erlangC(servers: number, offeredLoad: number): number {
  // Erlang B by its stable recurrence, then C = B / (1 − ρ(1 − B)).
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
}

/**
 * M/M/c/K with K = c + waiting slots: the birth–death stationary distribution, computed with
 * running ratios so large K stays finite. Valid for any ρ, also above 1.
 */
export function mmcK(
  servers: number,
  waitingSlots: number,
  arrivalRatePerS: number,
  meanServiceS: number,
): FiniteQueueFigures {
  const capacity = servers + waitingSlots;
  const offeredLoad = arrivalRatePerS * meanServiceS;
  const weights = [1];
  for (let n = 1; n <= capacity; n++) weights.push((weights[n - 1] * offeredLoad) / Math.min(n, servers));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let meanQueueLength = 0;
  let waitingArrivals = 0;
  for (let n = servers; n <= capacity; n++) {
    meanQueueLength += ((n - servers) * weights[n]) / total;
    if (n < capacity) waitingArrivals += weights[n] / total;
  }
  const blocking = weights[capacity] / total;
  const admittedRate = arrivalRatePerS * (1 - blocking);
  return {
    blocking,
    meanQueueLength,
    meanWaitS: admittedRate > 0 ? meanQueueLength / admittedRate : 0,
    probabilityOfWaiting: blocking < 1 ? waitingArrivals / (1 - blocking) : 1,
  };
}
