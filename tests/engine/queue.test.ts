import { describe, expect, it } from 'vitest';
import {
  advanceTo,
  applyChange,
  collectReport,
  DOT_STATE,
  takeSnapshot,
  type Simulation,
} from '../../src/engine/index.ts';
import type { OverflowPolicy } from '../../src/scenario/types.ts';
import {
  activeByKind,
  client,
  constant,
  conservationViolation,
  edge,
  exponential,
  nodeIndex,
  queue,
  service,
  simulate,
} from './build-scenario.ts';

/** A client publishing 10/s straight into a 5-slot queue drained by one consumer at ≈1/s. */
function direct(overflow: OverflowPolicy, capacity = 5) {
  return simulate(
    [
      client('c', { rate: 10, arrival: 'constant' }),
      queue('q', { capacity, overflow }),
      service('k', { serviceTime: constant(1.05) }),
    ],
    [edge('c', 'q'), edge('q', 'k')],
  );
}

function waitingJobs(sim: Simulation, queueId: string) {
  const q = nodeIndex(sim, queueId);
  return sim.active.filter((t) => t.kind === 1 && t.state === DOT_STATE.waiting && t.node === q);
}

describe('queue basics', () => {
  it('acknowledges the publisher at once; the job goes on to a consumer', () => {
    const sim = direct('reject-new');
    advanceTo(sim, 0);
    expect(sim.requests.byOutcome[0]).toBe(1); // the request ended ok at once
    expect(activeByKind(sim)).toEqual([0, 1, 0]); // its job is at the consumer
    advanceTo(sim, 0.45);
    expect(waitingJobs(sim, 'q')).toHaveLength(4);
    const r = collectReport(sim);
    expect(r.nodes.q.arrivals).toBe(5);
    expect(r.nodes.k.arrivals).toBe(1);
    expect(r.clients.c.latency.mean).toBe(0);
  });

  it('shares jobs among its consumers and skips a consumer that is down', () => {
    const sim = simulate(
      [
        client('c', { rate: 30 }),
        queue('q'),
        service('k1', { serviceTime: exponential(0.1), workers: 2 }),
        service('k2', { serviceTime: exponential(0.1), workers: 2 }),
        service('k3', { serviceTime: exponential(0.1), workers: 2, down: true }),
      ],
      [edge('c', 'q'), edge('q', 'k1'), edge('q', 'k2'), edge('q', 'k3')],
    );
    advanceTo(sim, 100);
    const r = collectReport(sim);
    expect(r.nodes.k3.arrivals).toBe(0);
    expect(r.totals.byOutcome.unavailable).toBe(0);
    const share = r.nodes.k1.arrivals / (r.nodes.k1.arrivals + r.nodes.k2.arrivals);
    expect(share).toBeGreaterThan(0.45);
    expect(share).toBeLessThan(0.55);
    // The queue's servers are its consumers' workers (the down one included): 6.
    expect(r.nodes.q.utilization).toBeCloseTo((30 * 0.1) / 6, 1);
  });
});

