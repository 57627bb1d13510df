import { describe, expect, it } from 'vitest';
import { advanceTo, applyChange, collectReport } from '../../src/engine/index.ts';
import { matchesPrefix } from '../../src/engine/nodes/gateway.ts';
import type { ClientNode, GatewayNode, ScenarioEdge } from '../../src/scenario/types.ts';
import {
  client,
  constant,
  edge,
  edgeIndex,
  exponential,
  gateway,
  service,
  simulate,
} from './build-scenario.ts';

/** client → gateway → api, with the gateway and client patched. */
function gated(gw: Partial<GatewayNode>, cl: Partial<ClientNode>, seed = 1) {
  return simulate(
    [client('c', cl), gateway('gw', gw), service('api', { serviceTime: exponential(0.01), workers: 4 })],
    [edge('c', 'gw'), edge('gw', 'api')],
    { seed },
  );
}

/** |x − n·p| within 4 binomial standard deviations. */
function expectBinomial(x: number, n: number, p: number) {
  expect(Math.abs(x - n * p)).toBeLessThan(4 * Math.sqrt(n * p * (1 - p)) + 1e-9);
}

describe('gateway validation and authentication', () => {
  it('rejects malformed requests with 400 (invalid) when validating', () => {
    const sim = gated({ validate: true }, { rate: 50, malformedShare: 0.3 });
    advanceTo(sim, 100);
    const r = collectReport(sim);
    const sent = r.clients.c.sent;
    expectBinomial(r.nodes.gw.failed.invalid ?? 0, sent, 0.3);
    expect(r.clients.c.failed.invalid).toBe(r.nodes.gw.failed.invalid);
    expect(r.totals.byOutcome.invalid).toBe(r.nodes.gw.failed.invalid);
    expect(r.nodes.api.arrivals).toBe(sent - (r.nodes.gw.failed.invalid ?? 0)); // the gateway takes no time
    expect(r.nodes.gw.failed.unauthorized).toBeUndefined();
  });

  it('lets malformed requests through when not validating', () => {
    const sim = gated({ validate: false }, { rate: 50, malformedShare: 0.3 });
    advanceTo(sim, 20);
    const r = collectReport(sim);
    expect(r.totals.byOutcome.invalid).toBe(0);
    expect(r.clients.c.ok).toBe(r.clients.c.sent - inFlight(r));
  });

  it('rejects bad credentials with 401 (unauthorized) when authenticating', () => {
    const sim = gated({ auth: true }, { rate: 50, invalidAuthShare: 0.2 });
    advanceTo(sim, 100);
    const r = collectReport(sim);
    expectBinomial(r.nodes.gw.failed.unauthorized ?? 0, r.clients.c.sent, 0.2);
    expect(r.clients.c.failed.unauthorized).toBe(r.nodes.gw.failed.unauthorized);
    const open = gated({ auth: false }, { rate: 50, invalidAuthShare: 0.2 });
    advanceTo(open, 20);
    expect(collectReport(open).totals.byOutcome.unauthorized).toBe(0);
  });

  it('validates before it authenticates', () => {
    const sim = gated({ auth: true, validate: true }, { rate: 20, invalidAuthShare: 1, malformedShare: 1 });
    advanceTo(sim, 20);
    const r = collectReport(sim);
    expect(r.totals.byOutcome.invalid).toBe(r.clients.c.sent - inFlight(r));
    expect(r.totals.byOutcome.unauthorized).toBe(0);
    // Independent shares: invalid ≈ 0.3, unauthorized ≈ 0.7 · 0.2 of the rest.
    const mixed = gated(
      { auth: true, validate: true },
      { rate: 100, invalidAuthShare: 0.2, malformedShare: 0.3 },
    );
    advanceTo(mixed, 100);
    const m = collectReport(mixed);
    expectBinomial(m.totals.byOutcome.invalid, m.clients.c.sent, 0.3);
    expectBinomial(m.totals.byOutcome.unauthorized, m.clients.c.sent, 0.7 * 0.2);
  });

  it('takes its processing time before deciding, on a worker', () => {
    const sim = gated(
      { serviceTime: constant(0.05), validate: true },
      { rate: 1, arrival: 'constant', malformedShare: 1 },
    );
    advanceTo(sim, 0.049);
    expect(sim.requests.finished).toBe(0);
    advanceTo(sim, 0.051);
    expect(sim.requests.byOutcome[2]).toBe(1); // 'invalid'
    advanceTo(sim, 100);
    const r = collectReport(sim);
    expect(r.nodes.gw.meanTimeInSystem).toBeCloseTo(0.05, 9);
    expect(r.nodes.gw.utilization).toBeCloseTo(0.05, 3);
  });
});

