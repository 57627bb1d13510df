/**
 * M/M/1 (λ = 8, μ = 10, ρ = 0.8) and M/D/1 (λ = 8, D = 0.1 s).
 *
 * Tolerance basis for every check: 20 independent replications of 4,000 s after a 200 s warm-up
 * (the M/M/1 relaxation time 1/(√μ − √λ)² ≈ 9 s, so the warm-up is > 20 relaxation times and
 * the initial-state bias is negligible next to the standard error). Each check allows 4 standard
 * errors of the replication mean (t₁₉: p ≈ 8·10⁻⁴) and requires that standard error to be under 2%
 * of the theoretical value, so an engine a few percent off fails.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { client, constant, edge, exponential, service } from '../build-scenario.ts';
import { expectWithin, expectWithinSe, replicate, type Replicated } from './replicate.ts';

const LAMBDA = 8;
const MU = 10;
const RHO = LAMBDA / MU;
const RUN = { replications: 20, warmupS: 200, durationS: 4000 };

describe('M/M/1, λ = 8, μ = 10', () => {
  let runs: Replicated;
  beforeAll(() => {
    runs = replicate(
      [client('c', { rate: LAMBDA }), service('s', { serviceTime: exponential(1 / MU) })],
      [edge('c', 's')],
      RUN,
    );
  });

  it('mean wait Wq = ρ/(μ − λ) = 0.4 s and time in system W = 1/(μ − λ) = 0.5 s', () => {
    expectWithinSe(
      'M/M/1 Wq',
      runs.stat((r) => r.nodes.s.meanWait),
      RHO / (MU - LAMBDA),
    );
    expectWithinSe(
      'M/M/1 W',
      runs.stat((r) => r.nodes.s.meanTimeInSystem),
      1 / (MU - LAMBDA),
    );
    expectWithinSe(
      'M/M/1 client latency',
      runs.stat((r) => r.clients.c.latency.mean),
      1 / (MU - LAMBDA),
    );
  });

  it('utilisation = ρ = 0.8, P(wait) = ρ (PASTA), throughput = λ', () => {
    expectWithinSe(
      'M/M/1 utilization',
      runs.stat((r) => r.nodes.s.utilization),
      RHO,
      { maxRelativeSe: 0.005 },
    );
    expectWithinSe(
      'M/M/1 P(wait)',
      runs.stat((r) => r.nodes.s.probabilityOfWaiting),
      RHO,
      { maxRelativeSe: 0.005 },
    );
    expectWithinSe(
      'M/M/1 throughput',
      runs.stat((r) => r.nodes.s.throughput),
      LAMBDA,
      { maxRelativeSe: 0.005 },
    );
  });

  it('Lq = ρ²/(1 − ρ) = 3.2 and L = ρ/(1 − ρ) = 4', () => {
    expectWithinSe(
      'M/M/1 Lq',
      runs.stat((r) => r.nodes.s.meanQueueLength),
      (RHO * RHO) / (1 - RHO),
    );
    expectWithinSe(
      'M/M/1 L',
      runs.stat((r) => r.nodes.s.meanNumberInSystem),
      RHO / (1 - RHO),
    );
  });

  it('time in system is Exp(μ − λ): p50, p95, p99 = −ln(1 − q)/(μ − λ)', () => {
    // The histogram adds at most 1% (0.78%) on top of the sampling error; the sampling error of a
    // quantile is estimated from the replications like any other metric. Tolerance: 4 SE + 1%.
    for (const [q, pick] of [
      [0.5, (r: (typeof runs.reports)[number]) => r.nodes.s.p50],
      [0.95, (r: (typeof runs.reports)[number]) => r.nodes.s.p95],
      [0.99, (r: (typeof runs.reports)[number]) => r.nodes.s.p99],
    ] as const) {
      const theory = -Math.log(1 - q) / (MU - LAMBDA);
      const stat = runs.stat(pick);
      // Tail quantiles of correlated waits vary more between runs: p99's SE is ≈ 2.5% here.
      expect(stat.se).toBeLessThan((q === 0.99 ? 0.03 : 0.02) * theory);
      expectWithin(
        `M/M/1 p${q * 100} (se ${stat.se.toPrecision(3)})`,
        stat.mean,
        theory,
        4 * stat.se + 0.01 * theory,
      );
    }
  });
});

describe('M/D/1, λ = 8, D = 0.1 s', () => {
  let runs: Replicated;
  beforeAll(() => {
    runs = replicate(
      [client('c', { rate: LAMBDA }), service('s', { serviceTime: constant(1 / MU) })],
      [edge('c', 's')],
      RUN,
    );
  });

  it('Pollaczek–Khinchine: Wq = ρ/(2μ(1 − ρ)) = 0.2 s, W = 0.3 s, Lq = λWq = 1.6', () => {
    const wq = RHO / (2 * MU * (1 - RHO));
    expectWithinSe(
      'M/D/1 Wq',
      runs.stat((r) => r.nodes.s.meanWait),
      wq,
    );
    expectWithinSe(
      'M/D/1 W',
      runs.stat((r) => r.nodes.s.meanTimeInSystem),
      wq + 1 / MU,
    );
    expectWithinSe(
      'M/D/1 Lq',
      runs.stat((r) => r.nodes.s.meanQueueLength),
      LAMBDA * wq,
    );
    expectWithinSe(
      'M/D/1 utilization',
      runs.stat((r) => r.nodes.s.utilization),
      RHO,
      { maxRelativeSe: 0.005 },
    );
  });
});
