import { describe, expect, it } from 'vitest';
import {
  advanceTo,
  applyChange,
  collectReport,
  takeSnapshot,
  type Simulation,
} from '../../src/engine/index.ts';
import type { ScenarioChange } from '../../src/scenario/change/index.ts';
import {
  client,
  conservationViolation,
  constant,
  edge,
  exponential,
  loadBalancer,
  nodeIndex,
  queue,
  service,
  simulate,
} from './build-scenario.ts';

function mm1(seed = 1) {
  return simulate(
    [client('c', { rate: 8 }), loadBalancer('lb', 'round-robin'), service('s1'), service('s2')],
    [edge('c', 'lb'), edge('lb', 's1'), edge('lb', 's2')],
    { seed },
  );
}

function runWith(changeAt: number, change: ScenarioChange, until = 100): Simulation {
  const sim = mm1();
  advanceTo(sim, changeAt);
  applyChange(sim, change);
  advanceTo(sim, until);
  return sim;
}

describe('live changes', () => {
  it('are deterministic: the same change at the same instant gives the same run', () => {
    const changes: ScenarioChange[] = [
      { type: 'node', nodeId: 'c', patch: { rate: 15 } },
      { type: 'node', nodeId: 'lb', patch: { algorithm: 'least-connections' } },
      { type: 'node', nodeId: 's1', patch: { workers: 3, serviceTime: exponential(0.3) } },
      { type: 'node', nodeId: 's2', patch: { down: true } },
      { type: 'edge', edgeIndex: 1, patch: { latency: 0.2 } },
    ];
    for (const change of changes) {
      const a = runWith(37.5, change);
      const b = runWith(37.5, change);
      expect(b.logHash).toBe(a.logHash);
      expect(collectReport(b)).toEqual(collectReport(a));
      expect(runWith(47.5, change).logHash).not.toBe(a.logHash); // a later instant, another run
    }
    // Applying nothing differs from applying a change.
    const none = mm1();
    advanceTo(none, 100);
    expect(runWith(37.5, changes[0]).logHash).not.toBe(none.logHash);
  });

  it('a change does not touch the past: the run up to the change is the unchanged run', () => {
    const plain = mm1();
    advanceTo(plain, 37.5);
    const changed = mm1();
    advanceTo(changed, 37.5);
    expect(changed.logHash).toBe(plain.logHash);
    applyChange(changed, { type: 'node', nodeId: 'c', patch: { rate: 15 } });
    expect(changed.logHash).toBe(plain.logHash);
    expect(collectReport(changed).nodes.s1).toEqual(collectReport(plain).nodes.s1);
  });

  it('a rate change shows in the throughput from then on', () => {
    const sim = simulate(
      [client('c', { rate: 10 }), service('s', { serviceTime: exponential(0.01), workers: 2 })],
      [edge('c', 's')],
    );
    advanceTo(sim, 100);
    const before = takeSnapshot(sim).nodes[nodeIndex(sim, 's')].completed;
    applyChange(sim, { type: 'node', nodeId: 'c', patch: { rate: 40 } });
    advanceTo(sim, 200);
    const after = takeSnapshot(sim).nodes[nodeIndex(sim, 's')].completed - before;
    // Poisson counts: 1000 ± 4·√1000 before, 4000 ± 4·√4000 after.
    expect(Math.abs(before - 1000)).toBeLessThan(4 * Math.sqrt(1000));
    expect(Math.abs(after - 4000)).toBeLessThan(4 * Math.sqrt(4000));
  });

  it('rate 0 stops a client; a constant client restarts one period after the change', () => {
    const sim = simulate(
      [client('c', { rate: 10, arrival: 'constant' }), service('s', { serviceTime: constant(0) })],
      [edge('c', 's')],
    );
    advanceTo(sim, 1.05);
    expect(sim.requests.created).toBe(11);
    applyChange(sim, { type: 'node', nodeId: 'c', patch: { rate: 0 } });
    advanceTo(sim, 5);
    expect(sim.requests.created).toBe(11);
    applyChange(sim, { type: 'node', nodeId: 'c', patch: { rate: 2 } });
    advanceTo(sim, 5.49);
    expect(sim.requests.created).toBe(11);
    advanceTo(sim, 5.51);
    expect(sim.requests.created).toBe(12);
  });

  it('more workers drain a line at once', () => {
    // λ = 15 into one worker at μ = 10: the line grows ≈ 5/s.
    const sim = simulate([client('c', { rate: 15 }), service('s')], [edge('c', 's')]);
    const s = nodeIndex(sim, 's');
    advanceTo(sim, 60);
    const line = takeSnapshot(sim).nodes[s].waiting;
    expect(line).toBeGreaterThan(150);
    applyChange(sim, { type: 'node', nodeId: 's', patch: { workers: 4 } });
    let snap = takeSnapshot(sim);
    expect(snap.nodes[s].busy).toBe(4); // three more start on the line at the same instant
    expect(snap.nodes[s].waiting).toBe(line - 3);
    // Now 40/s against 15/s: the line of ≈ 300 is gone within ≈ 12 s.
    advanceTo(sim, 90);
    snap = takeSnapshot(sim);
    expect(snap.nodes[s].waiting).toBeLessThan(10);
    expect(conservationViolation(sim)).toBeNull();
  });

  it('fewer workers: the busy ones finish, no new ones start beyond the new count', () => {
    const sim = simulate([client('c', { rate: 40 }), service('s', { workers: 4 })], [edge('c', 's')]);
    const s = nodeIndex(sim, 's');
    advanceTo(sim, 30);
    applyChange(sim, { type: 'node', nodeId: 's', patch: { workers: 1 } });
    advanceTo(sim, 31);
    expect(takeSnapshot(sim).nodes[s].busy).toBe(1);
    expect(conservationViolation(sim)).toBeNull();
  });

  it('leaving fifo hands the balancer line out under the new algorithm', () => {
    const sim = simulate(
      [
        client('c', { rate: 30 }),
        loadBalancer('lb', 'fifo'),
        service('s1', { serviceTime: exponential(0.1) }),
        service('s2', { serviceTime: exponential(0.1) }),
      ],
      [edge('c', 'lb'), edge('lb', 's1'), edge('lb', 's2')],
    );
    advanceTo(sim, 30);
    const lb = nodeIndex(sim, 'lb');
    const line = takeSnapshot(sim).nodes[lb].waiting;
    expect(line).toBeGreaterThan(20);
    applyChange(sim, { type: 'node', nodeId: 'lb', patch: { algorithm: 'round-robin' } });
    const snap = takeSnapshot(sim);
    expect(snap.nodes[lb].waiting).toBe(0);
    expect(snap.nodes[nodeIndex(sim, 's1')].waiting + snap.nodes[nodeIndex(sim, 's2')].waiting).toBe(line);
    expect(conservationViolation(sim)).toBeNull();
  });

  it('switching a full blocking queue to reject-new releases the held publishers', () => {
    const sim = simulate(
      [
        client('c', { rate: 10, arrival: 'constant' }),
        service('p', { serviceTime: constant(0.01), workers: 2 }),
        queue('q', { capacity: 2, overflow: 'block' }),
        service('k', { serviceTime: constant(1) }),
      ],
      [edge('c', 'p'), edge('p', 'q'), edge('q', 'k')],
    );
    advanceTo(sim, 5.05);
    const p = nodeIndex(sim, 'p');
    expect(takeSnapshot(sim).nodes[p].held).toBe(2);
    applyChange(sim, { type: 'node', nodeId: 'q', patch: { overflow: 'reject-new' } });
    const snap = takeSnapshot(sim);
    expect(snap.nodes[p].held).toBe(0);
    expect(snap.nodes[nodeIndex(sim, 'q')].failed[5]).toBe(2);
    advanceTo(sim, 10);
    expect(takeSnapshot(sim).nodes[p].waiting).toBe(0);
    expect(conservationViolation(sim)).toBeNull();
  });

  it('capacity grown on a blocking queue admits held jobs at once', () => {
    const sim = simulate(
      [
        client('c', { rate: 10, arrival: 'constant' }),
        queue('q', { capacity: 2, overflow: 'block' }),
        service('k', { serviceTime: constant(1) }),
      ],
      [edge('c', 'q'), edge('q', 'k')],
    );
    advanceTo(sim, 2.05);
    const c = nodeIndex(sim, 'c');
    const held = takeSnapshot(sim).nodes[c].held;
    expect(held).toBeGreaterThan(10);
    applyChange(sim, { type: 'node', nodeId: 'q', patch: { capacity: 100 } });
    expect(takeSnapshot(sim).nodes[c].held).toBe(0);
    expect(takeSnapshot(sim).nodes[nodeIndex(sim, 'q')].waiting).toBe(2 + held);
  });

  it('asserts that the change names a node or an edge it has (values are checked by checkChange)', () => {
    const sim = mm1();
    expect(() => applyChange(sim, { type: 'node', nodeId: 'nope', patch: {} })).toThrow(/nope/);
    expect(() => applyChange(sim, { type: 'edge', edgeIndex: 99, patch: { weight: 1 } })).toThrow(/99/);
  });
});
