// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID, getPreset, PRESETS } from '../../src/scenario/presets/index.ts';
import { cloneScenario } from '../../src/scenario/clone-scenario.ts';
import { parseScenario } from '../../src/scenario/parse-scenario.ts';
import { NODE_KINDS, type Scenario } from '../../src/scenario/types.ts';
import { drainRate, offeredLoad, utilisation } from './offered-load.ts';

const preset = (id: string) => {
  const found = getPreset(id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.scenario;
};
const clientRate = (s: Scenario) => s.nodes.reduce((sum, n) => sum + (n.kind === 'client' ? n.rate : 0), 0);
const consumers = (s: Scenario) =>
  new Set(s.edges.filter((e) => s.nodes.find((n) => n.id === e.from)?.kind === 'queue').map((e) => e.to));

describe('presets', () => {
  it('are the five lessons, the failure preset and the retry storm with its two variants, in order, with unique ids', () => {
    expect(PRESETS.map((p) => p.id)).toEqual([
      'monolith',
      'microservices',
      'orchestration',
      'queue-30-vs-5',
      'full',
      'server-dies',
      'retry-storm',
      'retry-storm-backoff',
      'retry-storm-budget',
    ]);
    expect(getPreset(DEFAULT_PRESET_ID)).toBeDefined();
    expect(getPreset('nope')).toBeUndefined();
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: has a title and a one-line description', (_, p) => {
    expect(p.title.length).toBeGreaterThan(5);
    expect(p.description).not.toContain('\n');
    expect(p.description.length).toBeLessThan(120);
  });

  it.each(PRESETS.map((p) => [p.id, p.scenario] as const))(
    '%s: round-trips through JSON and parse',
    (_, scenario) => {
      expect(parseScenario(JSON.stringify(scenario))).toEqual({ ok: true, scenario });
      expect(parseScenario(scenario)).toEqual({ ok: true, scenario });
    },
  );

  it.each(PRESETS.map((p) => [p.id, p.scenario] as const))('%s: is watchable', (_, scenario) => {
    expect(clientRate(scenario)).toBeGreaterThanOrEqual(20);
    expect(clientRate(scenario)).toBeLessThanOrEqual(80);
    const queues = new Set(scenario.nodes.filter((n) => n.kind === 'queue').map((n) => n.id));
    for (const edge of scenario.edges) {
      // Dots visibly travel every hop but the pull into a consumer, which is instant so the
      // consumer drains at exactly its service rate.
      if (queues.has(edge.from)) {
        expect(edge.latency).toBe(0);
        continue;
      }
      expect(edge.latency).toBeGreaterThanOrEqual(0.02);
      expect(edge.latency).toBeLessThanOrEqual(0.05);
    }
    for (const node of scenario.nodes) expect(node).not.toHaveProperty('position');
    // No station but a queue's consumers is overloaded: the lesson is the one the preset names.
    const load = offeredLoad(scenario);
    const busy = consumers(scenario);
    for (const node of scenario.nodes) {
      const rho = utilisation(node, load.get(node.id)!);
      if (rho !== undefined && !busy.has(node.id)) expect(rho, node.id).toBeLessThan(0.8);
    }
  });

  it('are frozen, and cloneScenario gives an editable copy', () => {
    const scenario = preset('monolith');
    expect(Object.isFrozen(scenario.nodes[0])).toBe(true);
    expect(() => {
      (scenario.nodes[0] as { label: string }).label = 'changed';
    }).toThrow(TypeError);
    const copy = cloneScenario(scenario);
    copy.nodes[0].label = 'changed';
    expect(preset('monolith').nodes[0].label).toBe('Mobile app');
  });

  it('monolith: three app servers at utilisation ≈ 0.5', () => {
    const scenario = preset('monolith');
    const load = offeredLoad(scenario);
    const apps = scenario.nodes.filter((n) => n.kind === 'service');
    expect(apps).toHaveLength(3);
    for (const app of apps) expect(utilisation(app, load.get(app.id)!)).toBeCloseTo(0.5, 2);
    expect(
      new Set(scenario.nodes.filter((n) => n.kind === 'client').map((n) => n.kind === 'client' && n.device)),
    ).toEqual(new Set(['mobile', 'web']));
  });

  it('microservices: rejections and an unknown route are part of the traffic', () => {
    const scenario = preset('microservices');
    const gateways = scenario.nodes.filter((n) => n.kind === 'gateway');
    expect(gateways).toHaveLength(2);
    for (const g of gateways)
      expect(g).toMatchObject({ auth: true, validate: true, rateLimit: { per: 'user' } });
    const clients = scenario.nodes.filter((n) => n.kind === 'client');
    for (const c of clients) {
      expect(c.invalidAuthShare).toBeGreaterThan(0);
      expect(c.malformedShare).toBeGreaterThan(0);
      expect(Object.keys(c.routes)).toEqual(
        expect.arrayContaining(['/users', '/orders', '/catalog', '/admin']),
      );
    }
    const routes = scenario.edges.filter((e) => e.route).map((e) => e.route);
    expect(new Set(routes)).toEqual(new Set(['/users', '/orders', '/catalog']));
  });

  it('orchestration: /checkout fans out to three services, one slow', () => {
    const scenario = preset('orchestration');
    const orchestrator = scenario.nodes.find((n) => n.kind === 'orchestrator')!;
    expect(orchestrator).toMatchObject({ mode: 'parallel' });
    expect(scenario.edges.find((e) => e.to === orchestrator.id)?.route).toBe('/checkout');
    const branches = scenario.edges.filter((e) => e.from === orchestrator.id).map((e) => e.to);
    expect(branches).toEqual(['inventory', 'pricing', 'payments']);
    expect(preset('orchestration').nodes.find((n) => n.id === 'payments')).toMatchObject({
      serviceTime: { dist: 'lognormal' },
    });
  });

  it('queue-30-vs-5: 30 jobs/s in, 5 out, full after 20 s', () => {
    const scenario = preset('queue-30-vs-5');
    const load = offeredLoad(scenario);
    expect(load.get('jobs')).toBeCloseTo(30);
    expect(drainRate(scenario, 'jobs')).toBeCloseTo(5);
    const queue = scenario.nodes.find((n) => n.id === 'jobs')!;
    expect(queue).toMatchObject({ kind: 'queue', capacity: 500, overflow: 'reject-new' });
    expect(500 / (load.get('jobs')! - drainRate(scenario, 'jobs'))).toBeCloseTo(20);
  });

  it('full: every kind, and a queue that fills within a minute', () => {
    const scenario = preset('full');
    expect(new Set(scenario.nodes.map((n) => n.kind))).toEqual(new Set(NODE_KINDS));
    expect(clientRate(scenario)).toBeGreaterThanOrEqual(40);
    expect(clientRate(scenario)).toBeLessThanOrEqual(60);
    const load = offeredLoad(scenario);
    const growth = load.get('jobs')! - drainRate(scenario, 'jobs');
    expect(growth).toBeGreaterThan(1);
    expect(growth).toBeLessThan(5);
    const queue = scenario.nodes.find((n) => n.id === 'jobs');
    expect(queue?.kind === 'queue' && queue.capacity! / growth).toBeLessThan(60);
    expect(consumers(scenario)).toEqual(new Set(['consumer-1', 'consumer-2']));
  });
});
