// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  baseScenario,
  errorsOf,
  expectOnlyError,
  expectSomeError,
  scenarioOf,
  withEdge,
  withNode,
} from './helpers.ts';

type Case = [field: string, value: unknown, path: string, allowed: string];

const RANGE = {
  rate: 'from 0 to 100,000 req/s',
  users: 'whole number from 1 to 1,000,000,000',
  share: 'share from 0 to 1',
  workers: 'whole number from 1 to 1,000',
  capacity: 'null (unbounded) or a whole number of waiting slots from 0 to 1,000,000',
  mean: 'from 0 to 3,600 s',
  bool: 'true or false',
};

const nodeCases: Array<[id: string, ...Case]> = [
  ['web', 'rate', -1, 'nodes[id=web].rate', RANGE.rate],
  ['web', 'rate', 100_001, 'nodes[id=web].rate', RANGE.rate],
  ['web', 'rate', NaN, 'nodes[id=web].rate', RANGE.rate],
  ['web', 'rate', Infinity, 'nodes[id=web].rate', RANGE.rate],
  ['web', 'rate', '10', 'nodes[id=web].rate', RANGE.rate],
  ['web', 'rate', null, 'nodes[id=web].rate', RANGE.rate],
  ['web', 'users', 0, 'nodes[id=web].users', RANGE.users],
  ['web', 'users', 1.5, 'nodes[id=web].users', RANGE.users],
  ['web', 'users', 1e9 + 1, 'nodes[id=web].users', RANGE.users],
  ['web', 'invalidAuthShare', 1.01, 'nodes[id=web].invalidAuthShare', RANGE.share],
  ['web', 'malformedShare', -0.1, 'nodes[id=web].malformedShare', RANGE.share],
  ['web', 'device', 'tablet', 'nodes[id=web].device', "one of 'mobile', 'web'"],
  ['web', 'arrival', 'bursty', 'nodes[id=web].arrival', "one of 'poisson', 'constant'"],
  ['web', 'routes', {}, 'nodes[id=web].routes', 'at least one route'],
  ['web', 'routes', [], 'nodes[id=web].routes', 'route → weight'],
  ['web', 'routes', { '/a': 0 }, 'nodes[id=web].routes', 'weight above 0'],
  ['web', 'routes', { orders: 1 }, 'nodes[id=web].routes.orders', "must be a route: '/'"],
  ['web', 'routes', { '/a b': 1 }, 'nodes[id=web].routes["/a b"]', 'without spaces'],
  [
    'web',
    'routes',
    { ['/' + 'x'.repeat(200)]: 1 },
    // A path quotes at most 80 characters of a key, like any other bad value.
    `nodes[id=web].routes["/${'x'.repeat(79)}…"]`,
    'at most 199',
  ],
  ['web', 'routes', { '/a': -1 }, 'nodes[id=web].routes["/a"]', 'from 0 to 1,000'],
  ['web', 'routes', { '/a': 1001 }, 'nodes[id=web].routes["/a"]', 'from 0 to 1,000'],
  ['web', 'label', 'x'.repeat(61), 'nodes[id=web].label', 'at most 60 characters'],
  ['web', 'label', 'two\nlines', 'nodes[id=web].label', 'plain text'],
  ['web', 'label', 42, 'nodes[id=web].label', 'must be text'],
  ['lb', 'algorithm', 'best', 'nodes[id=lb].algorithm', "one of 'round-robin', 'weighted-round-robin'"],
  ['gw', 'workers', 0, 'nodes[id=gw].workers', RANGE.workers],
  ['gw', 'workers', 1001, 'nodes[id=gw].workers', RANGE.workers],
  ['gw', 'workers', 2.5, 'nodes[id=gw].workers', RANGE.workers],
  ['gw', 'capacity', -1, 'nodes[id=gw].capacity', RANGE.capacity],
  ['gw', 'auth', 'yes', 'nodes[id=gw].auth', RANGE.bool],
  ['gw', 'validate', 1, 'nodes[id=gw].validate', RANGE.bool],
  ['gw', 'serviceTime', -0.1, 'nodes[id=gw].serviceTime', RANGE.mean],
  ['gw', 'serviceTime', 3601, 'nodes[id=gw].serviceTime', RANGE.mean],
  ['gw', 'serviceTime', '0.1', 'nodes[id=gw].serviceTime', 'a mean in seconds, or { dist, mean }'],
  ['gw', 'serviceTime', { dist: 'normal', mean: 1 }, 'nodes[id=gw].serviceTime.dist', "one of 'exponential'"],
  ['gw', 'serviceTime', { mean: 1 }, 'nodes[id=gw].serviceTime.dist', "one of 'exponential'"],
  ['gw', 'serviceTime', { dist: 'constant' }, 'nodes[id=gw].serviceTime.mean', 'is required'],
  ['gw', 'serviceTime', { dist: 'constant', mean: NaN }, 'nodes[id=gw].serviceTime.mean', RANGE.mean],
  [
    'gw',
    'serviceTime',
    { dist: 'lognormal', mean: 1, cv: 10.5 },
    'nodes[id=gw].serviceTime.cv',
    'from 0 to 10',
  ],
  [
    'gw',
    'serviceTime',
    { dist: 'uniform', mean: 1, spread: 1.5 },
    'nodes[id=gw].serviceTime.spread',
    'from 0 to 1',
  ],
  [
    'gw',
    'serviceTime',
    { dist: 'exponential', mean: 1, cv: 1 },
    'nodes[id=gw].serviceTime.cv',
    "unknown field 'cv'",
  ],
  ['gw', 'rateLimit', { rate: 0 }, 'nodes[id=gw].rateLimit.rate', 'above 0 and at most 100,000 req/s'],
  ['gw', 'rateLimit', { rate: 100_001 }, 'nodes[id=gw].rateLimit.rate', 'above 0 and at most 100,000 req/s'],
  ['gw', 'rateLimit', { burst: 5 }, 'nodes[id=gw].rateLimit.rate', 'is required'],
  ['gw', 'rateLimit', { rate: 5, burst: 0.5 }, 'nodes[id=gw].rateLimit.burst', 'from 1 to 1,000,000'],
  ['gw', 'rateLimit', { rate: 5, per: 'ip' }, 'nodes[id=gw].rateLimit.per', "one of 'user', 'global'"],
  ['gw', 'rateLimit', { rate: 5, window: 1 }, 'nodes[id=gw].rateLimit.window', "unknown field 'window'"],
  ['gw', 'rateLimit', 5, 'nodes[id=gw].rateLimit', 'null (no limit) or a token bucket'],
  ['orch', 'mode', 'serial', 'nodes[id=orch].mode', "one of 'parallel', 'sequential'"],
  ['orch', 'workers', 0, 'nodes[id=orch].workers', RANGE.workers],
  ['orch', 'capacity', 2.5, 'nodes[id=orch].capacity', RANGE.capacity],
  ['api', 'errorRate', 1.5, 'nodes[id=api].errorRate', RANGE.share],
  ['api', 'down', 'no', 'nodes[id=api].down', RANGE.bool],
  ['api', 'capacity', 1_000_001, 'nodes[id=api].capacity', RANGE.capacity],
  ['api', 'capacity', '5', 'nodes[id=api].capacity', RANGE.capacity],
  ['api', 'wokers', 2, 'nodes[id=api].wokers', "unknown field 'wokers'; did you mean 'workers'?"],
  ['api', 'rate', 2, 'nodes[id=api].rate', "unknown field 'rate'"],
  ['api', 'position', { x: 'left', y: 0 }, 'nodes[id=api].position.x', 'number from -1,000,000 to 1,000,000'],
  ['api', 'position', { x: 0 }, 'nodes[id=api].position.y', 'is required'],
  ['api', 'position', { x: 0, y: 0, z: 0 }, 'nodes[id=api].position.z', "unknown field 'z'"],
  [
    'jobs',
    'overflow',
    'drop-newest',
    'nodes[id=jobs].overflow',
    "one of 'reject-new', 'drop-oldest', 'dead-letter', 'block'",
  ],
  ['jobs', 'capacity', -5, 'nodes[id=jobs].capacity', RANGE.capacity],
];

