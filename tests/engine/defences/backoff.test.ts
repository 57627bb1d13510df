/**
 * Backoff waits per jitter mode (DESIGN.md section 8), with d = min(max, base·multiplierⁿ⁻¹):
 * none → d; full → U(0, d), mean d/2; equal → d/2 + U(0, d/2), mean 3d/4; decorrelated →
 * min(max, U(base, 3·previous)), mean (base + 3·previous)/2 below the cap.
 *
 * Tolerance basis: 200,000 draws of a uniform of width w have a standard error of
 * w/√(12·200,000) ≈ 0.00065·w; the means are checked to 5 standard errors.
 */
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../../src/engine/random.ts';
import { backoffWaitS } from '../../../src/engine/retry-policy.ts';
import type { Backoff, JitterMode } from '../../../src/scenario/types.ts';

const N = 200_000;
const backoff = (jitter: JitterMode): Backoff => ({ base: 0.1, max: 10, multiplier: 2, jitter });

function sample(jitter: JitterMode, n: number, previousS: number) {
  const random = new RandomStream(42, 'backoff-test');
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < N; i++) {
    const wait = backoffWaitS(backoff(jitter), n, previousS, random);
    sum += wait;
    min = Math.min(min, wait);
    max = Math.max(max, wait);
  }
  return { mean: sum / N, min, max };
}

const se = (width: number) => width / Math.sqrt(12 * N);

describe('backoff waits', () => {
  it('none: exactly d = min(max, base·2ⁿ⁻¹), capped at max', () => {
    const random = new RandomStream(1, 'x');
    expect([1, 2, 3, 4].map((n) => backoffWaitS(backoff('none'), n, 0, random))).toEqual([
      0.1, 0.2, 0.4, 0.8,
    ]);
    expect(backoffWaitS(backoff('none'), 12, 0, random)).toBe(10);
  });

  for (const n of [1, 3]) {
    const d = 0.1 * 2 ** (n - 1);
    it(`full, retry ${n}: U(0, ${d}) — mean d/2, within [0, d]`, () => {
      const s = sample('full', n, 0);
      expect(s.min).toBeGreaterThanOrEqual(0);
      expect(s.max).toBeLessThanOrEqual(d);
      expect(Math.abs(s.mean - d / 2)).toBeLessThan(5 * se(d));
    });
    it(`equal, retry ${n}: d/2 + U(0, d/2) — mean 3d/4, within [d/2, d]`, () => {
      const s = sample('equal', n, 0);
      expect(s.min).toBeGreaterThanOrEqual(d / 2);
      expect(s.max).toBeLessThanOrEqual(d);
      expect(Math.abs(s.mean - (3 * d) / 4)).toBeLessThan(5 * se(d / 2));
    });
  }

  it('decorrelated: U(base, 3·previous), mean (base + 3·previous)/2, capped at max', () => {
    const first = sample('decorrelated', 1, 0.1);
    expect(first.min).toBeGreaterThanOrEqual(0.1);
    expect(first.max).toBeLessThanOrEqual(0.3);
    expect(Math.abs(first.mean - 0.2)).toBeLessThan(5 * se(0.2));
    const later = sample('decorrelated', 4, 2);
    expect(Math.abs(later.mean - (0.1 + 6) / 2)).toBeLessThan(5 * se(5.9));
    const capped = sample('decorrelated', 6, 8);
    expect(capped.max).toBe(10);
    // P(U(0.1, 24) ≥ 10) = 14/23.9 of the draws sit at the cap.
  });
});
