// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { baseScenario, errorsOf, expectOnlyError, expectSomeError, scenarioOf } from './helpers.ts';

type Json = Record<string, unknown>;
const scenario = (nodes: Json[], edges: Json[]) => ({ version: 1, nodes, edges });
const client = (id = 'web') => ({ id, kind: 'client' });
const service = (id: string, extra: Json = {}) => ({ id, kind: 'service', ...extra });

describe('graph rules', () => {
  it('accepts the base scenario with every kind', () => {
    expect(scenarioOf(baseScenario()).nodes).toHaveLength(8);
  });

  it('refuses duplicate node ids, naming both places', () => {
    const input = scenario([client(), service('api'), service('api')], [{ from: 'web', to: 'api' }]);
    expectOnlyError(input, 'nodes[2].id', "duplicate id 'api': nodes[1] has it already");
  });

  it('edges must join existing nodes, with a suggestion for typos', () => {
    const input = scenario([client(), service('api')], [{ from: 'web', to: 'apii' }]);
    expectSomeError(input, 'edges[0].to', "there is no node 'apii'; did you mean 'api'?");
    const from = scenario(
      [client(), service('api')],
      [
        { from: 'web', to: 'api' },
        { from: 'nowhere', to: 'api' },
      ],
    );
    expectOnlyError(from, 'edges[1].from', "there is no node 'nowhere'");
  });

  it('refuses self-edges', () => {
    const input = baseScenario();
    input.edges.push({ from: 'api', to: 'api' });
    expectOnlyError(input, 'edges[7]', "goes from 'api' to itself");
  });

  it('refuses a repeated edge, naming the first', () => {
    const input = baseScenario();
    input.edges.push({ from: 'lb', to: 'gw', latency: 0.1 });
    expectOnlyError(input, 'edges[7]', "repeats edges[1] ('lb' → 'gw')");
  });

  it('a client has exactly one outgoing edge', () => {
    expectSomeError(scenario([client(), service('api')], []), 'nodes[id=web]', 'it has no outgoing edge');
    const two = scenario(
      [client(), service('a'), service('b')],
      [
        { from: 'web', to: 'a' },
        { from: 'web', to: 'b' },
      ],
    );
    expectOnlyError(two, 'nodes[id=web]', "it has 2 outgoing edges (to 'a', 'b')");
  });

  it('nothing may point into a client', () => {
    const input = scenario(
      [client('web'), client('mobile'), { id: 'lb', kind: 'loadBalancer' }],
      [
        { from: 'web', to: 'lb' },
        { from: 'mobile', to: 'lb' },
        { from: 'lb', to: 'web' },
      ],
    );
    expectSomeError(input, 'edges[2].to', "points into client 'web'");
  });

  it("a service's outgoing edges go to queues only", () => {
    const input = baseScenario();
    input.edges.push({ from: 'api', to: 'pay' });
    expectOnlyError(input, 'edges[7]', "a service's outgoing edges publish jobs to queues only");
  });

  it("a queue's outgoing edges go to services only, and it needs one", () => {
    const input = baseScenario();
    input.edges.push({ from: 'jobs', to: 'orch' });
    expectOnlyError(input, 'edges[7]', "which must be services; 'orch' is an orchestrator");
    const lonely = baseScenario();
    lonely.edges = lonely.edges.filter((e) => e.from !== 'jobs');
    expectOnlyError(lonely, 'nodes[id=jobs]', "queue 'jobs' needs at least one consumer");
  });

  it.each([
    ['lb', 'load balancer', 'the servers it balances across'],
    ['gw', 'gateway', 'the nodes it routes to'],
    ['orch', 'orchestrator', 'the nodes it calls'],
  ])('a %s needs at least one outgoing edge', (id, name, what) => {
    const input = baseScenario();
    input.edges = input.edges.filter((e) => e.from !== id);
    expectSomeError(input, `nodes[id=${id}]`, `${name} '${id}' needs at least one outgoing edge: ${what}`);
  });

  it('refuses a directed cycle, naming its nodes', () => {
    const input = baseScenario();
    input.nodes.push({ id: 'orch-2', kind: 'orchestrator' });
    input.edges.push({ from: 'orch', to: 'orch-2' }, { from: 'orch-2', to: 'orch' });
    expectOnlyError(
      input,
      'edges[8]',
      "closes a cycle 'orch' → 'orch-2' → 'orch': a request would loop forever",
    );
  });

  it('finds a cycle through a queue and its consumer', () => {
    const input = scenario(
      [client(), service('api'), { id: 'jobs', kind: 'queue' }],
      [
        { from: 'web', to: 'api' },
        { from: 'api', to: 'jobs' },
        { from: 'jobs', to: 'api' },
      ],
    );
    expectOnlyError(input, 'edges[2]', "'api' → 'jobs' → 'api'");
  });

  it('needs at least one client', () => {
    expectOnlyError(scenario([service('api')], []), 'nodes', 'needs at least one client');
    expectOnlyError({ version: 1, nodes: [] }, 'nodes', 'needs at least one client');
  });

  it('routes belong on edges leaving a gateway', () => {
    const input = baseScenario();
    input.edges[1].route = '/x';
    expectOnlyError(
      input,
      'edges[1].route',
      "only edges leaving a gateway have a route; 'lb' is a load balancer",
    );
  });

  it("a gateway's routing table is unambiguous", () => {
    const input = baseScenario();
    input.nodes.push(service('other'));
    input.edges.push({ from: 'gw', to: 'other' });
    expectOnlyError(input, 'edges[7]', "gateway 'gw' already has a default edge without a route (edges[3])");
    const twice = baseScenario();
    twice.nodes.push(service('other'));
    twice.edges.push({ from: 'gw', to: 'other', route: '/checkout' });
    expectOnlyError(twice, 'edges[7].route', "gateway 'gw' already routes '/checkout' through edges[2]");
  });

  it('weighted round robin needs a positive weight', () => {
    const input = baseScenario();
    Object.assign(input.nodes[1], { algorithm: 'weighted-round-robin' });
    input.edges[1].weight = 0;
    expectOnlyError(input, 'nodes[id=lb].algorithm', 'weighted round robin needs at least one outgoing edge');
  });

  it('an unknown kind does not make its edges look broken', () => {
    const input = baseScenario();
    input.nodes[5].kind = 'databse';
    expectOnlyError(input, 'nodes[id=pay].kind', "unknown kind 'databse'");
  });
});

describe('all errors are collected', () => {
  it('reports field, kind and graph problems together, in input order', () => {
    const input = baseScenario();
    Object.assign(input.nodes[0], { rate: -1, routes: { bad: 1 } });
    Object.assign(input.nodes[4], { workers: 0, wokers: 2 });
    input.nodes[5].kind = 'db';
    input.edges[0].latency = 100;
    input.edges.push({ from: 'jobs', to: 'lb' }, { from: 'worker', to: 'ghost' });
    const errors = errorsOf({ ...input, seed: -3 });
    expect(errors.map((e) => e.path)).toEqual([
      'seed',
      'nodes[id=web].rate',
      'nodes[id=web].routes.bad',
      'nodes[id=api].workers',
      'nodes[id=api].wokers',
      'nodes[id=pay].kind',
      'edges[0].latency',
      'edges[8].to',
      'edges[7]', // a queue feeds services only
      'edges[7]', // and jobs → lb → gw → api → jobs is a cycle
    ]);
    for (const error of errors) expect(error.message.length).toBeGreaterThan(5);
  });
});
