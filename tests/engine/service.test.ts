import { describe, expect, it } from 'vitest';
import { advanceTo, applyChange, collectReport, takeSnapshot } from '../../src/engine/index.ts';
import {
  client,
  constant,
  edge,
  exponential,
  nodeIndex,
  queue,
  service,
  simulate,
} from './build-scenario.ts';

describe('client', () => {
  it('constant arrivals start at t = 0 and come every 1/rate', () => {
    const sim = simulate(
      [client('c', { rate: 4, arrival: 'constant' }), service('s', { serviceTime: constant(0) })],
      [edge('c', 's')],
    );
    advanceTo(sim, 0);
    expect(sim.requests.created).toBe(1);
    advanceTo(sim, 0.24);
    expect(sim.requests.created).toBe(1);
    advanceTo(sim, 0.26);
    expect(sim.requests.created).toBe(2);
    advanceTo(sim, 9.9);
    expect(sim.requests.created).toBe(40);
  });

  it('poisson arrivals: the first after one exponential gap, the count ≈ rate·t', () => {
    // Over seeds, the first arrival time is Exp(rate): its mean 1/rate within 4 standard errors.
    const firsts: number[] = [];
    for (let seed = 1; seed <= 400; seed++) {
      const sim = simulate(
        [client('c', { rate: 2 }), service('s', { serviceTime: constant(0) })],
        [edge('c', 's')],
        {
          seed,
        },
      );
      while (sim.requests.created === 0) advanceTo(sim, sim.queue.peekTime());
      firsts.push(sim.nowS);
    }
    expect(Math.min(...firsts)).toBeGreaterThan(0);
    const mean = firsts.reduce((a, b) => a + b, 0) / firsts.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * (0.5 / Math.sqrt(400)));
    const sim = simulate(
      [client('c', { rate: 50 }), service('s', { serviceTime: constant(0) })],
      [edge('c', 's')],
    );
    advanceTo(sim, 200);
    expect(Math.abs(sim.requests.created - 10_000)).toBeLessThan(4 * 100);
  });

  it('marks mobile requests and counts sent and ok per client', () => {
    const sim = simulate(
      [
        client('m', { device: 'mobile', rate: 5 }),
        client('w', { device: 'web', rate: 10 }),
        service('s', { serviceTime: exponential(0.01), workers: 2 }),
      ],
      [edge('m', 's'), edge('w', 's')],
    );
    advanceTo(sim, 100);
    const r = collectReport(sim);
    expect(r.clients.m.sent + r.clients.w.sent).toBe(sim.requests.created);
    expect(r.clients.m.ok + r.clients.w.ok).toBe(sim.requests.byOutcome[0]);
    const snap = takeSnapshot(sim);
    for (let i = 0; i < snap.dots.count; i++) {
      const token = sim.active.find((t) => t.id === snap.dots.id[i]);
      expect(Boolean(snap.dots.flags[i] & 1)).toBe(token?.mobile);
    }
  });
});