describe('gateway rate limiting (token bucket, 429)', () => {
  it('global 5/s, burst 1, against constant 10/s: about half are rate-limited', () => {
    const sim = gated({ rateLimit: { rate: 5, burst: 1, per: 'global' } }, { rate: 10, arrival: 'constant' });
    advanceTo(sim, 200);
    const r = collectReport(sim);
    const sent = r.clients.c.sent;
    const limited = r.nodes.gw.failed['rate-limited'] ?? 0;
    expect(sent).toBeGreaterThanOrEqual(2000);
    // At most burst + rate·t pass; with arrivals on a 0.1 s grid every other one finds a token.
    expect(sent - limited).toBeLessThanOrEqual(1 + 5 * 200 + 1);
    // Every other request on the 0.1 s grid finds a token: exactly half (±1) are refused.
    expect(Math.abs(limited - sent / 2)).toBeLessThanOrEqual(1);
    expect(r.clients.c.failed['rate-limited']).toBe(limited);
    expect(r.nodes.gw.dropRate).toBeCloseTo(limited / 200, 9);
    expect(r.nodes.gw.firstDropAt).toBeCloseTo(0.1, 6);
  });

  it('a burst lets a spike through, then the refill rate holds', () => {
    // 100/s for 1 s against 10/s with burst 20: 20 + 10·1 ≈ 30 pass in the first second.
    const sim = gated(
      { rateLimit: { rate: 10, burst: 20, per: 'global' } },
      { rate: 100, arrival: 'constant' },
    );
    advanceTo(sim, 0.995);
    const passed = sim.requests.created - sim.requests.byOutcome[3];
    expect(passed).toBeGreaterThanOrEqual(29);
    expect(passed).toBeLessThanOrEqual(31);
  });

  it('per user: each user has its own bucket', () => {
    // Constant 10/s, each request from one of two users at random. A user's bucket (2/s, burst 1)
    // is full 5 grid steps after a pass; the next pass is that user's first request from then on:
    // 5 + Geometric(½) steps, mean 6 steps = 0.6 s, variance 2 steps². Renewal theory: passes per
    // user ≈ T/0.6 with variance T·σ²/μ³ = 200·0.02/0.216 ≈ 18.5, so the two users together pass
    // 2·200/0.6 ≈ 667 with sd ≈ 6.1; tolerance 4 sd.
    const T = 200;
    const perUser = gated(
      { rateLimit: { rate: 2, burst: 1, per: 'user' } },
      { rate: 10, arrival: 'constant', users: 2 },
    );
    advanceTo(perUser, T);
    const passedPerUser = perUser.requests.created - perUser.requests.byOutcome[3];
    expect(Math.abs(passedPerUser - (2 * T) / 0.6)).toBeLessThan(4 * 6.1);
    // The same limit shared by everyone passes exactly one request in five.
    const global = gated(
      { rateLimit: { rate: 2, burst: 1, per: 'global' } },
      { rate: 10, arrival: 'constant', users: 2 },
    );
    advanceTo(global, T - 0.05);
    const passedGlobal = global.requests.created - global.requests.byOutcome[3];
    expect(passedGlobal).toBe(2 * T);
  });

  it('counts rejections after validation and authentication (order 400 → 401 → 429)', () => {
    const sim = gated(
      { validate: true, auth: true, rateLimit: { rate: 0, burst: 1, per: 'global' } },
      { rate: 20, invalidAuthShare: 0.5, malformedShare: 0.5 },
    );
    advanceTo(sim, 50);
    const r = collectReport(sim);
    const done = r.clients.c.sent - inFlight(r);
    // Rate 0, burst 1: exactly one valid request ever passes.
    expect(r.clients.c.ok).toBe(1);
    expect(
      r.totals.byOutcome.invalid + r.totals.byOutcome.unauthorized + r.totals.byOutcome['rate-limited'],
    ).toBe(done - 1);
    expectBinomial(r.totals.byOutcome['rate-limited'] + 1, done, 0.25);
  });
});

