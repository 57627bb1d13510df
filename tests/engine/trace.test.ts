import { describe, expect, it } from 'vitest';
import { advanceTo, readTrace, traceNextRequest } from '../../src/engine/index.ts';
import { getPreset } from '../../src/scenario/presets/index.ts';
import { createSimulation } from '../../src/engine/index.ts';
import { client, edge, exponential, orchestrator, queue, service, simulate } from './build-scenario.ts';

function network() {
  return simulate(
    [
      client('c', { rate: 5 }),
      orchestrator('o', { serviceTime: exponential(0.01) }),
      service('a', { serviceTime: exponential(0.05) }),
      service('b', { serviceTime: exponential(0.2) }),
      queue('q'),
      service('k', { serviceTime: exponential(0.1) }),
    ],
    [
      edge('c', 'o', { latency: 0.02 }),
      edge('o', 'a', { latency: 0.01 }),
      edge('o', 'b'),
      edge('a', 'q'),
      edge('q', 'k'),
    ],
  );
}

describe('request tracing', () => {
  it('follows the next request through the fan-out, its branches side by side, to its outcome', () => {
    const sim = network();
    advanceTo(sim, 10);
    traceNextRequest(sim);
    advanceTo(sim, 20);
    const trace = readTrace(sim);
    expect(trace).not.toBeNull();
    expect(trace?.outcome).toBe('ok');
    const steps = trace?.steps ?? [];
    const id = (index: number) => sim.scenario.nodes[index].id;
    // The request travels to the orchestrator, branches 1 and 2 visit a and b, the join aggregates.
    expect(steps[0]).toMatchObject({ kind: 'travel', lane: 0, nodeIndex: 1 });
    expect(steps[0].toS - steps[0].fromS).toBeCloseTo(0.02, 12);
    const visits = steps.filter((s) => s.kind === 'visit');
    expect(visits.filter((s) => s.lane === 1 && !s.job).map((s) => id(s.nodeIndex))).toEqual(['a']);
    expect(visits.filter((s) => s.lane === 2).map((s) => id(s.nodeIndex))).toEqual(['b']);
    const join = visits.find((s) => id(s.nodeIndex) === 'o');
    expect(join).toBeDefined();
    const slowest = Math.max(...visits.filter((s) => s.lane > 0 && !s.job).map((s) => s.toS));
    expect(join?.queuedS).toBeCloseTo(slowest, 12); // the slowest branch decides when the join happens
    for (const visit of visits) {
      expect(visit.fromS).toBeLessThanOrEqual(visit.startS);
      expect(visit.startS).toBeLessThanOrEqual(visit.toS);
    }
    // Branch a published a job: it is followed through the queue to its consumer.
    const jobVisits = visits.filter((s) => s.job).map((s) => id(s.nodeIndex));
    expect(jobVisits).toEqual(['q', 'k']);
  });

  it('does not change the run', () => {
    const plain = network();
    const traced = network();
    advanceTo(plain, 30);
    advanceTo(traced, 5);
    traceNextRequest(traced);
    advanceTo(traced, 30);
    expect(traced.logHash).toBe(plain.logHash);
    expect(traced.events).toBe(plain.events);
  });

  it('"trace next" limited to a client and a route follows the orchestrator fan-out on purpose', () => {
    const { scenario } = getPreset('full')!;
    const web = scenario.nodes.findIndex((n) => n.id === 'web');
    const plain = createSimulation(scenario);
    const sim = createSimulation(scenario);
    advanceTo(plain, 20);
    advanceTo(sim, 5);
    traceNextRequest(sim, { clientIndex: web, route: '/checkout' });
    advanceTo(sim, 20);
    const trace = readTrace(sim)!;
    expect(trace).not.toBeNull();
    // Its first hop leaves the web client, and it fans out into branches (lanes above 0).
    const first = trace.steps[0];
    expect(scenario.edges[first.edgeIndex].from).toBe('web');
    const lanes = new Set(trace.steps.filter((s) => !s.job).map((s) => s.lane));
    expect(lanes.size).toBeGreaterThanOrEqual(4);
    expect(trace.steps.some((s) => s.kind === 'visit' && scenario.nodes[s.nodeIndex].id === 'checkout')).toBe(
      true,
    );
    // Tracing with a filter draws nothing random: the run is event for event the same.
    expect(sim.logHash).toBe(plain.logHash);
  });

  it('a filter that names another client waits for that client', () => {
    const { scenario } = getPreset('full')!;
    const mobile = scenario.nodes.findIndex((n) => n.id === 'mobile');
    const sim = createSimulation(scenario);
    advanceTo(sim, 2);
    traceNextRequest(sim, { clientIndex: mobile, route: '/users' });
    advanceTo(sim, 10);
    const trace = readTrace(sim)!;
    expect(scenario.edges[trace.steps[0].edgeIndex].from).toBe('mobile');
    expect(trace.steps.some((s) => s.kind === 'visit' && scenario.nodes[s.nodeIndex].id === 'users')).toBe(
      true,
    );
  });
});
