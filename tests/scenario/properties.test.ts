// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse-scenario.ts';
import { SCENARIO_VERSION, type ParseResult } from '../../src/scenario/types.ts';
import { baseScenario } from './helpers.ts';

/** Either a scenario, or a non-empty list of errors that each name a place and a problem. */
function expectWellFormed(result: ParseResult) {
  if (result.ok) {
    expect(result.scenario.version).toBe(SCENARIO_VERSION);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(typeof error.path === 'string' && error.path.length > 0).toBe(true);
    expect(typeof error.message === 'string' && error.message.length > 0).toBe(true);
  }
}

const parseBoth = (value: unknown) => {
  expectWellFormed(parseScenario(value));
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return; // BigInt and friends have no JSON form; the value itself was still parsed above
  }
  if (text !== undefined) expectWellFormed(parseScenario(text));
};

// Labels and routes are one line of plain text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;

const NODE_FIELDS = [
  'id',
  'kind',
  'label',
  'position',
  'rate',
  'routes',
  'workers',
  'serviceTime',
  'capacity',
  'rateLimit',
  'algorithm',
  'overflow',
  'mode',
  'down',
  'users',
];
const EDGE_FIELDS = ['from', 'to', 'route', 'weight', 'latency'];

describe('parseScenario never throws', () => {
  it('on arbitrary JSON values and their text', () => {
    fc.assert(fc.property(fc.jsonValue(), parseBoth), { numRuns: 300 });
  });

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) =>
        expectWellFormed(parseScenario(text)),
      ),
      { numRuns: 300 },
    );
  });

  it('on arbitrary JavaScript values', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(fc.property(anything, parseBoth), { numRuns: 300 });
  });

  it('on scenarios objects with arbitrary top-level fields', () => {
    const topLevel = fc.record(
      {
        version: fc.oneof(fc.constant(1), fc.jsonValue()),
        name: fc.jsonValue(),
        seed: fc.jsonValue(),
        nodes: fc.oneof(fc.array(fc.jsonValue(), { maxLength: 5 }), fc.jsonValue()),
        edges: fc.oneof(fc.array(fc.jsonValue(), { maxLength: 5 }), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(topLevel, parseBoth), { numRuns: 300 });
  });

  it('on a valid scenario with one field of a node or edge replaced by anything', () => {
    const mutation = fc.record({
      onEdge: fc.boolean(),
      index: fc.nat(7),
      field: fc.oneof(fc.constantFrom(...NODE_FIELDS, ...EDGE_FIELDS), fc.string()),
      value: fc.oneof(fc.jsonValue(), fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, 2 ** 53)),
    });
    fc.assert(
      fc.property(mutation, ({ onEdge, index, field, value }) => {
        const input = baseScenario();
        const target = onEdge ? input.edges[index % input.edges.length] : input.nodes[index];
        target[field] = value;
        parseBoth(input);
      }),
      { numRuns: 500 },
    );
  });
});

describe('valid scenarios', () => {
  const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  const distribution = fc.oneof(
    finite(0, 3600),
    fc.record({ dist: fc.constantFrom('exponential' as const, 'constant' as const), mean: finite(0, 3600) }),
    fc.record(
      { dist: fc.constant('lognormal' as const), mean: finite(0, 3600), cv: finite(0, 10) },
      { requiredKeys: ['dist', 'mean'] },
    ),
    fc.record(
      { dist: fc.constant('uniform' as const), mean: finite(0, 3600), spread: finite(0, 1) },
      { requiredKeys: ['dist', 'mean'] },
    ),
  );
  const service = fc.record(
    {
      workers: fc.integer({ min: 1, max: 1000 }),
      serviceTime: distribution,
      capacity: fc.option(fc.integer({ min: 0, max: 1_000_000 })),
      errorRate: finite(0, 1),
      down: fc.boolean(),
      label: fc.string({ maxLength: 60 }).map((s) => s.replace(CONTROL, '')),
    },
    { requiredKeys: [] },
  );
  const client = fc.record(
    {
      rate: finite(0, 100_000),
      users: fc.integer({ min: 1, max: 1e9 }),
      invalidAuthShare: finite(0, 1),
      arrival: fc.constantFrom('poisson', 'constant'),
      routes: fc.dictionary(
        fc.string({ maxLength: 20 }).map((s) => `/${s.replace(CONTROL, '').replace(/\s/g, '')}`),
        finite(0.001, 1000),
        { minKeys: 1, maxKeys: 50 },
      ),
    },
    { requiredKeys: [] },
  );
  const scenario = fc.record({
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    client,
    algorithm: fc.constantFrom('round-robin', 'random', 'least-connections', 'fifo', 'ip-hash'),
    services: fc.array(service, { minLength: 1, maxLength: 6 }),
    latency: finite(0, 60),
  });

  it('parse, and parsing their output again gives the same scenario', () => {
    fc.assert(
      fc.property(scenario, ({ seed, client, algorithm, services, latency }) => {
        const input = {
          version: 1,
          seed,
          nodes: [
            { id: 'web', kind: 'client', ...client },
            { id: 'lb', kind: 'loadBalancer', algorithm },
            ...services.map((s, i) => ({ id: `s${i}`, kind: 'service', ...s })),
          ],
          edges: [
            { from: 'web', to: 'lb', latency },
            ...services.map((_, i) => ({ from: 'lb', to: `s${i}` })),
          ],
        };
        const first = parseScenario(input);
        if (!first.ok) throw new Error(JSON.stringify(first.errors));
        expect(parseScenario(JSON.stringify(first.scenario))).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});
