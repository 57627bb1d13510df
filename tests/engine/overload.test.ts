import { describe, expect, it } from 'vitest';
import { advanceTo, collectReport, OVERLOAD_LIMIT, runEvents, takeSnapshot } from '../../src/engine/index.ts';
import { client, edge, exponential, queue, service, simulate } from './build-scenario.ts';

/** 100/s published into an unbounded queue that one consumer drains at 5/s. */
function flooded(maxInFlight: number) {
  return simulate(
    [
      client('c', { rate: 100 }),
      { ...queue('jobs'), label: 'Jobs queue' },
      service('consumer', { serviceTime: exponential(0.2) }),
    ],
    [edge('c', 'jobs'), edge('jobs', 'consumer')],
    { maxInFlight },
  );
}

describe('overload halt', () => {
  it('stops with a message naming the node and its utilisation (≈ 2000%)', () => {
    const sim = flooded(2000);
    advanceTo(sim, 1000);
    const halt = sim.halt;
    expect(halt).not.toBeNull();
    if (halt === null) return;
    expect(halt.reason).toBe('overload');
    expect(halt.nodeId).toBe('jobs');
    // The backlog grows ≈ 95/s, so 2000 held after ≈ 21 s.
    expect(halt.atS).toBeGreaterThan(15);
    expect(halt.atS).toBeLessThan(30);
    // λ is estimated from ≈ 2100 arrivals (relative sd ≈ 2%); c/E[S] = 5/s exactly: 10% tolerance.
    expect(halt.utilization).toBeGreaterThan(18);
    expect(halt.utilization).toBeLessThan(22);
    expect(halt.message).toContain('Jobs queue');
    expect(halt.message).toMatch(/utilisation (19|20|21)\d\d%/);
    expect(halt.message).toMatch(/2,000/);
    expect(sim.active.length).toBeGreaterThanOrEqual(2000);
    expect(sim.active.length).toBeLessThanOrEqual(2001);
  });

  it('stays stopped: the clock and the events do not move, reports and snapshots carry the halt', () => {
    const sim = flooded(500);
    advanceTo(sim, 1000);
    const at = sim.nowS;
    const events = sim.events;
    const hash = sim.logHash;
    advanceTo(sim, 2000);
    expect(runEvents(sim, 1000)).toBe(0);
    expect(sim.nowS).toBe(at);
    expect(sim.events).toBe(events);
    expect(sim.logHash).toBe(hash);
    expect(collectReport(sim).halt).toEqual(sim.halt);
    expect(takeSnapshot(sim).halt).toEqual(sim.halt);
  });

  it('does not halt a system that keeps up, and the default limit is documented', () => {
    const sim = simulate(
      [client('c', { rate: 100 }), queue('q'), service('k', { serviceTime: exponential(0.2), workers: 25 })],
      [edge('c', 'q'), edge('q', 'k')],
      { maxInFlight: 2000 },
    );
    advanceTo(sim, 200);
    expect(sim.halt).toBeNull();
    expect(OVERLOAD_LIMIT).toBeGreaterThanOrEqual(100_000);
  });

  it('blames the station whose own line overflows', () => {
    const sim = simulate(
      [client('c', { rate: 50 }), service('fast', { serviceTime: exponential(0.001) }), service('slow')],
      [edge('c', 'slow')],
      { maxInFlight: 1000 },
    );
    advanceTo(sim, 1000);
    expect(sim.halt?.nodeId).toBe('slow');
    expect(sim.halt?.utilization).toBeGreaterThan(4);
    expect(sim.halt?.utilization).toBeLessThan(6);
  });
});
