import { describe, expect, it } from 'vitest';
import { advanceTo, collectReport, DOT_STATE, takeSnapshot } from '../../src/engine/index.ts';
import type { ServiceNode } from '../../src/scenario/types.ts';
import {
  client,
  constant,
  edge,
  exponential,
  nodeIndex,
  orchestrator,
  service,
  simulate,
} from './build-scenario.ts';

type Mode = 'parallel' | 'sequential';

/** One request per second into an orchestrator over three services; no queueing anywhere. */
function fanOut(mode: Mode, services: ServiceNode[], aggregation = 0.05) {
  return simulate(
    [
      client('c', { rate: 1, arrival: 'constant' }),
      orchestrator('o', { mode, serviceTime: constant(aggregation) }),
      ...services,
    ],
    [edge('c', 'o'), ...services.map((s) => edge('o', s.id))],
  );
}

const THREE = [
  service('a', { serviceTime: constant(0.1) }),
  service('b', { serviceTime: constant(0.3) }),
  service('d', { serviceTime: constant(0.2) }),
];

describe('orchestrator fan-out and join', () => {
  it('parallel: calls every target at once and answers after the slowest plus aggregation', () => {
    const sim = fanOut('parallel', THREE);
    advanceTo(sim, 0.01);
    const snap = takeSnapshot(sim);
    const o = nodeIndex(sim, 'o');
    expect(snap.nodes[o].joining).toBe(1);
    expect(['a', 'b', 'd'].map((id) => snap.nodes[nodeIndex(sim, id)].busy)).toEqual([1, 1, 1]);
    expect(sim.active.filter((t) => t.kind === 2)).toHaveLength(3); // three branch calls
    expect(Array.from(snap.dots.state).filter((s) => s === DOT_STATE.joining)).toHaveLength(1);
    advanceTo(sim, 0.34);
    expect(sim.requests.finished).toBe(0); // joined at 0.3, aggregating until 0.35
    expect(takeSnapshot(sim).nodes[o].busy).toBe(1);
    advanceTo(sim, 0.36);
    expect(sim.requests.byOutcome[0]).toBe(1);
    advanceTo(sim, 100.5);
    const r = collectReport(sim);
    expect(r.clients.c.ok).toBe(101);
    expect(r.clients.c.latency.mean).toBeCloseTo(0.35, 9);
    expect(r.nodes.o.meanTimeInSystem).toBeCloseTo(0.35, 9);
    // The wait is for an aggregation worker after the join; with one request a second, none.
    expect(r.nodes.o.meanWait).toBeCloseTo(0, 9);
    for (const id of ['a', 'b', 'd']) expect(r.nodes[id].arrivals).toBe(101);
  });

  it('sequential: calls one target after another in edge order, total = sum plus aggregation', () => {
    const sim = fanOut('sequential', THREE);
    const busyAt = (t: number) => {
      advanceTo(sim, t);
      const snap = takeSnapshot(sim);
      return ['a', 'b', 'd'].map((id) => snap.nodes[nodeIndex(sim, id)].busy);
    };
    expect(busyAt(0.05)).toEqual([1, 0, 0]);
    expect(busyAt(0.15)).toEqual([0, 1, 0]);
    expect(busyAt(0.45)).toEqual([0, 0, 1]);
    expect(busyAt(0.62)).toEqual([0, 0, 0]);
    expect(sim.requests.finished).toBe(0);
    advanceTo(sim, 0.66);
    expect(sim.requests.byOutcome[0]).toBe(1);
    advanceTo(sim, 50.9);
    const r = collectReport(sim);
    expect(r.clients.c.latency.mean).toBeCloseTo(0.65, 9);
  });

  it('a branch failure decides the outcome: the first to fail in time, after all branches answer (parallel)', () => {
    // 'slow' errors after 0.3 s; 'gone' is down and answers unavailable at once.
    const services = [
      service('slow', { serviceTime: constant(0.3), errorRate: 1 }),
      service('gone', { down: true }),
      service('ok', { serviceTime: constant(0.5) }),
    ];
    const sim = fanOut('parallel', services);
    advanceTo(sim, 0.4);
    expect(sim.requests.finished).toBe(0); // still waiting for 'ok'
    advanceTo(sim, 0.51);
    expect(sim.requests.byOutcome[9]).toBe(1); // unavailable
    expect(takeSnapshot(sim).nodes[nodeIndex(sim, 'o')].busy).toBe(0); // no aggregation for a failure
    advanceTo(sim, 20.9);
    const r = collectReport(sim);
    expect(r.clients.c.failed.unavailable).toBe(21);
    expect(r.nodes.o.failed.unavailable).toBe(21);
    expect(r.nodes.o.failed.error).toBeUndefined();
    expect(r.nodes.slow.failed.error).toBe(21);
    expect(r.totals.byOutcome.error).toBe(0); // branch outcomes are not requests
    expect(r.totals.requests.created).toBe(21);
    expect(r.nodes.ok.completed).toBe(21);
  });

  it('a sequential orchestrator stops calling after a failure', () => {
    const services = [
      service('first', { serviceTime: constant(0.1) }),
      service('slow', { serviceTime: constant(0.3), errorRate: 1 }),
      service('gone', { down: true }),
    ];
    const sim = fanOut('sequential', services);
    advanceTo(sim, 20.9);
    const r = collectReport(sim);
    expect(r.clients.c.failed.error).toBe(21);
    expect(r.nodes.o.failed.error).toBe(21);
    expect(r.nodes.first.arrivals).toBe(21);
    expect(r.nodes.slow.arrivals).toBe(21);
    expect(r.nodes.gone.arrivals).toBe(0);
  });

  it('a partial error rate fails the request with probability 1 − Π(1 − pᵢ)', () => {
    const services = [
      service('x', { serviceTime: exponential(0.001), errorRate: 0.1, workers: 5 }),
      service('y', { serviceTime: exponential(0.001), errorRate: 0.2, workers: 5 }),
    ];
    const sim = simulate(
      [client('c', { rate: 100 }), orchestrator('o', { workers: 5 }), ...services],
      [edge('c', 'o'), edge('o', 'x'), edge('o', 'y')],
      { seed: 3 },
    );
    advanceTo(sim, 100);
    const r = collectReport(sim);
    const n = r.clients.c.sent - r.totals.requests.inFlight;
    const p = 1 - 0.9 * 0.8;
    expect(Math.abs((r.clients.c.failed.error ?? 0) - n * p)).toBeLessThan(4 * Math.sqrt(n * p * (1 - p)));
  });

  it('queues aggregation on its workers and refuses beyond its capacity', () => {
    const sim = simulate(
      [
        client('c', { rate: 10, arrival: 'constant' }),
        orchestrator('o', { serviceTime: constant(1), workers: 1, capacity: 2 }),
        service('s', { serviceTime: constant(0), workers: 1 }),
      ],
      [edge('c', 'o'), edge('o', 's')],
    );
    advanceTo(sim, 10.05);
    const r = collectReport(sim);
    // Aggregation serves 1/s; the other 9/s find the two waiting slots full.
    expect(r.nodes.o.completed).toBe(10);
    expect(r.nodes.o.arrivals).toBe(101);
    expect(r.nodes.o.inSystemAtEnd).toBeGreaterThanOrEqual(2); // one aggregating, one or two waiting
    expect(r.nodes.o.failed['queue-full']).toBe(101 - 10 - r.nodes.o.inSystemAtEnd);
    expect(r.nodes.o.utilization).toBeCloseTo(1, 6);
  });
});