const edgeCases: Array<[index: number, ...Case]> = [
  [0, 'latency', -0.01, 'edges[0].latency', 'from 0 to 60 s'],
  [0, 'latency', 61, 'edges[0].latency', 'from 0 to 60 s'],
  [1, 'weight', -1, 'edges[1].weight', 'from 0 to 1,000'],
  [1, 'weight', 1001, 'edges[1].weight', 'from 0 to 1,000'],
  [3, 'route', 'orders', 'edges[3].route', "must be a route: '/'"],
  [3, 'route', '/' + 'x'.repeat(200), 'edges[3].route', 'at most 199'],
  [0, 'latncy', 0.1, 'edges[0].latncy', "unknown field 'latncy'; did you mean 'latency'?"],
];

describe('every range error names its field and what is allowed', () => {
  it.each(nodeCases)('%s.%s = %j', (id, field, value, path, allowed) => {
    expectOnlyError(withNode(id, { [field]: value }), path, allowed);
  });

  it.each(edgeCases)('edges[%i].%s = %j', (index, field, value, path, allowed) => {
    expectOnlyError(withEdge(index, { [field]: value }), path, allowed);
  });

  it.each([
    ['seed', -1],
    ['seed', 2 ** 32],
    ['seed', 1.5],
  ])('%s = %j', (field, value) => {
    expectOnlyError({ ...baseScenario(), [field]: value }, 'seed', 'whole number from 0 to 4,294,967,295');
  });

  it('names: at most 100 characters of plain text', () => {
    expectOnlyError({ ...baseScenario(), name: 'n'.repeat(101) }, 'name', 'at most 100 characters');
    expectOnlyError({ ...baseScenario(), name: 'a\u0000b' }, 'name', 'plain text');
  });

  it('refuses more than 50 routes', () => {
    const routes = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`/r${i}`, 1]));
    expectOnlyError(withNode('web', { routes }), 'nodes[id=web].routes', 'at most 50 routes');
  });

  it('ids: lowercase, start with a letter, at most 32 characters', () => {
    for (const id of ['Web', '1web', 'web_app', 'w'.repeat(33), '']) {
      expectSomeError(withNode('pay', { id }), 'nodes[5].id', 'must be an id');
    }
    expectSomeError(withNode('pay', { id: 5 }), 'nodes[5].id', 'must be an id');
    expectSomeError(withEdge(0, { from: 'Web' }), 'edges[0].from', 'must be an id');
  });

  it('unknown and missing top-level fields', () => {
    const { nodes, ...rest } = baseScenario();
    const errors = errorsOf({ ...rest, nodez: nodes });
    expect(errors).toHaveLength(2);
    expect(errors).toContainEqual({ path: 'nodez', message: "unknown field 'nodez'; did you mean 'nodes'?" });
    expect(errors).toContainEqual({ path: 'nodes', message: 'is required' });
  });

  it('node ids and kinds are required, and kinds must be known', () => {
    const [noId, noKind] = [baseScenario(), baseScenario()];
    delete noId.nodes[5].id;
    delete noKind.nodes[5].kind;
    expectSomeError(noId, 'nodes[5].id', 'is required');
    expectOnlyError(noKind, 'nodes[id=pay].kind', "is required: one of 'client'");
    expectSomeError(withNode('pay', { kind: 'database' }), 'nodes[id=pay].kind', "unknown kind 'database'");
    expectSomeError(
      withNode('lb', { kind: 'load-balancer' }),
      'nodes[id=lb].kind',
      "did you mean 'loadBalancer'?",
    );
  });

  it('nodes and edges must be lists within their limits', () => {
    expectSomeError({ ...baseScenario(), nodes: {} }, 'nodes', 'must be a list');
    expectOnlyError({ ...baseScenario(), edges: null }, 'edges', 'must be a list');
    const many = Array.from({ length: 201 }, (_, i) => ({ id: `s${i}`, kind: 'service' }));
    expectOnlyError({ ...baseScenario(), nodes: many }, 'nodes', 'at most 200 nodes; got 201');
    const edges = Array.from({ length: 1001 }, () => ({ from: 'web', to: 'lb' }));
    expectOnlyError({ ...baseScenario(), edges }, 'edges', 'at most 1,000 edges; got 1,001');
    expectSomeError({ ...baseScenario(), nodes: [null] }, 'nodes[0]', 'must be an object');
    expectSomeError({ ...baseScenario(), edges: ['web->lb'] }, 'edges[0]', 'must be an object');
  });

  it('accepts every bound itself', () => {
    const scenario = baseScenario();
    const set = (id: string, patch: Record<string, unknown>) =>
      Object.assign(
        scenario.nodes.find((n) => n.id === id)!,
        patch,
      );
    set('web', {
      label: 'L'.repeat(60),
      rate: 100_000,
      users: 1e9,
      invalidAuthShare: 1,
      malformedShare: 0,
      routes: { ['/' + 'r'.repeat(199)]: 1000, '/zero': 0 },
    });
    set('gw', { workers: 1000, capacity: 1_000_000, rateLimit: { rate: 100_000, burst: 1 } });
    set('orch', { workers: 1, capacity: 0, serviceTime: { dist: 'lognormal', mean: 3600, cv: 10 } });
    set('api', { errorRate: 1, serviceTime: { dist: 'uniform', mean: 0, spread: 0 } });
    set('pay', { serviceTime: { dist: 'lognormal', mean: 0, cv: 0 }, position: { x: -1e6, y: 1e6 } });
    Object.assign(scenario.edges[0], { latency: 60, weight: 1000 });
    Object.assign(scenario.edges[1], { latency: 0, weight: 0 });
    const parsed = scenarioOf({ ...scenario, name: 'N'.repeat(100), seed: 2 ** 32 - 1 });
    expect(parsed.seed).toBe(4294967295);
    expect(scenarioOf({ ...baseScenario(), seed: 0 }).seed).toBe(0);
  });
});