describe('queue overflow policies', () => {
  it('reject-new refuses the arriving publish with queue-full', () => {
    const sim = direct('reject-new');
    advanceTo(sim, 0.55);
    expect(sim.requests.byOutcome[5]).toBe(0);
    expect(waitingJobs(sim, 'q')).toHaveLength(5);
    advanceTo(sim, 0.65);
    expect(sim.requests.byOutcome[5]).toBe(1);
    expect(waitingJobs(sim, 'q')).toHaveLength(5);
    advanceTo(sim, 30);
    const r = collectReport(sim);
    expect(r.nodes.q.failed['queue-full']).toBe(r.clients.c.failed['queue-full']);
    expect(r.totals.jobs.created).toBe(r.clients.c.ok);
    expect(r.totals.jobs.byOutcome['queue-full']).toBe(0); // a refused publish never became a job
    expect(r.nodes.q.firstDropAt).toBeCloseTo(0.6, 9);
    expect(r.nodes.q.dropRate).toBeCloseTo(r.nodes.q.failed['queue-full']! / 30, 12);
    expect(r.nodes.q.arrivals).toBe(r.clients.c.sent);
    expect(conservationViolation(sim)).toBeNull();
  });

  it('drop-oldest accepts the new job and evicts the oldest waiting one', () => {
    const sim = direct('drop-oldest');
    advanceTo(sim, 0.55);
    const firstWaiting = Math.min(...waitingJobs(sim, 'q').map((t) => t.id));
    advanceTo(sim, 0.65);
    expect(sim.jobs.byOutcome[6]).toBe(1); // evicted
    const ids = waitingJobs(sim, 'q').map((t) => t.id);
    expect(ids).toHaveLength(5);
    expect(ids).not.toContain(firstWaiting);
    for (let t = 1; t < 20; t += 0.37) {
      advanceTo(sim, t);
      // The line always holds the five newest jobs.
      for (const job of waitingJobs(sim, 'q')) expect(job.createdS).toBeGreaterThan(sim.nowS - 0.55);
    }
    advanceTo(sim, 30);
    const r = collectReport(sim);
    expect(r.clients.c.ok).toBe(r.clients.c.sent); // every publish is accepted
    expect(r.nodes.q.failed.evicted).toBe(r.totals.jobs.byOutcome.evicted);
    expect(r.nodes.q.failed.evicted).toBeGreaterThan(200);
    expect(r.nodes.q.failed['queue-full']).toBeUndefined();
    expect(conservationViolation(sim)).toBeNull();
  });

  it('dead-letter moves the oldest to the dead-letter store and counts it', () => {
    const sim = direct('dead-letter');
    advanceTo(sim, 30);
    const r = collectReport(sim);
    const snap = takeSnapshot(sim);
    const q = nodeIndex(sim, 'q');
    expect(r.nodes.q.failed['dead-lettered']).toBeGreaterThan(200);
    expect(snap.nodes[q].deadLettered).toBe(r.nodes.q.failed['dead-lettered']);
    expect(r.totals.byOutcome['dead-lettered']).toBe(snap.nodes[q].deadLettered);
    expect(r.nodes.q.failed.evicted).toBeUndefined();
    expect(r.clients.c.ok).toBe(r.clients.c.sent);
    // Same run as drop-oldest, only the outcome's name differs.
    const twin = direct('drop-oldest');
    advanceTo(twin, 30);
    expect(collectReport(twin).nodes.q.failed.evicted).toBe(r.nodes.q.failed['dead-lettered']);
  });

  it('with no waiting slot, drop-oldest drops the arriving job itself', () => {
    const sim = direct('drop-oldest', 0);
    advanceTo(sim, 0.95);
    expect(sim.jobs.created).toBe(10);
    expect(sim.jobs.byOutcome[6]).toBe(9);
    expect(activeByKind(sim)).toEqual([0, 1, 0]);
  });

  describe('block', () => {
    /** client 10/s → producer (0.05 s) → queue (3 slots, block) → consumer at 1/s. */
    function blocked() {
      return simulate(
        [
          client('c', { rate: 10, arrival: 'constant' }),
          service('p', { serviceTime: constant(0.05) }),
          queue('q', { capacity: 3, overflow: 'block' }),
          service('k', { serviceTime: constant(1) }),
        ],
        [edge('c', 'p'), edge('p', 'q'), edge('q', 'k')],
      );
    }

    it('holds the publisher: the producer worker stays busy, held shows at the producer, nothing is lost', () => {
      const sim = blocked();
      const p = nodeIndex(sim, 'p');
      const q = nodeIndex(sim, 'q');
      // Jobs at 0.05 (consumer), 0.15, 0.25, 0.35 (3 waiting); the one at 0.45 is held.
      advanceTo(sim, 0.5);
      let snap = takeSnapshot(sim, 1e9);
      expect(snap.nodes[q].waiting).toBe(3);
      expect(snap.nodes[p].held).toBe(1);
      expect(snap.nodes[p].busy).toBe(1);
      const heldDots = Array.from(snap.dots.state).flatMap((s, i) => (s === DOT_STATE.held ? [i] : []));
      expect(heldDots).toHaveLength(1);
      expect(snap.dots.place[heldDots[0]]).toBe(p);
      for (let t = 1; t <= 30; t += 0.5) {
        advanceTo(sim, t);
        snap = takeSnapshot(sim);
        expect(snap.nodes[q].waiting).toBeLessThanOrEqual(3);
        expect(snap.nodes[p].held).toBeLessThanOrEqual(1);
        expect(conservationViolation(sim)).toBeNull();
      }
      // The backlog moved upstream: 10/s arrive at the producer, ≈1/s leave it.
      expect(snap.nodes[p].waiting).toBeGreaterThan(9 * 30 - 15);
      expect(snap.nodes[p].waiting).toBeLessThan(9 * 30 + 5);
      const r = collectReport(sim);
      expect(r.nodes.p.utilization).toBeGreaterThan(0.97);
      // 4 jobs fit before the queue filled; then one per consumer completion (1.05, 2.05, …).
      expect(r.nodes.p.completed).toBe(4 + 29);
      for (const [outcome, count] of Object.entries(r.totals.byOutcome))
        if (outcome !== 'ok') expect(count).toBe(0);
      expect(r.nodes.q.dropRate).toBe(0);
    });

    it('drains completely once the producer slows, with every request and job ok', () => {
      const sim = blocked();
      advanceTo(sim, 10);
      applyChange(sim, { type: 'node', nodeId: 'c', patch: { rate: 0 } });
      advanceTo(sim, 200);
      const r = collectReport(sim);
      expect(r.totals.inFlight).toBe(0);
      expect(r.totals.requests.byOutcome.ok).toBe(r.totals.requests.created);
      expect(r.totals.jobs.byOutcome.ok).toBe(r.totals.jobs.created);
      expect(r.totals.jobs.created).toBe(r.totals.requests.created);
      expect(sim.active).toHaveLength(0);
    });

    it('with no waiting slot, a freed consumer takes the held job directly', () => {
      // Capacity 0: every publish waits for an idle consumer worker; k serves 4/s, so 4/s pass.
      const sim = simulate(
        [
          client('c', { rate: 10, arrival: 'constant' }),
          service('p', { serviceTime: constant(0.01) }),
          queue('q', { capacity: 0, overflow: 'block' }),
          service('k', { serviceTime: constant(0.25) }),
        ],
        [edge('c', 'p'), edge('p', 'q'), edge('q', 'k')],
      );
      advanceTo(sim, 20);
      const r = collectReport(sim);
      expect(r.nodes.k.completed).toBeGreaterThanOrEqual(79);
      expect(r.nodes.p.completed).toBe(r.nodes.k.completed + 1);
      expect(takeSnapshot(sim).nodes[nodeIndex(sim, 'p')].held).toBe(1);
    });

    it('a consumer brought back up takes the jobs held while it was down', () => {
      const sim = simulate(
        [
          client('c', { rate: 10, arrival: 'constant' }),
          queue('q', { capacity: 0, overflow: 'block' }),
          service('k', { serviceTime: constant(0.01), down: true }),
        ],
        [edge('c', 'q'), edge('q', 'k')],
      );
      advanceTo(sim, 5.05);
      const c = nodeIndex(sim, 'c');
      expect(takeSnapshot(sim).nodes[c].held).toBe(51);
      applyChange(sim, { type: 'node', nodeId: 'k', patch: { down: false } });
      advanceTo(sim, 10.05);
      expect(takeSnapshot(sim).nodes[c].held).toBe(0);
      expect(sim.jobs.byOutcome[0]).toBe(101);
    });

    it('a client publishing straight into a full blocking queue holds its requests itself', () => {
      const sim = simulate(
        [
          client('c', { rate: 10, arrival: 'constant' }),
          queue('q', { capacity: 2, overflow: 'block' }),
          service('k', { serviceTime: constant(1) }),
        ],
        [edge('c', 'q'), edge('q', 'k')],
      );
      advanceTo(sim, 10.05);
      const snap = takeSnapshot(sim);
      const c = nodeIndex(sim, 'c');
      // 101 sent; 10 consumed, 1 in service, 2 waiting, the rest held at the client.
      expect(snap.nodes[c].held).toBe(101 - 10 - 1 - 2);
      expect(sim.requests.finished).toBe(13); // acknowledged when accepted
      expect(Object.values(snap.totals.byOutcome).reduce((a, b) => a + b, 0)).toBe(13 + 10);
    });
  });
});
