/**
 * Retries against their closed forms (DESIGN.md section 8). A service that fails each attempt with
 * probability p, independently, and a client with r extra tries: attempts per request = Σ pⁱ for
 * i = 0..r, success = 1 − p^(r+1).
 *
 * Tolerance basis: attempts per request K has Var[K] ≤ 1.2 for p ≤ 0.5, r = 3; 10 replications of
 * 1,000 s at 20 req/s give ≈ 200,000 requests, so the standard error of the mean is ≈ 0.0025; the
 * checks use 4 standard errors measured across replications, and require that SE < 2% of theory.
 */
import { describe, expect, it } from 'vitest';
import { advanceTo, collectReport } from '../../../src/engine/index.ts';
import type { RetryPolicy } from '../../../src/scenario/types.ts';
import { client, constant, edge, service, simulate } from '../build-scenario.ts';
import { expectWithinSe, replicate } from '../theory/replicate.ts';

const retry = (attempts: number, patch: Partial<RetryPolicy> = {}): RetryPolicy => ({
  attempts,
  on: ['error', 'unavailable', 'timeout'],
  backoff: { base: 0, max: 0, multiplier: 1, jitter: 'none' },
  budget: null,
  ...patch,
});

describe('retry amplification', () => {
  for (const p of [0.1, 0.5]) {
    it(`p = ${p}, 3 retries: attempts/request = Σ pⁱ (i = 0..3), success = 1 − p⁴`, () => {
      const runs = replicate(
        [
          client('c', { rate: 20, retry: retry(3) }),
          service('api', { workers: 50, serviceTime: constant(0.001), errorRate: p }),
        ],
        [edge('c', 'api')],
        { replications: 10, warmupS: 10, durationS: 1000 },
      );
      const amplification = 1 + p + p ** 2 + p ** 3;
      expectWithinSe(
        `attempts/request p=${p}`,
        runs.stat((r) => r.clients.c.attempts / r.clients.c.sent),
        amplification,
      );
      expectWithinSe(
        `success p=${p}`,
        runs.stat((r) => r.clients.c.ok / r.clients.c.sent),
        1 - p ** 4,
      );
      // Every attempt reached the service: the load it sees is amplified too.
      for (const r of runs.reports)
        expect(Math.abs(r.nodes.api.arrivals - r.clients.c.attempts)).toBeLessThanOrEqual(2);
    });
  }

  it('never retries an outcome outside `on`, and stops after `attempts` extra tries', () => {
    const sim = simulate(
      [
        client('c', { rate: 20, retry: retry(2, { on: ['unavailable'] }) }),
        service('api', { serviceTime: constant(0.001), errorRate: 1 }),
      ],
      [edge('c', 'api')],
    );
    advanceTo(sim, 100);
    const r = collectReport(sim);
    expect(r.clients.c.retries).toBe(0);
    expect(r.clients.c.attempts).toBe(r.clients.c.sent);
    const always = simulate(
      [
        client('c', { rate: 20, retry: retry(2) }),
        service('api', { serviceTime: constant(0.001), errorRate: 1 }),
      ],
      [edge('c', 'api')],
    );
    advanceTo(always, 100);
    const a = collectReport(always);
    expect(a.clients.c.retries).toBe(2 * a.clients.c.failed.error!);
    expect(a.clients.c.ok).toBe(0);
  });
});

describe('retry budget', () => {
  it('holds retries near ratio × first attempts when every attempt fails', () => {
    // Demand for retries is 3 per request, far above the budget of 0.2 per first attempt: the
    // budget is the binding limit. Over any 10 s window retries ≤ 0.2·firsts (+1 rounding), so the
    // long-run ratio is ≤ 0.2 and, with demand always there, within a few percent of it.
    const sim = simulate(
      [
        client('c', { rate: 50, retry: retry(3, { budget: { ratio: 0.2, minPerS: 0 } }) }),
        service('api', { workers: 10, serviceTime: constant(0.001), errorRate: 1 }),
      ],
      [edge('c', 'api')],
      { warmupS: 20 },
    );
    advanceTo(sim, 620);
    const r = collectReport(sim).clients.c;
    const ratio = r.retries / r.sent;
    expect(ratio).toBeLessThanOrEqual(0.2 + 0.005);
    expect(ratio).toBeGreaterThan(0.19);
    // A request ends at its first denied retry, or after its 3 retries: so denials + retries/3 ≥ requests
    // (less the few still in flight at the end).
    expect(r.retriesDenied + r.retries / 3).toBeGreaterThanOrEqual(r.sent - 5);
  });

  it('minPerS lets retries through when there is little traffic', () => {
    const sim = simulate(
      [
        client('c', {
          rate: 1,
          arrival: 'constant',
          retry: retry(1, { budget: { ratio: 0, minPerS: 0.5 } }),
        }),
        service('api', { serviceTime: constant(0.001), errorRate: 1 }),
      ],
      [edge('c', 'api')],
    );
    advanceTo(sim, 200);
    const r = collectReport(sim).clients.c;
    // 0.5/s × 10 s = 5 retries per 10 s window, against a demand of 10: half are sent.
    expect(r.retries / (r.retries + r.retriesDenied)).toBeCloseTo(0.5, 1);
  });
});

describe('jitter streams', () => {
  it('turning retries on at one client changes no other node’s draws', () => {
    const nodes = (withRetry: boolean) => [
      client('a', {
        rate: 20,
        retry: withRetry
          ? retry(3, { backoff: { base: 0.05, max: 1, multiplier: 2, jitter: 'full' } })
          : null,
      }),
      client('b', { rate: 20 }),
      service('sa', { errorRate: 0.3, serviceTime: constant(0.001) }),
      service('sb', { errorRate: 0.3 }),
    ];
    const edges = [edge('a', 'sa'), edge('b', 'sb')];
    const reportOf = (withRetry: boolean) => {
      const sim = simulate(nodes(withRetry), edges);
      advanceTo(sim, 300);
      return collectReport(sim);
    };
    const off = reportOf(false);
    const on = reportOf(true);
    expect(on.clients.a.retries).toBeGreaterThan(0);
    expect(on.clients.b).toEqual(off.clients.b);
    expect(on.nodes.sb).toEqual(off.nodes.sb);
    // Client a's own requests (users, routes) are drawn exactly as before: same count sent.
    expect(on.clients.a.sent).toBe(off.clients.a.sent);
  });
});
