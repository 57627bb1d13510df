import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Histogram } from '../../src/engine/histogram.ts';
import { RandomStream } from '../../src/engine/random.ts';

/** The smallest sample with at least q·n samples at or below it (the histogram's definition). */
function exactQuantile(sorted: number[], q: number): number {
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1];
}

const QUANTILES = [0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1];

function check(values: number[]) {
  const histogram = new Histogram();
  for (const v of values) histogram.record(v);
  const sorted = [...values].sort((a, b) => a - b);
  expect(histogram.count).toBe(values.length);
  for (const q of QUANTILES) {
    const exact = exactQuantile(sorted, q);
    const estimate = histogram.quantile(q);
    expect(
      Math.abs(estimate - exact) / exact,
      `q=${q} exact=${exact} estimate=${estimate}`,
    ).toBeLessThanOrEqual(0.01);
  }
}

describe('latency histogram', () => {
  it('quantiles within 1% of the exact sample quantiles (exponential, lognormal, uniform data)', () => {
    const random = new RandomStream(42, 'histogram');
    const exponential = Array.from({ length: 100_000 }, () => random.exponential(0.25) + 1e-5);
    const lognormal = Array.from({ length: 50_000 }, () => {
      const u = 1 - random.next();
      const v = random.next();
      return Math.exp(-3 + 2 * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
    });
    const uniform = Array.from({ length: 50_000 }, () => 0.5 + random.next());
    check(exponential);
    check(lognormal);
    check(uniform);
  });

  it('quantiles within 1% on arbitrary data from 10 µs to 10⁶ s (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -5, max: 6, noNaN: true }), { minLength: 1, maxLength: 400 }),
        (exponents) => check(exponents.map((e) => 10 ** e)),
      ),
      { numRuns: 200 },
    );
  });

  it('counts values below its resolution as 0 and an empty histogram reads 0', () => {
    const histogram = new Histogram();
    expect(histogram.quantile(0.5)).toBe(0);
    histogram.record(0);
    histogram.record(0);
    histogram.record(1);
    expect(histogram.quantile(0.5)).toBe(0);
    expect(Math.abs(histogram.quantile(1) - 1)).toBeLessThanOrEqual(0.01);
  });
});
