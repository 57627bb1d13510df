/**
 * Student-t quantiles for confidence intervals over replications. Computed, not tabulated, so
 * any number of replications gets its exact quantile: the CDF of t with an integer number of
 * degrees of freedom has a closed form (Abramowitz & Stegun 26.7.3–26.7.4), inverted by bisection.
 */

/** P(|T| ≤ t) for T ~ Student-t with `df` (a whole number ≥ 1) degrees of freedom, t ≥ 0. */
export function studentTCentralProbability(t: number, df: number): number {
  const theta = Math.atan(t / Math.sqrt(df));
  const cos2 = Math.cos(theta) ** 2;
  if (df % 2 === 1) {
    // Odd: (2/π)[θ + sinθ cosθ (1 + 2/3 cos²θ + 2·4/(3·5) cos⁴θ + …)], df − 1 terms / 2.
    let term = 1;
    let sum = df > 1 ? 1 : 0;
    for (let k = 1; k <= (df - 3) / 2; k++) {
      term *= ((2 * k) / (2 * k + 1)) * cos2;
      sum += term;
    }
    return (2 / Math.PI) * (theta + Math.sin(theta) * Math.cos(theta) * sum);
  }
  // Even: sinθ (1 + 1/2 cos²θ + 1·3/(2·4) cos⁴θ + …), df / 2 terms.
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= (df - 2) / 2; k++) {
    term *= ((2 * k - 1) / (2 * k)) * cos2;
    sum += term;
  }
  return Math.sin(theta) * sum;
}

const cache = new Map<number, number>();

/**
 * The two-sided 95% quantile t(0.975, df): 12.706 for df = 1, 2.776 for 4, 2.262 for 9,
 * tending to 1.960. Bisection to 1e-12, cached per df.
 */
export function tQuantile975(df: number): number {
  if (!Number.isInteger(df) || df < 1)
    throw new RangeError(`degrees of freedom must be a whole number ≥ 1; got ${df}`);
  const known = cache.get(df);
  if (known !== undefined) return known;
  let low = 0;
  let high = 20; // t(0.975, 1) = 12.71 is the largest of them all
  while (high - low > 1e-12) {
    const mid = (low + high) / 2;
    if (studentTCentralProbability(mid, df) < 0.95) low = mid;
    else high = mid;
  }
  const quantile = (low + high) / 2;
  cache.set(df, quantile);
  return quantile;
}
