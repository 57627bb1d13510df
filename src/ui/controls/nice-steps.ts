/**
 * Slider stops. A rate of 1/s and one of 1,000/s both matter in class, so wide ranges step through
 * "nice" values on a roughly logarithmic ladder (1, 1.5, 2, 3, 5, 7.5, 10, ...) instead of a
 * linear scale where the small values would be crammed into the first pixel.
 */
const MANTISSAS = [1, 1.5, 2, 3, 5, 7.5];

/** Nice values in [min, max]; `min` must be positive (prepend 0 yourself where "off" makes sense). */
export function niceSteps(min: number, max: number): number[] {
  const steps: number[] = [];
  const low = min;
  for (let exp = Math.floor(Math.log10(low)) - 1; exp <= Math.ceil(Math.log10(max)); exp++) {
    for (const m of MANTISSAS) {
      const v = Number((m * 10 ** exp).toPrecision(3));
      if (v >= low - 1e-12 && v <= max + 1e-12) steps.push(v);
    }
  }
  return steps;
}

export function integerSteps(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/** The stop nearest to `value` (in ratio for positive ladders), so any value maps to a position. */
export function nearestIndex(steps: readonly number[], value: number): number {
  let best = 0;
  let bestDistance = Infinity;
  steps.forEach((step, i) => {
    const distance =
      step > 0 && value > 0 && Number.isFinite(step) && Number.isFinite(value)
        ? Math.abs(Math.log(step / value))
        : step === value
          ? 0
          : Math.abs(step - value);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}
