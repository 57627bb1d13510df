/**
 * The truncated geometric series Σ_{j=0..k} rʲ, written with x = ln r, in forms that neither
 * overflow for r ≫ 1 and k large (ρ = 1,000, a million slots) nor lose digits near r = 1.
 */

/** log Σ_{j=0..k} e^{x·j}; −∞ for k < 0 (an empty sum). */
export function logGeometricSum(x: number, k: number): number {
  if (k < 0) return -Infinity;
  if (x === 0) return Math.log(k + 1);
  if (x < 0) return Math.log(Math.expm1((k + 1) * x) / Math.expm1(x));
  // Factor out the largest term e^{x·k}: what is left is a sum with ratio e^{−x} < 1.
  return k * x + logGeometricSumBelowTop(x, k);
}

/** log Σ_{j=0..k} e^{x·j} − k·x for x > 0, computed without forming k·x (no digits lost to it). */
export function logGeometricSumBelowTop(x: number, k: number): number {
  if (k < 0) return -Infinity;
  return Math.log(Math.expm1(-(k + 1) * x) / Math.expm1(-x));
}

/** y / (1 − e^{−y}), which is 1 + y/2 + y²/12 − … near 0. */
function h(y: number): number {
  return y === 0 ? 1 : y / -Math.expm1(-y);
}

/**
 * The mean index E[j] of the distribution p(j) ∝ e^{x·j} on j = 0…k: d/dx log Σ e^{x·j}
 * = (h((k+1)x) − h(x)) / x. Where (k+1)|x| is tiny that difference cancels, so the series
 * k/2 + k(k+2)x/12 is used instead (its next term is below 10⁻¹¹ of the value there).
 */
export function geometricMeanIndex(x: number, k: number): number {
  if (k <= 0) return 0;
  const u = (k + 1) * x;
  if (Math.abs(u) < 1e-3) return k / 2 + (k * (k + 2) * x) / 12;
  return (h(u) - h(x)) / x;
}
