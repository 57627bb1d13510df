// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseScenario, scenarioOf, withNode } from './helpers.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/scenarios/v1/${name}`, import.meta.url), 'utf8');

describe('defaults', () => {
  it('fills every default of the minimal scenario', () => {
    // A format-1 file comes out as format 2 with every format-2 feature off.
    expect(scenarioOf(fixture('minimal.json'))).toEqual({
      version: 2,
      name: 'Untitled scenario',
      seed: 1,
      nodes: [
        {
          id: 'web',
          kind: 'client',
          label: 'web',
          device: 'web',
          rate: 10,
          arrival: 'poisson',
          users: 1000,
          invalidAuthShare: 0,
          malformedShare: 0,
          routes: { '/': 1 },
          timeout: null,
          retry: null,
        },
        {
          id: 'api',
          kind: 'service',
          label: 'api',
          workers: 1,
          serviceTime: { dist: 'exponential', mean: 0.1 },
          capacity: null,
          errorRate: 0,
          down: false,
          autoscale: null,
        },
      ],
      edges: [{ from: 'web', to: 'api', weight: 1, latency: 0 }],
      faults: [],
    });
  });

  it('fills every default of every kind', () => {
    const scenario = scenarioOf(fixture('every-kind-defaults.json'));
    const node = (id: string) => scenario.nodes.find((n) => n.id === id);
    expect(node('lb')).toEqual({
      id: 'lb',
      kind: 'loadBalancer',
      label: 'lb',
      algorithm: 'round-robin',
      healthCheck: null,
      outlierDetection: null,
    });
    expect(node('gw')).toEqual({
      id: 'gw',
      kind: 'gateway',
      label: 'gw',
      workers: 4,
      serviceTime: { dist: 'exponential', mean: 0.005 },
      capacity: null,
      auth: true,
      validate: true,
      rateLimit: null,
      timeout: null,
      retry: null,
      circuitBreaker: null,
    });
    expect(node('orch')).toEqual({
      id: 'orch',
      kind: 'orchestrator',
      label: 'orch',
      workers: 8,
      serviceTime: { dist: 'constant', mean: 0 },
      capacity: null,
      mode: 'parallel',
      circuitBreaker: null,
    });
    expect(node('jobs')).toEqual({
      id: 'jobs',
      kind: 'queue',
      label: 'jobs',
      capacity: null,
      overflow: 'reject-new',
    });
    expect(scenario.edges.find((e) => e.route)).toEqual({
      from: 'gw',
      to: 'orch',
      route: '/checkout',
      weight: 1,
      latency: 0,
    });
  });

  it('leaves position out when not given and keeps it when given', () => {
    expect(scenarioOf(baseScenario()).nodes[0]).not.toHaveProperty('position');
    const placed = scenarioOf(withNode('web', { position: { x: 10, y: -5.5 } }));
    expect(placed.nodes[0].position).toEqual({ x: 10, y: -5.5 });
  });

  it('reads a bare number as an exponential service time with that mean', () => {
    expect(scenarioOf(withNode('api', { serviceTime: 0.25 })).nodes[4]).toMatchObject({
      serviceTime: { dist: 'exponential', mean: 0.25 },
    });
  });

  it('fills the lognormal cv and uniform spread', () => {
    const lognormal = scenarioOf(withNode('api', { serviceTime: { dist: 'lognormal', mean: 2 } }));
    expect(lognormal.nodes[4]).toMatchObject({ serviceTime: { dist: 'lognormal', mean: 2, cv: 1 } });
    const uniform = scenarioOf(withNode('api', { serviceTime: { dist: 'uniform', mean: 2 } }));
    expect(uniform.nodes[4]).toMatchObject({ serviceTime: { dist: 'uniform', mean: 2, spread: 1 } });
  });

  it('fills a rate limit: burst = rate (at least 1), per user', () => {
    const limited = (rateLimit: unknown) => scenarioOf(withNode('gw', { rateLimit })).nodes[2];
    expect(limited({ rate: 5 })).toMatchObject({ rateLimit: { rate: 5, burst: 5, per: 'user' } });
    expect(limited({ rate: 0.5 })).toMatchObject({ rateLimit: { rate: 0.5, burst: 1, per: 'user' } });
    expect(limited({ rate: 5, burst: 2, per: 'global' })).toMatchObject({
      rateLimit: { rate: 5, burst: 2, per: 'global' },
    });
    expect(limited(null)).toMatchObject({ rateLimit: null });
  });

  it('keeps an explicit null capacity and explicit labels', () => {
    const scenario = scenarioOf(withNode('api', { capacity: null, label: 'Orders API' }));
    expect(scenario.nodes[4]).toMatchObject({ capacity: null, label: 'Orders API' });
  });

  it('does not share default objects between nodes', () => {
    const scenario = scenarioOf(fixture('every-kind-defaults.json'));
    const [api, pay] = [scenario.nodes[4], scenario.nodes[5]];
    expect(api.kind === 'service' && pay.kind === 'service' && api.serviceTime !== pay.serviceTime).toBe(
      true,
    );
    const client = scenario.nodes[0];
    if (client.kind !== 'client') throw new Error('expected a client');
    client.routes['/x'] = 1; // editing one parsed scenario must not change the defaults
    expect(scenarioOf(fixture('minimal.json')).nodes[0]).toMatchObject({ routes: { '/': 1 } });
  });
});
