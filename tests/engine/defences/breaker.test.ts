/**
 * Circuit breakers (DESIGN.md section 8): closed → open at minCalls with a failed share ≥
 * failureRate; open refuses with `circuit-open` for `openFor`; half-open lets `halfOpenCalls`
 * trials through. During an outage a breaker therefore sends about one trial per `openFor`.
 */
import { describe, expect, it } from 'vitest';
import { advanceTo, collectReport, takeSnapshot } from '../../../src/engine/index.ts';
import { BREAKER_CLOSED, BREAKER_HALF_OPEN, BREAKER_OPEN } from '../../../src/engine/breaker.ts';
import type { CircuitBreaker } from '../../../src/scenario/types.ts';
import {
  client,
  constant,
  edge,
  edgeIndex,
  gateway,
  orchestrator,
  service,
  simulate,
} from '../build-scenario.ts';

const breaker: CircuitBreaker = { failureRate: 0.5, window: 20, minCalls: 10, openFor: 5, halfOpenCalls: 1 };

describe('circuit breaker on a gateway edge', () => {
  it('during an outage sends about one trial call per openFor', () => {
    // Tolerance basis: each open period lasts openFor, then the next call (arrivals every 0.02 s)
    // is the trial; a failed trial reopens at once. So 200 s of outage hold 200 / (5 + ≤ 0.02)
    // cycles: 39 or 40 trials, plus the 10 calls that opened it.
    const sim = simulate(
      [
        client('c', { rate: 50, arrival: 'constant' }),
        gateway('gw', { circuitBreaker: breaker }),
        service('api', { down: true }),
      ],
      [edge('c', 'gw'), edge('gw', 'api')],
    );
    advanceTo(sim, 200);
    const calls = sim.edgeCounts[edgeIndex(sim, 'gw', 'api')];
    const r = collectReport(sim);
    expect(calls - 10).toBeGreaterThanOrEqual(39);
    expect(calls - 10).toBeLessThanOrEqual(40);
    expect(r.nodes.gw.breakerOpens).toBe(calls - 10 + 1);
    expect(r.clients.c.failed['circuit-open']).toBe(r.clients.c.sent - calls);
    expect(r.nodes.api.arrivals).toBe(calls);
  });

  it('shows closed, open with seconds left, half-open, and closes again after good trials', () => {
    const sim = simulate(
      [
        client('c', { rate: 10, arrival: 'constant' }),
        gateway('gw', { circuitBreaker: { ...breaker, halfOpenCalls: 2 } }),
        service('api', { down: true, serviceTime: constant(0.01) }),
      ],
      [edge('c', 'gw'), edge('gw', 'api')],
    );
    const e = edgeIndex(sim, 'gw', 'api');
    advanceTo(sim, 0.5);
    expect(takeSnapshot(sim).breakerStates[e]).toBe(BREAKER_CLOSED);
    advanceTo(sim, 1); // the 10th failed call at t = 0.9 opened it
    let snap = takeSnapshot(sim);
    expect(snap.breakerStates[e]).toBe(BREAKER_OPEN);
    expect(snap.breakerOpenForS[e]).toBeCloseTo(4.9, 6);
    expect(snap.nodes[1].breakerOpens).toBe(1);
    // The service recovers (a live change); after openFor the breaker is half-open.
    sim.nodes[2].params = { ...sim.nodes[2].params, down: false } as (typeof sim.nodes)[2]['params'];
    advanceTo(sim, 5.95);
    snap = takeSnapshot(sim);
    expect(snap.breakerStates[e]).toBe(BREAKER_HALF_OPEN);
    advanceTo(sim, 6.5);
    expect(takeSnapshot(sim).breakerStates[e]).toBe(BREAKER_CLOSED);
  });
});

describe('circuit breaker on an orchestrator edge', () => {
  it('refuses the broken branch with circuit-open, counted once at the orchestrator', () => {
    const sim = simulate(
      [
        client('c', { rate: 20, arrival: 'constant' }),
        orchestrator('orch', { circuitBreaker: breaker }),
        service('a', { serviceTime: constant(0.001) }),
        service('b', { down: true }),
      ],
      [edge('c', 'orch'), edge('orch', 'a'), edge('orch', 'b')],
    );
    advanceTo(sim, 100);
    const r = collectReport(sim);
    const refused = r.clients.c.failed['circuit-open'] ?? 0;
    expect(refused).toBeGreaterThan(1800);
    expect(r.nodes.orch.failed['circuit-open']).toBe(refused);
    expect(r.nodes.b.arrivals).toBeLessThanOrEqual(10 + 20);
    expect(r.nodes.orch.breakerOpens).toBeGreaterThanOrEqual(19);
  });
});
