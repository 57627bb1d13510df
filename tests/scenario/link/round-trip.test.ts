// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cloneScenario } from '../../../src/scenario/clone-scenario.ts';
import { decodeScenarioLink, encodeScenarioLink } from '../../../src/scenario/link/index.ts';
import { getPreset, PRESETS } from '../../../src/scenario/presets/index.ts';
import type { Scenario } from '../../../src/scenario/types.ts';
import { editEverything, expectScenario, normalised } from './link-helpers.ts';

const preset = (id: string) => cloneScenario(getPreset(id)!.scenario);
const byPreset = PRESETS.map((p) => [p.id, p.scenario] as const);

/** Encodes, decodes, and insists on the same scenario (and seed) coming back. */
function roundTrip(scenario: Scenario): string {
  const link = encodeScenarioLink(scenario);
  expectScenario(decodeScenarioLink(link), normalised(scenario));
  return link;
}

describe('links to presets', () => {
  it.each(byPreset)('%s unchanged: preset id and seed only', (id, scenario) => {
    expect(roundTrip(scenario)).toBe(`#v=1&preset=${id}&seed=1`);
  });

  it('a preset with three changes and another seed stays short and readable', () => {
    const s = preset('queue-30-vs-5');
    s.seed = 7;
    const [producer, , jobs, consumer] = s.nodes;
    if (producer.kind !== 'client' || jobs.kind !== 'queue' || consumer.kind !== 'service') throw new Error();
    producer.rate = 40;
    jobs.overflow = 'drop-oldest';
    consumer.workers = 2;
    const link = roundTrip(s);
    expect(link).toBe(
      '#v=1&preset=queue-30-vs-5&seed=7&producer.rate=40&jobs.overflow=drop-oldest&consumer.workers=2',
    );
    expect(link.length).toBeLessThan(200);
  });

  it('keeps the seed, including 0 and the largest allowed', () => {
    for (const seed of [0, 42, 4_294_967_295]) {
      const s = preset('full');
      s.seed = seed;
      const link = roundTrip(s);
      expect(link).toBe(`#v=1&preset=full&seed=${seed}`);
    }
  });

  it('writes every kind of value as a precise setting', () => {
    const s = preset('full');
    s.name = 'Friday & the 13th: 50% off';
    const find = (id: string) => s.nodes.find((n) => n.id === id)!;
    const web = find('web');
    const gateway = find('gateway-1');
    const payments = find('payments');
    const checkout = find('checkout');
    const jobs = find('jobs');
    if (web.kind !== 'client' || gateway.kind !== 'gateway' || payments.kind !== 'service') throw new Error();
    if (checkout.kind !== 'orchestrator' || jobs.kind !== 'queue') throw new Error();
    web.routes = { '/catalog': 8, '/users': 3, '/checkout': 4.6, '/admin': 0.4, '/v1.2/search?q=a&b': 2 };
    gateway.rateLimit = null;
    gateway.auth = false;
    payments.serviceTime = { dist: 'uniform', mean: 0.3, spread: 0.5 };
    checkout.capacity = 0;
    jobs.capacity = null;
    find('users').position = { x: 120.5, y: -40 };
    find('lb').label = 'Load balancer: 1/2 (édition ✓)';
    s.edges[0].latency = 0.1 + 0.2; // 0.30000000000000004 must survive exactly
    delete s.edges[4].route;
    const link = roundTrip(s);
    expect(link).toContain('&name=Friday%20%26%20the%2013th:%2050%25%20off&');
    // New routes first, then removed ones: decoding appends new routes, so the order survives.
    expect(link).toContain('&web.routes/v1.2/search%3Fq%3Da%26b=2&web.routes/orders=-&');
    expect(link).toContain('&gateway-1.auth=false&gateway-1.rateLimit=null&');
    expect(link).toContain('&payments.serviceTime.dist=uniform&payments.serviceTime.mean=0.3&');
    expect(link).toContain('&checkout.capacity=0&');
    expect(link).toContain('&jobs.capacity=null&');
    expect(link).toContain('&users.position.x=120.5&users.position.y=-40&');
    expect(link).toContain('&mobile~lb.latency=0.30000000000000004&');
    expect(link).toContain('&gateway-1~users.route=-');
    expect(link).not.toContain('z=');
  });

  it('turns a rate limit on with all of its fields, and carries positions', () => {
    const s = preset('orchestration');
    const gateway = s.nodes.find((n) => n.kind === 'gateway')!;
    if (gateway.kind !== 'gateway') throw new Error();
    gateway.rateLimit = { rate: 5, burst: 5, per: 'user' };
    const link = roundTrip(s);
    expect(link).toContain('gateway.rateLimit.rate=5&gateway.rateLimit.burst=5&gateway.rateLimit.per=user');
    // A scenario with positions, opened as a base for another test of removal.
    const withPosition = normalised({
      ...s,
      nodes: s.nodes.map((n) => ({ ...n, position: { x: 1, y: 2 } })),
    });
    roundTrip(withPosition);
  });

  it('normalises objects edited by spreading (field order does not force the long form)', () => {
    const s = preset('monolith');
    s.nodes = s.nodes.map((n) => (n.id === 'app-2' ? { ...n, position: { y: 5, x: 3 }, label: 'App 2' } : n));
    expect(roundTrip(s)).toBe(
      '#v=1&preset=monolith&seed=1&app-2.label=App%202&app-2.position.x=3&app-2.position.y=5',
    );
  });

  it.each(byPreset)('%s with every parameter edited round-trips', (_, scenario) => {
    roundTrip(editEverything(scenario, false));
    roundTrip(editEverything(scenario, true));
  });

  it.each(byPreset)(
    '%s with every parameter, label and the name edited stays under 2,000 characters',
    (_, scenario) => {
      for (const labels of [false, true]) {
        expect(encodeScenarioLink(editEverything(scenario, labels)).length).toBeLessThan(2000);
      }
    },
  );

  it('uses the shorter compressed form when the readable one would be long', () => {
    const link = encodeScenarioLink(editEverything(preset('full'), true));
    expect(link).toMatch(/^#v=1&z=eN[A-Za-z0-9_-]+$/);
  });
});

describe('links to edited topologies', () => {
  it.each(byPreset)('%s with an extra client is compressed, round-trips and stays short', (_, scenario) => {
    const s = cloneScenario(scenario);
    const first = s.nodes.find((n) => n.kind === 'client')!;
    const target = s.edges.find((e) => e.from === first.id)!.to;
    s.nodes.push({ ...first, id: 'tester', label: 'Load tester', rate: 1 });
    s.edges.push({ from: 'tester', to: target, weight: 1, latency: 0 });
    const link = roundTrip(s);
    expect(link).toMatch(/^#v=1&z=eN[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(2000);
  });

  it('an added service and edge, a renamed id, reordered edges or routes are compressed', () => {
    const added = preset('monolith');
    added.nodes.push({ ...added.nodes[3], id: 'app-4', label: 'App server 4' });
    added.edges.push({ from: 'lb', to: 'app-4', weight: 1, latency: 0.02 });
    const renamed = preset('monolith');
    renamed.nodes[3].id = 'app-one';
    renamed.edges[2].to = 'app-one';
    const reordered = preset('monolith');
    reordered.edges.reverse();
    const routes = preset('orchestration');
    const mobile = routes.nodes[0];
    if (mobile.kind !== 'client') throw new Error();
    mobile.routes = { '/checkout': 1, '/products': 3 };
    for (const s of [added, renamed, reordered, routes]) expect(roundTrip(s)).toMatch(/^#v=1&z=/);
  });

  it('a scenario from scratch round-trips', () => {
    const s = normalised({
      version: 1,
      name: 'Scratch',
      seed: 99,
      nodes: [
        { id: 'c', kind: 'client', label: 'c', rate: 3, routes: { '/': 1 } },
        { id: 's', kind: 'service', label: 's', position: { x: 0, y: 0 } },
      ],
      edges: [{ from: 'c', to: 's', latency: 0.01 }],
    } as unknown as Scenario);
    roundTrip(s);
  });

  it('a label with a lone surrogate (no percent-encoding exists) falls back to the compressed form', () => {
    const s = preset('monolith');
    s.nodes[0].label = 'broken \ud800 text';
    expect(roundTrip(s)).toMatch(/^#v=1&z=/);
  });
});

describe('labels are plain text', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    "'); DROP TABLE nodes;--",
    '{{constructor.constructor("alert(1)")()}}',
    '&preset=full#z=',
  ];

  it.each(hostile)('%s survives both link forms unchanged, and never appears raw in the link', (label) => {
    const readable = preset('monolith');
    readable.nodes[2].label = label;
    const short = roundTrip(readable);
    expect(short).toMatch(/^#v=1&preset=monolith/);
    expect(short).not.toMatch(/[<>"]/);
    const topology = cloneScenario(readable);
    topology.edges.pop();
    topology.nodes.pop();
    expect(roundTrip(topology)).toMatch(/^#v=1&z=/);
  });
});

describe('where the link may come from', () => {
  const link = '#v=1&preset=queue-30-vs-5&seed=7&consumer.workers=2';
  const expected = (() => {
    const s = preset('queue-30-vs-5');
    s.seed = 7;
    const consumer = s.nodes[3];
    if (consumer.kind !== 'service') throw new Error();
    consumer.workers = 2;
    return s;
  })();

  it.each([
    ['a whole address', `https://flowscope.example/app/${link}`],
    ['an address with an unrelated query', `https://flowscope.example/?utm_source=mail${link}`],
    ['a fragment', link],
    ['a query string', `?${link.slice(1)}`],
    ['an address with the link in its query', `https://flowscope.example/app/?${link.slice(1)}`],
    ['the bare parameters', link.slice(1)],
    [
      'a link wrapped by a mail program, with spaces around it',
      `  https://flowscope.example/\n${link.slice(0, 30)}\r\n${link.slice(30)} \n`,
    ],
    ['a link without v (hand-written: means format 1)', '#preset=queue-30-vs-5&seed=7&consumer.workers=2'],
    ['a trailing & and an empty piece', `${link}&&`],
    [
      'the edge written with >',
      '#v=1&preset=queue-30-vs-5&seed=7&consumer.workers=2&producer>api.latency=0.04',
    ],
    [
      'the edge written with %3E',
      '#v=1&preset=queue-30-vs-5&seed=7&consumer.workers=2&producer%3Eapi.latency=0.04',
    ],
  ])('%s', (_, text) => {
    expectScenario(decodeScenarioLink(text), expected);
  });

  it('a hand-written change of distribution drops the old shape fields', () => {
    const result = decodeScenarioLink('#v=1&preset=full&payments.serviceTime.dist=exponential');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.scenario.nodes.find((n) => n.id === 'payments')).toMatchObject({
      serviceTime: { dist: 'exponential', mean: 0.25 },
    });
  });
});
