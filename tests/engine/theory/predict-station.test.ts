/**
 * The closed forms the app shows beside measurements, against textbook values computed by hand
 * (tolerances are rounding of the printed values only: these are exact formulas).
 */
import { describe, expect, it } from 'vitest';
import { erlangC, mmcK } from '../../../src/engine/theory/erlang.ts';
import { predictStation } from '../../../src/engine/theory/predict-station.ts';

const exp = (mean: number) => ({ dist: 'exponential', mean }) as const;

describe('predictStation', () => {
  it('M/M/1 at λ=8, μ=10: Wq = ρ/(μ−λ) = 0.4 s, Lq = 3.2', () => {
    const p = predictStation({ arrivalRatePerS: 8, servers: 1, serviceTime: exp(0.1), capacity: null });
    expect(p.model).toBe('M/M/1');
    expect(p.utilization).toBeCloseTo(0.8, 12);
    expect(p.meanWaitS).toBeCloseTo(0.4, 12);
    expect(p.meanQueueLength).toBeCloseTo(3.2, 12);
  });

  it('M/D/1 at ρ=0.5: Wq = ρ/(2μ(1−ρ)) = 0.05 s', () => {
    const p = predictStation({
      arrivalRatePerS: 5,
      servers: 1,
      serviceTime: { dist: 'constant', mean: 0.1 },
      capacity: null,
    });
    expect(p.model).toBe('M/D/1');
    expect(p.meanWaitS).toBeCloseTo(0.05, 12);
  });

  it('M/M/7 for 30/s over consumers at 5/s: Erlang C ≈ 0.6138, Wq ≈ 0.1228 s', () => {
    const p = predictStation({ arrivalRatePerS: 30, servers: 7, serviceTime: exp(0.2), capacity: null });
    expect(p.model).toBe('M/M/7');
    expect(p.probabilityOfWaiting).toBeCloseTo(0.6138, 4);
    expect(p.meanWaitS).toBeCloseTo(0.1228, 4);
    expect(erlangC(1, 0.8)).toBeCloseTo(0.8, 12); // one server: P(wait) = ρ
  });

  it('M/M/1/5 blocking = (1−ρ)ρ^K/(1−ρ^(K+1)), also above ρ = 1', () => {
    for (const rho of [0.8, 1.5]) {
      const exact = ((1 - rho) * rho ** 5) / (1 - rho ** 6);
      expect(mmcK(1, 4, rho * 10, 0.1).blocking).toBeCloseTo(exact, 12);
    }
    const p = predictStation({ arrivalRatePerS: 8, servers: 1, serviceTime: exp(0.1), capacity: 4 });
    expect(p.model).toBe('M/M/1/5');
    expect(p.blocking).toBeCloseTo(0.0888, 4);
  });

  it('says an unbounded station at ρ ≥ 1 is overloaded and how fast its line grows (30 vs 5: 25/s)', () => {
    const p = predictStation({ arrivalRatePerS: 30, servers: 1, serviceTime: exp(0.2), capacity: null });
    expect(p.overloaded).toBe(true);
    expect(p.utilization).toBeCloseTo(6, 12);
    expect(p.backlogGrowthPerS).toBeCloseTo(25, 12);
    expect(p.meanWaitS).toBeNull();
  });

  it('six consumers at 5/s for 30/s are exactly at capacity: overloaded, no growth on average', () => {
    const p = predictStation({ arrivalRatePerS: 30, servers: 6, serviceTime: exp(0.2), capacity: null });
    expect(p.utilization).toBeCloseTo(1, 12);
    expect(p.overloaded).toBe(true);
    expect(p.backlogGrowthPerS).toBeCloseTo(0, 12);
  });

  it('uses Pollaczek–Khinchine for one server with any distribution, and flags approximations', () => {
    const lognormal = { dist: 'lognormal', mean: 0.1, cv: 2 } as const;
    const p = predictStation({ arrivalRatePerS: 5, servers: 1, serviceTime: lognormal, capacity: null });
    expect(p.exact).toBe(true);
    expect(p.meanWaitS).toBeCloseTo((5 * 0.01 * (1 + 4)) / (2 * 0.5), 12);
    const q = predictStation({ arrivalRatePerS: 20, servers: 3, serviceTime: lognormal, capacity: null });
    expect(q.exact).toBe(false);
  });
});
