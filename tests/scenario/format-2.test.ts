// @vitest-environment node
/**
 * Format 2's additions (DESIGN.md section 8): the top-level `faults` list and a balancer's
 * `healthCheck` and `outlierDetection`, with their defaults and a readable error for each mistake.
 */
import { describe, expect, it } from 'vitest';
import { baseScenario, errorsOf, expectOnlyError, scenarioOf, withNode } from './helpers.ts';

const v2 = (extra: Record<string, unknown> = {}) => ({ ...baseScenario(), version: 2, ...extra });
const withFaults = (...faults: unknown[]) => v2({ faults });

describe('faults', () => {
  it('fill in until (never heals) and each kind’s own parameter', () => {
    const scenario = scenarioOf(
      withFaults(
        { at: 5, target: 'api', kind: 'crash' },
        { at: 1, until: 2, target: 'gw', kind: 'slow' },
        { at: 1, until: 2, target: 'pay', kind: 'errors' },
        { at: 1, until: 2, target: 'lb>gw', kind: 'latency' },
        { at: 0, until: 9, target: 'gw>api', kind: 'partition' },
      ),
    );
    expect(scenario.faults).toEqual([
      { at: 5, until: null, target: 'api', kind: 'crash' },
      { at: 1, until: 2, target: 'gw', kind: 'slow', factor: 4 },
      { at: 1, until: 2, target: 'pay', kind: 'errors', errorRate: 0.5 },
      { at: 1, until: 2, target: 'lb>gw', kind: 'latency', latency: 0.5 },
      { at: 0, until: 9, target: 'gw>api', kind: 'partition' },
    ]);
  });

  it('default to none', () => {
    expect(scenarioOf(v2()).faults).toEqual([]);
  });

  it('name a missing node, with a guess', () => {
    expectOnlyError(
      withFaults({ at: 1, target: 'apj', kind: 'crash' }),
      'faults[0].target',
      "there is no node 'apj'; did you mean 'api'?",
    );
  });

  it('name a missing edge', () => {
    expectOnlyError(
      withFaults({ at: 1, target: 'web>api', kind: 'partition' }),
      'faults[0].target',
      "there is no edge 'web>api'",
    );
  });

  it('refuse a node fault on an edge, an edge fault on a node, and a kind that cannot suffer it', () => {
    expectOnlyError(
      withFaults({ at: 1, target: 'lb>gw', kind: 'crash' }),
      'faults[0].target',
      'applies to a node',
    );
    expectOnlyError(
      withFaults({ at: 1, target: 'api', kind: 'latency' }),
      'faults[0].target',
      "written 'from>to'",
    );
    expectOnlyError(
      withFaults({ at: 1, target: 'lb', kind: 'crash' }),
      'faults[0].target',
      "'lb' is a load balancer",
    );
    expectOnlyError(
      withFaults({ at: 1, target: 'gw', kind: 'errors' }),
      'faults[0].target',
      "'gw' is a gateway",
    );
  });

  it('refuse until before at', () => {
    expectOnlyError(
      withFaults({ at: 10, until: 5, target: 'api', kind: 'crash' }),
      'faults[0].until',
      'must be after at (10 s)',
    );
    expectOnlyError(
      withFaults({ at: 10, until: 10, target: 'api', kind: 'crash' }),
      'faults[0].until',
      'must be after at',
    );
  });

  it('refuse an unknown kind, listing the known ones', () => {
    expectOnlyError(
      withFaults({ at: 1, target: 'api', kind: 'explode' }),
      'faults[0].kind',
      "must be one of 'crash', 'slow', 'errors', 'latency', 'partition'",
    );
  });

  it('refuse bad parameters and unknown fields, naming the field', () => {
    expectOnlyError(
      withFaults({ at: 1, target: 'api', kind: 'slow', factor: 1 }),
      'faults[0].factor',
      'must be above 1',
    );
    expectOnlyError(
      withFaults({ at: 1, target: 'api', kind: 'errors', errorRate: 2 }),
      'faults[0].errorRate',
      'share from 0 to 1',
    );
    expectOnlyError(
      withFaults({ at: -1, target: 'api', kind: 'crash' }),
      'faults[0].at',
      'must be a number from 0',
    );
    expectOnlyError(
      withFaults({ at: 1, target: 'api', kind: 'crash', factor: 2 }),
      'faults[0].factor',
      "unknown field 'factor'",
    );
    expectOnlyError(withFaults('crash'), 'faults[0]', 'must be an object');
  });

  it('refuse more than 200', () => {
    const many = Array.from({ length: 201 }, (_, i) => ({ at: i, target: 'api', kind: 'crash' }));
    expectOnlyError(withFaults(...many), 'faults', 'may hold at most 200 faults; got 201');
    expect(scenarioOf(withFaults(...many.slice(0, 200))).faults).toHaveLength(200);
  });

  it('refuse a list that is not one', () => {
    expectOnlyError(v2({ faults: { at: 1 } }), 'faults', 'must be a list');
  });
});

describe('health checks and outlier detection', () => {
  it('are off by default, and {} means the documented defaults', () => {
    const off = scenarioOf(v2()).nodes.find((n) => n.id === 'lb');
    expect(off).toMatchObject({ healthCheck: null, outlierDetection: null });
    const on = scenarioOf({ ...withNode('lb', { healthCheck: {}, outlierDetection: {} }), version: 2 });
    expect(on.nodes.find((n) => n.id === 'lb')).toMatchObject({
      healthCheck: { interval: 5, unhealthyThreshold: 3, healthyThreshold: 2 },
      outlierDetection: { consecutiveFailures: 5, ejectionTime: 30, maxEjectedShare: 0.5 },
    });
  });

  it('name a bad field', () => {
    const bad = (patch: Record<string, unknown>) => ({ ...withNode('lb', patch), version: 2 });
    expectOnlyError(bad({ healthCheck: { interval: 0 } }), 'nodes[id=lb].healthCheck.interval', 'above 0');
    expectOnlyError(
      bad({ healthCheck: { unhealthyThreshold: 1.5 } }),
      'nodes[id=lb].healthCheck.unhealthyThreshold',
      'whole number',
    );
    expectOnlyError(
      bad({ outlierDetection: { maxEjectedShare: 3 } }),
      'nodes[id=lb].outlierDetection.maxEjectedShare',
      'share',
    );
    expect(errorsOf(bad({ healthCheck: { intervl: 5 } }))[0].message).toContain("did you mean 'interval'?");
  });
});
