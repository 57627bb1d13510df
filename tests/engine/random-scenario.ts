/**
 * Random valid scenarios for property tests: 1–3 clients → optional load balancer → optional
 * gateways → services and an optional orchestrator → an optional queue → its consumers, with
 * every parameter drawn within the format's ranges.
 */
import fc from 'fast-check';
import type { ScenarioChange } from '../../src/scenario/change/index.ts';
import {
  LB_ALGORITHMS,
  OVERFLOW_POLICIES,
  type Distribution,
  type Scenario,
  type ScenarioEdge,
  type ScenarioNode,
} from '../../src/scenario/types.ts';
import {
  client,
  edge,
  gateway,
  loadBalancer,
  orchestrator,
  queue,
  scenario,
  service,
} from './build-scenario.ts';

const mean = fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 0.2, noNaN: true }));

const distribution: fc.Arbitrary<Distribution> = fc.oneof(
  mean.map((m): Distribution => ({ dist: 'exponential', mean: m })),
  mean.map((m): Distribution => ({ dist: 'constant', mean: m })),
  fc
    .tuple(mean, fc.double({ min: 0.1, max: 3, noNaN: true }))
    .map(([m, cv]): Distribution => ({ dist: 'lognormal', mean: m, cv })),
  fc
    .tuple(mean, fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([m, spread]): Distribution => ({ dist: 'uniform', mean: m, spread })),
);

const capacity = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 8 }));
const share = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.3, noNaN: true }));
const latency = fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 0.05, noNaN: true }));

const clientParams = fc.record({
  rate: fc.double({ min: 0.5, max: 40, noNaN: true }),
  arrival: fc.constantFrom('poisson' as const, 'constant' as const),
  users: fc.integer({ min: 1, max: 50 }),
  invalidAuthShare: share,
  malformedShare: share,
  device: fc.constantFrom('mobile' as const, 'web' as const),
  routes: fc
    .subarray(['/a', '/a/b/c', '/c/d', '/zzz', '/'], { minLength: 1 })
    .chain((names) =>
      fc
        .tuple(...names.map(() => fc.integer({ min: 1, max: 5 })))
        .map((w) => Object.fromEntries(names.map((n, i) => [n, w[i]]))),
    ),
});

const stationParams = fc.record({
  workers: fc.integer({ min: 1, max: 3 }),
  serviceTime: distribution,
  capacity,
});

const serviceParams = fc.record({
  workers: fc.integer({ min: 1, max: 3 }),
  serviceTime: distribution,
  capacity,
  errorRate: share,
  down: fc.integer({ min: 0, max: 9 }).map((x) => x === 0), // one service in ten is down
});

const gatewayParams = fc.record({
  workers: fc.integer({ min: 1, max: 3 }),
  serviceTime: distribution,
  capacity,
  auth: fc.boolean(),
  validate: fc.boolean(),
  rateLimit: fc.oneof(
    fc.constant(null),
    fc.record({
      rate: fc.double({ min: 1, max: 30, noNaN: true }),
      burst: fc.integer({ min: 1, max: 5 }),
      per: fc.constantFrom('user' as const, 'global' as const),
    }),
  ),
});

const ROUTES = ['/a', '/a/b', '/c', undefined];

