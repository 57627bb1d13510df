/**
 * What a crash hands the view: each request it ends where it stood (worker slot or place in line),
 * so the canvas can mark it there, and the count on the node's badge. Constant arrivals and service
 * make the counts exact (derived in the comments). The run itself is the one faults.test.ts checks.
 */
import { describe, expect, it } from 'vitest';
import {
  advanceTo,
  collectReport,
  createSimulation,
  DOT_STATE,
  takeSnapshot,
} from '../../src/engine/index.ts';
import { client, constant, edge, scenario, service } from './build-scenario.ts';

// λ = 10/s constant into 2 workers × 1 s: the line grows by 8 a second. Crash at 5.05 s.
function crashing(until: number | null) {
  return scenario(
    [
      client('web', { rate: 10, arrival: 'constant' }),
      service('app', { workers: 2, serviceTime: constant(1) }),
    ],
    [edge('web', 'app')],
    1,
    [{ at: 5.05, until, target: 'app', kind: 'crash' }],
  );
}

describe('work lost to a crash, for the view', () => {
  it('lists every request the crash ended with its place, and counts them on the node', () => {
    const sim = createSimulation(crashing(null));
    advanceTo(sim, 5);
    const before = takeSnapshot(sim);
    const held = before.nodes[1].busy + before.nodes[1].waiting;
    expect(before.lost).toEqual([]);
    advanceTo(sim, 5.06);
    const after = takeSnapshot(sim);
    // Arrivals at 0, 0.1 … 5.0: 51. Worker A finished at 1…5 (5), B at 1.1…4.1 (4): 2 in service, 40 waiting.
    expect(held).toBe(42);
    expect(after.nodes[1].lostInCrash).toBe(42);
    expect(
      after.lost
        .filter((l) => l.state === DOT_STATE.inService)
        .map((l) => l.pos)
        .sort(),
    ).toEqual([0, 1]);
    expect(after.lost.filter((l) => l.state === DOT_STATE.waiting).map((l) => l.pos)).toEqual(
      Array.from({ length: 40 }, (_, i) => i),
    );
    expect(after.lost.every((l) => l.nodeIndex === 1)).toBe(true);
    // They end `unavailable` at the node, as its endings and report say.
    expect(after.endings.filter((e) => e.outcome === 'unavailable')).toHaveLength(42);
    expect(collectReport(sim).nodes.app.failed.unavailable).toBe(42);
    // Arrivals refused later are endings, not lost work; the next snapshot lists nothing new.
    advanceTo(sim, 6);
    const later = takeSnapshot(sim);
    expect(later.lost).toEqual([]);
    expect(later.endings.length).toBeGreaterThan(0);
    expect(later.nodes[1].lostInCrash).toBe(42);
  });

  it('a crash with nothing held loses nothing', () => {
    const sim = createSimulation(
      scenario(
        [
          client('web', { rate: 1, arrival: 'constant' }),
          service('app', { workers: 1, serviceTime: constant(0.1) }),
        ],
        [edge('web', 'app')],
        1,
        [{ at: 2.5, until: null, target: 'app', kind: 'crash' }],
      ),
    );
    advanceTo(sim, 3);
    const snapshot = takeSnapshot(sim);
    expect(snapshot.nodes[1].crashed).toBe(true);
    expect(snapshot.nodes[1].lostInCrash).toBe(0);
    expect(snapshot.lost).toEqual([]);
  });
});
