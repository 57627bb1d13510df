import { describe, expect, it } from 'vitest';
import { advanceTo, applyChange, collectReport, DOT_STATE, takeSnapshot } from '../../src/engine/index.ts';
import {
  client,
  constant,
  edge,
  exponential,
  loadBalancer,
  queue,
  service,
  simulate,
} from './build-scenario.ts';

describe('edge latency', () => {
  it('adds each hop once to the end-to-end time, not to the node times', () => {
    const sim = simulate(
      [
        client('c', { rate: 1, arrival: 'constant' }),
        loadBalancer('lb'),
        service('s', { serviceTime: constant(0.1) }),
      ],
      [edge('c', 'lb', { latency: 0.25 }), edge('lb', 's', { latency: 0.125 })],
    );
    advanceTo(sim, 50.9);
    const r = collectReport(sim);
    expect(r.clients.c.latency.mean).toBeCloseTo(0.25 + 0.125 + 0.1, 9);
    expect(r.nodes.s.meanTimeInSystem).toBeCloseTo(0.1, 9);
    expect(r.nodes.lb.meanTimeInSystem).toBe(0);
  });

  it('shows a request on its edge with progress 0..1 while it travels', () => {
    const sim = simulate(
      [client('c', { rate: 1, arrival: 'constant' }), service('s', { serviceTime: constant(0.1) })],
      [edge('c', 's', { latency: 0.5 })],
    );
    for (const [t, progress] of [
      [0.1, 0.2],
      [0.25, 0.5],
      [0.45, 0.9],
    ]) {
      advanceTo(sim, t);
      const snap = takeSnapshot(sim);
      expect(snap.dots.count).toBe(1);
      expect(snap.dots.state[0]).toBe(DOT_STATE.traveling);
      expect(snap.dots.place[0]).toBe(0);
      expect(snap.dots.pos[0]).toBeCloseTo(progress, 6);
    }
    advanceTo(sim, 0.55);
    const snap = takeSnapshot(sim);
    expect(snap.dots.state[0]).toBe(DOT_STATE.inService);
  });

  it('does not change the queueing at the node, only shifts it (M/M/1 behind a 1 s link)', () => {
    const build = (latency: number) =>
      simulate(
        [client('c', { rate: 5 }), service('s', { serviceTime: exponential(0.1) })],
        [edge('c', 's', { latency })],
        {
          seed: 21,
        },
      );
    const near = build(0);
    const far = build(1);
    advanceTo(near, 2000);
    advanceTo(far, 2001);
    const a = collectReport(near);
    const b = collectReport(far);
    // The same arrival stream and service draws, delayed by exactly 1 s.
    expect(b.nodes.s.meanTimeInSystem).toBeCloseTo(a.nodes.s.meanTimeInSystem, 9);
    expect(b.clients.c.latency.mean).toBeCloseTo(a.clients.c.latency.mean + 1, 9);
  });

  it('a job travels its edges too: queue time starts on arrival at the queue', () => {
    const sim = simulate(
      [
        client('c', { rate: 1, arrival: 'constant' }),
        service('p', { serviceTime: constant(0.1) }),
        queue('q'),
        service('k', { serviceTime: constant(0.2) }),
      ],
      [edge('c', 'p'), edge('p', 'q', { latency: 0.3 }), edge('q', 'k', { latency: 0.4 })],
    );
    advanceTo(sim, 20.5);
    const r = collectReport(sim);
    expect(r.clients.c.latency.mean).toBeCloseTo(0.1, 9); // publish is asynchronous
    // Queue system: enqueue → consumer finished = hop to the consumer + its service.
    expect(r.nodes.q.meanTimeInSystem).toBeCloseTo(0.4 + 0.2, 9);
    expect(r.nodes.k.meanTimeInSystem).toBeCloseTo(0.2, 9);
    // Every hop is counted when it starts, the consumer's edge included (the 21st job is on it).
    expect(Array.from(sim.edgeCounts)).toEqual([21, 21, 21]);
    expect(r.nodes.k.arrivals).toBe(20);
    // A job on its way to the consumer is drawn on that edge.
    advanceTo(sim, 21.1 + 0.3 + 0.2);
    const snap = takeSnapshot(sim);
    expect(snap.dots.count).toBe(1);
    expect(snap.dots.state[0]).toBe(DOT_STATE.traveling);
    expect(snap.dots.place[0]).toBe(2);
  });

  it('a consumer that goes down while a job travels to it answers unavailable, and the queue lets go', () => {
    const sim = simulate(
      [
        client('c', { rate: 1, arrival: 'constant' }),
        queue('q'),
        service('k', { serviceTime: constant(0.2) }),
      ],
      [edge('c', 'q'), edge('q', 'k', { latency: 0.5 })],
    );
    advanceTo(sim, 0.25);
    applyChange(sim, { type: 'node', nodeId: 'k', patch: { down: true } });
    advanceTo(sim, 0.75);
    const r = collectReport(sim);
    expect(r.totals.jobs.byOutcome.unavailable).toBe(1);
    expect(r.nodes.q.inSystemAtEnd).toBe(0);
    expect(r.nodes.q.failed.unavailable).toBe(1);
    expect(sim.active).toHaveLength(0);
  });
});
