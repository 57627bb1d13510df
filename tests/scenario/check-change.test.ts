// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkChange, type ScenarioChange } from '../../src/scenario/change/index.ts';
import { LIMITS } from '../../src/scenario/limits.ts';
import { parseScenario } from '../../src/scenario/parse-scenario.ts';
import { getPreset } from '../../src/scenario/presets/index.ts';
import type { Scenario, ScenarioNode } from '../../src/scenario/types.ts';

const scenario = getPreset('full')!.scenario;
const gatewayIndex = scenario.edges.findIndex((e) => e.from === 'gateway-1' && e.route !== undefined);

function accepted(change: unknown) {
  const result = checkChange(scenario, change);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result;
}

function refused(change: unknown) {
  const result = checkChange(scenario, change);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(change)}`);
  return result.errors;
}

/** What parseScenario says about the scenario with node `id` patched by hand. */
function parseErrorsWith(id: string, patch: Record<string, unknown>) {
  const nodes = scenario.nodes.map((n) => (n.id === id ? { ...n, ...patch } : n));
  const result = parseScenario({ ...scenario, nodes });
  return result.ok ? [] : result.errors;
}

describe('checkChange: the one door for live changes', () => {
  it('patches one node and leaves the others (and the original) untouched', () => {
    const { scenario: next, change } = accepted({ type: 'node', nodeId: 'lb', patch: { algorithm: 'fifo' } });
    expect(next.nodes.find((n) => n.id === 'lb')).toMatchObject({ algorithm: 'fifo' });
    expect(scenario.nodes.find((n) => n.id === 'lb')).toMatchObject({ algorithm: 'round-robin' });
    next.nodes.forEach((node, i) => node.id !== 'lb' && expect(node).toBe(scenario.nodes[i]));
    next.edges.forEach((edge, i) => expect(edge).toBe(scenario.edges[i]));
    expect(change).toEqual({ type: 'node', nodeId: 'lb', patch: { algorithm: 'fifo' } });
  });

  it('patches one edge by index', () => {
    const { scenario: next } = accepted({ type: 'edge', edgeIndex: 2, patch: { weight: 5 } });
    expect(next.edges[2].weight).toBe(5);
    expect(next.edges[3]).toBe(scenario.edges[3]);
  });

  it('removes an edge route when the patch sets it to undefined', () => {
    expect(gatewayIndex).toBeGreaterThanOrEqual(0);
    const { scenario: next, change } = accepted({
      type: 'edge',
      edgeIndex: gatewayIndex,
      patch: { route: undefined },
    });
    expect(next.edges[gatewayIndex].route).toBeUndefined();
    expect('route' in change.patch).toBe(true);
  });

  it('hands the engine the change with the defaults filled in, as a parsed file would have them', () => {
    const { change, scenario: next } = accepted({
      type: 'node',
      nodeId: 'users',
      patch: { serviceTime: { dist: 'lognormal', mean: 0.2 } },
    });
    const users = next.nodes.find((n) => n.id === 'users') as Extract<ScenarioNode, { kind: 'service' }>;
    expect(users.serviceTime).toEqual({ dist: 'lognormal', mean: 0.2, cv: 1 });
    expect(change).toEqual({ type: 'node', nodeId: 'users', patch: { serviceTime: users.serviceTime } });
  });

  it('refuses bad values with exactly the errors parseScenario gives for the same scenario', () => {
    const cases: Array<[string, Record<string, unknown>, RegExp]> = [
      ['users', { workers: 0 }, /^nodes\[id=users\]\.workers$/],
      ['users', { workers: 2.5 }, /workers/],
      ['users', { workers: LIMITS.workers + 1 }, /workers/],
      ['mobile', { rate: -1 }, /rate/],
      ['mobile', { rate: Number.NaN }, /rate/],
      ['mobile', { rate: LIMITS.rate + 1 }, /rate/],
      ['users', { errorRate: 1.5 }, /errorRate/],
      ['jobs', { capacity: LIMITS.capacity + 1 }, /capacity/],
      ['users', { serviceTime: { dist: 'exponential', mean: LIMITS.serviceTimeMean + 1 } }, /serviceTime/],
      ['gateway-1', { rateLimit: { rate: 10, burst: LIMITS.burst + 1, per: 'global' } }, /rateLimit\.burst/],
      ['lb', { algorithm: 'random-ish' }, /algorithm/],
      ['users', { wokers: 3 }, /users/],
      ['users', { label: 'two\nlines' }, /label/],
    ];
    for (const [nodeId, patch, path] of cases) {
      const errors = refused({ type: 'node', nodeId, patch });
      expect(errors).toEqual(parseErrorsWith(nodeId, patch));
      expect(errors.length).toBeGreaterThan(0);
      expect(errors[0].path).toMatch(path);
    }
    expect(refused({ type: 'node', nodeId: 'users', patch: { wokers: 3 } })[0].message).toMatch(
      /did you mean 'workers'/,
    );
  });

  it('takes every bound from LIMITS: the largest allowed values pass, one more is refused', () => {
    // The engine used to allow a burst of 1e9 while files stopped at LIMITS.burst.
    const limit = (burst: number) => ({
      type: 'node',
      nodeId: 'gateway-1',
      patch: { rateLimit: { rate: LIMITS.rateLimitRate, burst, per: 'user' } },
    });
    expect(checkChange(scenario, limit(LIMITS.burst)).ok).toBe(true);
    expect(checkChange(scenario, limit(LIMITS.burst + 1)).ok).toBe(false);
    expect(checkChange(scenario, limit(1e9)).ok).toBe(false);
    expect(checkChange(scenario, { type: 'node', nodeId: 'mobile', patch: { rate: LIMITS.rate } }).ok).toBe(
      true,
    );
    const latency = (s: number) => ({ type: 'edge', edgeIndex: 0, patch: { latency: s } });
    expect(checkChange(scenario, latency(LIMITS.latency)).ok).toBe(true);
    expect(refused(latency(LIMITS.latency + 1))[0].path).toBe('edges[0].latency');
    expect(refused(latency(Number.NaN))[0].path).toBe('edges[0].latency');
  });

  it('refuses a change the graph rules refuse, as parseScenario does', () => {
    const routed = scenario.edges.flatMap((e, i) => (e.from === 'gateway-1' && e.route ? [i] : []));
    expect(routed.length).toBeGreaterThanOrEqual(2);
    const [first, second] = routed;
    const patch = { route: scenario.edges[first].route };
    const errors = refused({ type: 'edge', edgeIndex: second, patch });
    const edges = scenario.edges.map((e, i) => (i === second ? { ...e, ...patch } : e));
    const whole = parseScenario({ ...scenario, edges });
    expect(whole.ok).toBe(false);
    expect(errors).toEqual(!whole.ok && whole.errors);
    expect(errors[0].message).toMatch(/already routes/);
  });

  it('refuses forged or malformed changes, naming the field, and never throws', () => {
    const pathOf = (change: unknown) => refused(change).map((e) => e.path);
    expect(pathOf(null)).toEqual(['change']);
    expect(pathOf([1, 2])).toEqual(['change']);
    expect(pathOf({ type: 'explode' })).toEqual(['change.type']);
    expect(pathOf({ type: 'toString', nodeId: 'lb', patch: {} })).toEqual(['change.type']);
    expect(pathOf({ type: 'node', patch: {} })).toEqual(['change.nodeId']);
    expect(refused({ type: 'node', nodeId: 'userz', patch: {} })[0].message).toMatch(
      /names no node of the scenario: 'userz'; did you mean 'users'\?/,
    );
    expect(pathOf({ type: 'node', nodeId: 'lb', patch: 'fast' })).toEqual(['change.patch']);
    expect(pathOf({ type: 'node', nodeId: 'lb', patch: { id: 'x' } })).toEqual(['change.patch.id']);
    expect(pathOf({ type: 'node', nodeId: 'lb', patch: { kind: 'service' } })).toEqual(['change.patch.kind']);
    expect(pathOf({ type: 'node', nodeId: 'lb', patch: {}, extra: 1 })).toEqual(['change']);
    expect(pathOf({ type: 'edge', edgeIndex: scenario.edges.length, patch: {} })).toEqual([
      'change.edgeIndex',
    ]);
    expect(pathOf({ type: 'edge', edgeIndex: -1, patch: {} })).toEqual(['change.edgeIndex']);
    expect(pathOf({ type: 'edge', edgeIndex: 0.5, patch: {} })).toEqual(['change.edgeIndex']);
    expect(refused({ type: 'edge', edgeIndex: 0, patch: { to: 'users' } })[0].message).toMatch(/'to'/);
    const hostile = {
      type: 'node',
      nodeId: 'lb',
      get patch(): never {
        throw new Error('boom');
      },
    };
    expect(refused(hostile)[0].message).toMatch(/boom/);
  });

  it('quotes at most about 80 characters of a bad value', () => {
    const long = 'x'.repeat(10_000);
    for (const change of [
      { type: long },
      { type: 'node', nodeId: long, patch: {} },
      { type: 'node', nodeId: 'lb', patch: { algorithm: long } },
      { type: 'node', nodeId: 'lb', patch: { [long]: 1 } },
    ]) {
      for (const error of refused(change)) {
        expect(`${error.path}: ${error.message}`).not.toMatch(/x{81}/);
        expect(error.message.length).toBeLessThan(300);
      }
    }
  });

  it('a sequence of accepted changes gives a scenario that parses to itself', () => {
    const changes: ScenarioChange[] = [
      { type: 'node', nodeId: 'mobile', patch: { rate: 30 } },
      { type: 'node', nodeId: 'users', patch: { workers: 5, down: true } },
      { type: 'edge', edgeIndex: 0, patch: { latency: 0.05 } },
    ];
    let next: Scenario = scenario;
    for (const change of changes) {
      const result = checkChange(next, change);
      expect(result.ok).toBe(true);
      if (result.ok) next = result.scenario;
    }
    const parsed = parseScenario(next);
    expect(parsed.ok && parsed.scenario).toEqual(next);
    expect(next.nodes.find((n) => n.id === 'users')).toMatchObject({ workers: 5, down: true });
    expect(next.edges[0].latency).toBe(0.05);
  });
});