describe('gateway routing', () => {
  const routes: ScenarioEdge[] = [
    edge('gw', 'users', { route: '/user' }),
    edge('gw', 'profile', { route: '/user/profile' }),
    edge('gw', 'orders', { route: '/orders/' }),
  ];
  const backends = ['users', 'profile', 'orders', 'fallback'];

  function routed(route: string, withDefault: boolean) {
    const edges = [edge('c', 'gw'), ...routes];
    if (withDefault) edges.push(edge('gw', 'fallback'));
    const sim = simulate(
      [
        client('c', { rate: 10, routes: { [route]: 1 } }),
        gateway('gw'),
        ...backends.map((id) => service(id, { serviceTime: exponential(0.01), workers: 4 })),
      ],
      edges,
    );
    advanceTo(sim, 20);
    const r = collectReport(sim);
    const reached = backends.filter((id) => r.nodes[id].arrivals > 0);
    return { r, reached, sim };
  }

  it.each([
    ['/user', 'users'],
    ['/user/7', 'users'],
    ['/user/profile', 'profile'],
    ['/user/profile/7/photo', 'profile'],
    ['/orders/9', 'orders'],
  ])('routes %s by the longest whole-segment prefix to %s', (route, target) => {
    for (const withDefault of [false, true]) {
      const { r, reached } = routed(route, withDefault);
      expect(reached).toEqual([target]);
      expect(r.nodes.gw.failed['not-found']).toBeUndefined();
      expect(r.nodes[target].arrivals).toBeGreaterThan(150);
    }
  });

  it.each(['/users', '/x', '/', '/orders', '/userprofile'])(
    'routes %s to the edge without a route, else 404',
    (route) => {
      const withFallback = routed(route, true);
      expect(withFallback.reached).toEqual(['fallback']);
      const without = routed(route, false);
      expect(without.reached).toEqual([]);
      const sent = without.r.clients.c.sent;
      expect(without.r.nodes.gw.failed['not-found']).toBe(sent);
      expect(without.r.clients.c.failed['not-found']).toBe(sent);
      expect(without.r.totals.byOutcome['not-found']).toBe(sent);
    },
  );

  it('splits a client route mix by route', () => {
    const sim = simulate(
      [
        client('c', { rate: 100, routes: { '/user/1': 1, '/user/profile': 2, '/nope': 1 } }),
        gateway('gw'),
        ...backends.map((id) => service(id, { serviceTime: exponential(0.001), workers: 4 })),
      ],
      [edge('c', 'gw'), ...routes],
    );
    advanceTo(sim, 100);
    const r = collectReport(sim);
    const n = r.clients.c.sent;
    expectBinomial(r.nodes.users.arrivals, n, 0.25);
    expectBinomial(r.nodes.profile.arrivals, n, 0.5);
    expectBinomial(r.nodes.gw.failed['not-found'] ?? 0, n, 0.25);
    expect(r.nodes.orders.arrivals).toBe(0);
  });

  it('follows a live route change', () => {
    const { sim } = routed('/user/7', false);
    const before = collectReport(sim).nodes.users.arrivals;
    applyChange(sim, {
      type: 'edge',
      edgeIndex: edgeIndex(sim, 'gw', 'users'),
      patch: { route: '/account' },
    });
    advanceTo(sim, 40);
    const r = collectReport(sim);
    expect(r.nodes.users.arrivals).toBe(before);
    expect(r.nodes.gw.failed['not-found']).toBeGreaterThan(150);
  });

  it('matches whole path segments only', () => {
    expect(matchesPrefix('/user', '/user')).toBe(true);
    expect(matchesPrefix('/user/7', '/user')).toBe(true);
    expect(matchesPrefix('/users', '/user')).toBe(false);
    expect(matchesPrefix('/user', '/user/')).toBe(false);
    expect(matchesPrefix('/user/7', '/user/')).toBe(true);
    expect(matchesPrefix('/anything', '/')).toBe(true);
    expect(matchesPrefix('/use', '/user')).toBe(false);
  });
});

function inFlight(r: ReturnType<typeof collectReport>): number {
  return r.totals.requests.inFlight;
}