describe('service', () => {
  it('fails errorRate of requests with error (500), after their service', () => {
    const sim = simulate(
      [
        client('c', { rate: 50 }),
        service('s', { serviceTime: exponential(0.01), errorRate: 0.25, workers: 2 }),
      ],
      [edge('c', 's')],
    );
    advanceTo(sim, 100);
    const r = collectReport(sim);
    const n = r.nodes.s.completed + (r.nodes.s.failed.error ?? 0);
    expect(Math.abs((r.nodes.s.failed.error ?? 0) - 0.25 * n)).toBeLessThan(4 * Math.sqrt(n * 0.25 * 0.75));
    expect(r.clients.c.failed.error).toBe(r.nodes.s.failed.error);
    // Errors still used a worker: utilisation counts every request, ok or not.
    expect(r.nodes.s.utilization).toBeCloseTo((50 * 0.01) / 2, 1);
    expect(r.nodes.s.dropRate).toBe(0); // an error is not a drop
  });

  it('down answers unavailable (503) at once, and recovers when brought up', () => {
    const sim = simulate([client('c', { rate: 20 }), service('s', { down: true })], [edge('c', 's')]);
    advanceTo(sim, 10);
    let r = collectReport(sim);
    expect(r.nodes.s.failed.unavailable).toBe(r.clients.c.sent);
    expect(r.clients.c.failed.unavailable).toBe(r.clients.c.sent);
    expect(r.totals.requests.inFlight).toBe(0);
    expect(r.nodes.s.utilization).toBe(0);
    applyChange(sim, { type: 'node', nodeId: 's', patch: { down: false } });
    const downCount = r.clients.c.sent;
    advanceTo(sim, 20);
    r = collectReport(sim);
    expect(r.nodes.s.failed.unavailable).toBe(downCount);
    expect(r.clients.c.ok).toBeGreaterThan(80); // one worker at 10/s for 10 s
  });

  it('serves with `workers` in parallel and queues FIFO in `capacity` waiting slots, refusing beyond', () => {
    // Constant 10/s into 2 workers × 1 s with 3 waiting slots: 2/s served, the rest refused.
    const sim = simulate(
      [
        client('c', { rate: 10, arrival: 'constant' }),
        service('s', { serviceTime: constant(1), workers: 2, capacity: 3 }),
      ],
      [edge('c', 's')],
    );
    advanceTo(sim, 0.45);
    let snap = takeSnapshot(sim);
    const s = nodeIndex(sim, 's');
    expect(snap.nodes[s].busy).toBe(2);
    expect(snap.nodes[s].waiting).toBe(3);
    expect(snap.nodes[s].failed[5]).toBe(0);
    advanceTo(sim, 0.55);
    snap = takeSnapshot(sim);
    expect(snap.nodes[s].failed[5]).toBe(1);
    advanceTo(sim, 20.05);
    const r = collectReport(sim);
    // Worker A finishes at 1, 2, …, 20 and worker B (started at 0.1) at 1.1, …, 19.1.
    expect(r.nodes.s.completed).toBe(39);
    expect(r.nodes.s.inSystemAtEnd).toBe(5);
    expect(r.nodes.s.failed['queue-full']).toBe(r.nodes.s.arrivals - 39 - 5);
    expect(r.nodes.s.firstDropAt).toBeCloseTo(0.5, 9);
    expect(r.nodes.s.utilization).toBeCloseTo(1 - 0.1 / (2 * 20.05), 9); // B idle until 0.1
    // Full (3) except for a gap of under 0.1 s after each of the 2 departures per second.
    expect(r.nodes.s.meanQueueLength).toBeGreaterThan(2.75);
    expect(r.nodes.s.meanQueueLength).toBeLessThan(3);
    expect(r.nodes.s.dropProbability).toBeCloseTo(r.nodes.s.failed['queue-full']! / r.nodes.s.arrivals, 12);
  });

  it('capacity 0 means no waiting at all', () => {
    const sim = simulate(
      [
        client('c', { rate: 10, arrival: 'constant' }),
        service('s', { serviceTime: constant(0.25), capacity: 0 }),
      ],
      [edge('c', 's')],
    );
    advanceTo(sim, 9.95);
    const r = collectReport(sim);
    expect(r.nodes.s.meanWait).toBe(0);
    expect(r.nodes.s.completed + r.nodes.s.failed['queue-full']! + r.nodes.s.inSystemAtEnd).toBe(100);
    expect(r.nodes.s.probabilityOfWaiting).toBe(0);
  });

  it('publishes one job per finished ok request to each queue it feeds, none for errors', () => {
    const sim = simulate(
      [
        client('c', { rate: 20 }),
        service('s', { serviceTime: exponential(0.01), errorRate: 0.3, workers: 2 }),
        queue('q1'),
        queue('q2'),
        service('k1', { serviceTime: exponential(0.01), workers: 2 }),
        service('k2', { serviceTime: exponential(0.01), workers: 2 }),
      ],
      [edge('c', 's'), edge('s', 'q1'), edge('s', 'q2'), edge('q1', 'k1'), edge('q2', 'k2')],
    );
    advanceTo(sim, 100);
    const r = collectReport(sim);
    expect(r.nodes.q1.arrivals).toBe(r.nodes.s.completed);
    expect(r.nodes.q2.arrivals).toBe(r.nodes.s.completed);
    expect(r.totals.jobs.created).toBe(2 * r.nodes.s.completed);
    // Publishing is asynchronous: the request does not wait for its jobs (consumers take 0.01 s
    // each after the producer's own ≈ 0.011 s).
    expect(r.clients.c.latency.mean).toBeLessThan(0.015);
    expect(r.nodes.q1.meanTimeInSystem).toBeGreaterThan(0.009);
  });
});
