import { describe, expect, it } from 'vitest';
import { estimate, summarizeRecords } from '../../src/cli/replication-stats.ts';
import { studentTCentralProbability, tQuantile975 } from '../../src/cli/t-quantile.ts';

describe('tQuantile975', () => {
  it('matches the published table of t(0.975, df)', () => {
    // Any table of Student-t critical values (two-sided 95%), to 3 decimals.
    // prettier-ignore
    const table: Array<[number, number]> = [
      [1, 12.706], [2, 4.303], [3, 3.182], [4, 2.776], [5, 2.571], [9, 2.262],
      [10, 2.228], [20, 2.086], [30, 2.042], [100, 1.984],
    ];
    for (const [df, quantile] of table) expect(tQuantile975(df)).toBeCloseTo(quantile, 3);
  });

  it('tends to the normal quantile 1.960 and inverts the CDF it is built on', () => {
    expect(tQuantile975(1000)).toBeCloseTo(1.9623, 4);
    for (const df of [1, 2, 7, 50])
      expect(studentTCentralProbability(tQuantile975(df), df)).toBeCloseTo(0.95, 10);
  });

  it('refuses degrees of freedom that are not whole numbers of at least 1', () => {
    expect(() => tQuantile975(0)).toThrow(RangeError);
    expect(() => tQuantile975(2.5)).toThrow(RangeError);
  });
});

describe('estimate', () => {
  it('gives the Student-t 95% half-width, computed by hand', () => {
    // 1..5: mean 3, sample variance 2.5, standard error √(2.5/5) = 0.70711, t(0.975, 4) = 2.77645.
    const { mean, halfWidth } = estimate([1, 2, 3, 4, 5]);
    expect(mean).toBe(3);
    expect(halfWidth).toBeCloseTo(2.776445 * Math.sqrt(0.5), 5);
    expect(halfWidth).toBeCloseTo(1.96324, 4);
  });

  it('has no interval for one value and no mean for none; nulls are left out', () => {
    expect(estimate([4])).toEqual({ mean: 4, halfWidth: null });
    expect(estimate([null, null])).toEqual({ mean: null, halfWidth: null });
    // Two values 10 and 20: mean 15, s = 7.0711, se = 5, t(0.975, 1) = 12.7062.
    const pair = estimate([10, null, 20]);
    expect(pair.mean).toBe(15);
    expect(pair.halfWidth).toBeCloseTo(63.531, 2);
  });

  it('gives a zero half-width when every replication agrees', () => {
    expect(estimate([2, 2, 2])).toEqual({ mean: 2, halfWidth: 0 });
  });
});

describe('summarizeRecords', () => {
  it('averages field by field, recursing into nested records, with half-widths beside', () => {
    const { mean, ci95 } = summarizeRecords([
      { kind: 'queue', arrivals: 10, failed: { 'queue-full': 4 }, firstDropAt: 12, latency: { p50: 1 } },
      { kind: 'queue', arrivals: 14, failed: {}, firstDropAt: null, latency: { p50: 3 } },
    ]);
    expect(mean).toEqual({
      kind: 'queue',
      arrivals: 12,
      // Missing from the second run means none happened there: (4 + 0) / 2.
      failed: { 'queue-full': 2 },
      // Over the replications that dropped only.
      firstDropAt: 12,
      latency: { p50: 2 },
    });
    expect(Object.keys(ci95)).toEqual(['arrivals', 'failed', 'firstDropAt', 'latency']);
    expect(ci95.arrivals).toBeCloseTo(12.7062 * 2, 3);
    expect(ci95.firstDropAt).toBeNull();
    expect((ci95.latency as { p50: number }).p50).toBeCloseTo(12.7062, 3);
  });
});
