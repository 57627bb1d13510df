/**
 * Timeouts against M/M/1 (λ = 8, μ = 10): the time in system is exponential with rate μ − λ, so the
 * share of requests whose answer takes longer than T is e^(−(μ−λ)T). The work is not cancelled, so
 * the service's utilisation stays ρ = 0.8: the run at the service is event for event the run
 * without timeouts.
 *
 * Tolerance basis: 20 independent replications of 2,000 s after a 200 s warm-up (> 20 relaxation
 * times of ≈ 9 s); each check allows 4 standard errors of the replication mean and requires that
 * standard error to be under 2% of the theoretical value.
 */
import { describe, expect, it } from 'vitest';
import { advanceTo, collectReport } from '../../../src/engine/index.ts';
import { client, edge, exponential, service, simulate } from '../build-scenario.ts';
import { expectWithinSe, replicate } from '../theory/replicate.ts';

const LAMBDA = 8;
const MU = 10;

describe('M/M/1 with a client timeout', () => {
  for (const timeoutS of [0.25, 1]) {
    it(`T = ${timeoutS} s: share timing out = e^(−(μ−λ)T) = ${Math.exp(-(MU - LAMBDA) * timeoutS).toFixed(3)}`, () => {
      const runs = replicate(
        [
          client('c', { rate: LAMBDA, timeout: timeoutS }),
          service('s', { serviceTime: exponential(1 / MU) }),
        ],
        [edge('c', 's')],
        { replications: 20, warmupS: 200, durationS: 2000 },
      );
      expectWithinSe(
        `timeout share T=${timeoutS}`,
        runs.stat((r) => r.nodes.c.timeouts / r.clients.c.attempts),
        Math.exp(-(MU - LAMBDA) * timeoutS),
        // The rarer event at T = 1 s (13.5%) has a larger relative error: 4% still separates a
        // correct engine from one a few percent off at 4 standard errors.
        { maxRelativeSe: 0.04 },
      );
      expectWithinSe(
        `utilisation with T=${timeoutS}`,
        runs.stat((r) => r.nodes.s.utilization),
        LAMBDA / MU,
      );
      for (const r of runs.reports) expect(r.clients.c.failed.timeout).toBe(r.nodes.c.timeouts);
    });
  }

  it('leaves the service’s run unchanged, event for event (work is not cancelled)', () => {
    const run = (timeout: number | null) => {
      const sim = simulate(
        [client('c', { rate: LAMBDA, timeout }), service('s', { serviceTime: exponential(1 / MU) })],
        [edge('c', 's')],
      );
      advanceTo(sim, 500);
      return collectReport(sim).nodes.s;
    };
    const collectTimeouts = (timeout: number) => {
      const sim = simulate(
        [client('c', { rate: LAMBDA, timeout }), service('s', { serviceTime: exponential(1 / MU) })],
        [edge('c', 's')],
      );
      advanceTo(sim, 500);
      return collectReport(sim).nodes.c.timeouts;
    };
    const without = run(null);
    const withTimeout = run(0.3);
    expect(withTimeout.utilization).toBe(without.utilization);
    expect(withTimeout.completed).toBe(without.completed);
    expect(withTimeout.meanTimeInSystem).toBe(without.meanTimeInSystem);
    // Every abandoned attempt still finishes at the service, as a late answer counted there; only
    // those still in the service at the end have not answered yet.
    const timeouts = collectTimeouts(0.3);
    expect(withTimeout.lateAnswers).toBeGreaterThan(0);
    expect(timeouts - withTimeout.lateAnswers).toBeGreaterThanOrEqual(0);
    expect(timeouts - withTimeout.lateAnswers).toBeLessThanOrEqual(withTimeout.inSystemAtEnd);
  });

  it('a timed-out request ends 504 at its caller at exactly T', () => {
    const sim = simulate(
      [
        client('c', { rate: 1, arrival: 'constant', timeout: 0.5 }),
        service('s', { serviceTime: { dist: 'constant', mean: 2 } }),
      ],
      [edge('c', 's')],
    );
    advanceTo(sim, 0.5);
    const r = collectReport(sim);
    expect(r.clients.c.failed.timeout).toBe(1);
    expect(r.nodes.s.inSystemAtEnd).toBe(1);
  });
});
