/**
 * Outlier detection counts a 504 as a failed answer (DESIGN.md section 8: "failed answers in a row
 * (error, unavailable, timeout)"). A balancer sees a timeout when its target is a gateway that gave
 * up on its own call. Constant arrivals and service times make the counts exact.
 */
import { describe, expect, it } from 'vitest';
import { advanceTo, collectReport, createSimulation } from '../../../src/engine/index.ts';
import type { Fault, OutlierDetection } from '../../../src/scenario/types.ts';
import {
  client,
  conservationViolation,
  constant,
  edge,
  gateway,
  loadBalancer,
  scenario,
  service,
} from '../build-scenario.ts';

/**
 * λ = 30/s constant, round robin over three gateways (each gives up on a call after 0.5 s), each in
 * front of a server of 2 workers × 0.1 s. A `slow` fault ×10 on app-2 makes its calls take 1 s.
 */
function gatewaysWithTimeouts(outlierDetection: OutlierDetection | null, faults: Fault[]) {
  const ids = [1, 2, 3];
  return scenario(
    [
      client('web', { rate: 30, arrival: 'constant' }),
      loadBalancer('lb', 'round-robin', { outlierDetection }),
      ...ids.map((i) => gateway(`gw-${i}`, { timeout: 0.5 })),
      ...ids.map((i) => service(`app-${i}`, { workers: 2, serviceTime: constant(0.1) })),
    ],
    [
      edge('web', 'lb'),
      ...ids.map((i) => edge('lb', `gw-${i}`)),
      ...ids.map((i) => edge(`gw-${i}`, `app-${i}`)),
    ],
    1,
    faults,
  );
}

const slow: Fault = { at: 31.01, until: null, target: 'app-2', kind: 'slow', factor: 10 };
const od: OutlierDetection = { consecutiveFailures: 5, ejectionTime: 30, maxEjectedShare: 0.5 };

describe('outlier detection and timeouts', () => {
  it('five 504s in a row from a target eject it, exactly as five 503s would', () => {
    const sim = createSimulation(gatewaysWithTimeouts(od, [slow]));
    // gw-2 gets every third request (10/s); from 31.01 s each call takes 1 s, so each one times out
    // 0.5 s after it is sent. The fifth 504 in a row ejects gw-2 for 30 s; the four calls sent in the
    // 0.4 s before it are still out and time out too (an ejected target's answers count no more):
    // 5 + 4 = 9 timeouts, one ejection.
    advanceTo(sim, 33);
    const report = collectReport(sim);
    expect(report.nodes['gw-2'].failed.timeout).toBe(9);
    expect(report.nodes.lb.ejections).toBe(1);
    expect(conservationViolation(sim)).toBeNull();
    // Ejected, gw-2 gets nothing more until ≈ 62.4 s: no further timeouts meanwhile.
    advanceTo(sim, 60);
    expect(collectReport(sim).nodes['gw-2'].failed.timeout).toBe(9);
    expect(collectReport(sim).nodes.lb.ejections).toBe(1);
  });

  it('without outlier detection the same run keeps sending to the slow target', () => {
    const sim = createSimulation(gatewaysWithTimeouts(null, [slow]));
    advanceTo(sim, 60);
    const report = collectReport(sim);
    expect(report.nodes.lb.ejections).toBe(0);
    // Every call sent to gw-2 after the fault began times out: about 10/s for 29 s.
    expect(report.nodes['gw-2'].failed.timeout).toBeGreaterThan(250);
  });
});