export const randomScenario: fc.Arbitrary<Scenario> = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    clients: fc.array(clientParams, { minLength: 1, maxLength: 3 }),
    lb: fc.option(fc.constantFrom(...LB_ALGORITHMS), { nil: null }),
    gateways: fc.array(gatewayParams, { maxLength: 2 }),
    services: fc.array(serviceParams, { minLength: 1, maxLength: 3 }),
    orchestrator: fc.option(
      fc.record({
        station: stationParams,
        mode: fc.constantFrom('parallel' as const, 'sequential' as const),
        mask: fc.integer({ min: 1, max: 7 }),
      }),
      { nil: null },
    ),
    queue: fc.option(
      fc.record({
        capacity,
        overflow: fc.constantFrom(...OVERFLOW_POLICIES),
        publishers: fc.integer({ min: 1, max: 7 }),
        consumers: fc.array(serviceParams, { minLength: 1, maxLength: 2 }),
      }),
      { nil: null },
    ),
    routeOffset: fc.integer({ min: 0, max: 3 }),
    latencies: fc.array(latency, { minLength: 40, maxLength: 40 }),
    weights: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 10, maxLength: 10 }),
  })
  .map((r) => {
    const nodes: ScenarioNode[] = [];
    const edges: ScenarioEdge[] = [];
    let hop = 0;
    const link = (from: string, to: string, extra: Partial<ScenarioEdge> = {}) =>
      edges.push(edge(from, to, { latency: r.latencies[hop++ % r.latencies.length], ...extra }));

    const services = r.services.map((p, i) => service(`s${i}`, p));
    nodes.push(...services);
    const backends: string[] = services.map((s) => s.id);
    if (r.orchestrator) {
      nodes.push(orchestrator('orch', { ...r.orchestrator.station, mode: r.orchestrator.mode }));
      const targets = services.filter((_, i) => r.orchestrator!.mask & (1 << i));
      for (const s of targets.length > 0 ? targets : services.slice(0, 1)) link('orch', s.id);
      backends.push('orch');
    }
    if (r.queue) {
      nodes.push(queue('q', { capacity: r.queue.capacity, overflow: r.queue.overflow }));
      const publishers = services.filter((_, i) => r.queue!.publishers & (1 << i));
      for (const s of publishers.length > 0 ? publishers : services.slice(0, 1)) link(s.id, 'q');
      r.queue.consumers.forEach((p, i) => {
        nodes.push(service(`k${i}`, p));
        link('q', `k${i}`);
      });
    }
    const gateways = r.gateways.map((p, i) => gateway(`gw${i}`, p));
    nodes.push(...gateways);
    for (const g of gateways) {
      backends.forEach((b, i) => {
        const route = ROUTES[(i + r.routeOffset) % ROUTES.length];
        link(g.id, b, route === undefined ? {} : { route });
      });
    }
    const entries = gateways.length > 0 ? gateways.map((g) => g.id) : backends;
    let front = entries;
    if (r.lb) {
      nodes.push(loadBalancer('lb', r.lb));
      entries.forEach((e, i) => link('lb', e, { weight: r.weights[i % r.weights.length] }));
      front = ['lb'];
    }
    r.clients.forEach((p, i) => {
      nodes.unshift(client(`c${i}`, p));
      link(`c${i}`, front[i % front.length]);
    });
    return scenario(nodes, edges, r.seed);
  });

/** A live change that the controls could make to a random scenario. */
export function randomChange(s: Scenario): fc.Arbitrary<ScenarioChange> {
  const byKind = (kind: ScenarioNode['kind']) => s.nodes.filter((n) => n.kind === kind).map((n) => n.id);
  const options: fc.Arbitrary<ScenarioChange>[] = [
    fc.record({
      type: fc.constant('node' as const),
      nodeId: fc.constantFrom(...byKind('client')),
      patch: fc.record({ rate: fc.double({ min: 0, max: 40, noNaN: true }) }),
    }),
    fc.record({
      type: fc.constant('node' as const),
      nodeId: fc.constantFrom(...byKind('service')),
      patch: fc.oneof(
        fc.record({ workers: fc.integer({ min: 1, max: 4 }) }),
        fc.record({ down: fc.boolean() }),
        fc.record({ capacity }),
        fc.record({ serviceTime: distribution }),
      ),
    }),
    fc.record({
      type: fc.constant('edge' as const),
      edgeIndex: fc.integer({ min: 0, max: s.edges.length - 1 }),
      patch: fc.record({ latency }),
    }),
  ];
  if (byKind('loadBalancer').length > 0) {
    options.push(
      fc.record({
        type: fc.constant('node' as const),
        nodeId: fc.constant('lb'),
        patch: fc.record({ algorithm: fc.constantFrom(...LB_ALGORITHMS) }),
      }),
    );
  }
  if (byKind('queue').length > 0) {
    options.push(
      fc.record({
        type: fc.constant('node' as const),
        nodeId: fc.constant('q'),
        patch: fc.oneof(
          fc.record({ overflow: fc.constantFrom(...OVERFLOW_POLICIES) }),
          fc.record({ capacity }),
        ),
      }),
    );
  }
  return fc.oneof(...options);
}
