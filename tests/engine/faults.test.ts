/**
 * Faults and the balancer's defences against exact counts (DESIGN.md section 8). Constant arrivals
 * and constant service times make every count below exact: the figures are derived in the comments.
 */
import { describe, expect, it } from 'vitest';
import {
  addFaultNow,
  advanceTo,
  collectReport,
  createSimulation,
  endFaultNow,
  removeFault,
  takeSnapshot,
  TARGET_STATE,
} from '../../src/engine/index.ts';
import type { Fault, HealthCheck, OutlierDetection } from '../../src/scenario/types.ts';
import {
  client,
  conservationViolation,
  constant,
  edge,
  loadBalancer,
  scenario,
  service,
} from './build-scenario.ts';

/** λ = 30/s constant into round robin over three servers of 2 workers × 0.1 s (each gets 10/s). */
function threeServers(
  faults: Fault[],
  defences: { healthCheck?: HealthCheck; outlierDetection?: OutlierDetection } = {},
) {
  return scenario(
    [
      client('web', { rate: 30, arrival: 'constant' }),
      loadBalancer('lb', 'round-robin', defences),
      service('app-1', { workers: 2, serviceTime: constant(0.1) }),
      service('app-2', { workers: 2, serviceTime: constant(0.1) }),
      service('app-3', { workers: 2, serviceTime: constant(0.1) }),
    ],
    [edge('web', 'lb'), edge('lb', 'app-1'), edge('lb', 'app-2'), edge('lb', 'app-3')],
    1,
    faults,
  );
}

const crash = (target: string, at: number, until: number | null = null): Fault => ({
  at,
  until,
  target,
  kind: 'crash',
});
const unavailable = (sim: ReturnType<typeof createSimulation>, id: string) =>
  collectReport(sim).nodes[id].failed.unavailable ?? 0;

describe('crash', () => {
  it('without defences, a third of requests fail for as long as the server is down', () => {
    // Request k leaves at k/30 s and goes to server k mod 3. app-2 (k ≡ 1) is down from 31.01 s on:
    // one request in service is lost (k = 928, 30.93 → 31.03 s), then every third arrival fails.
    const sim = createSimulation(threeServers([crash('app-2', 31.01)]));
    advanceTo(sim, 91.01);
    // k = 931, 934, … up to k/30 ≤ 91.01 (k ≤ 2730): (2728 − 931)/3 + 1 = 600 arrivals, + 1 lost.
    expect(unavailable(sim, 'app-2')).toBe(601);
    expect(collectReport(sim).clients.web.failed.unavailable).toBe(601);
    expect(collectReport(sim).nodes['app-2'].faultTime).toBeCloseTo(60, 9);
    expect(takeSnapshot(sim).nodes[3].crashed).toBe(true);
    expect(conservationViolation(sim)).toBeNull();
  });

  it('health checks every 5 s, threshold 3: failures = λ/3 × time to the third failed probe', () => {
    // Probes at 35, 40, 45 s fail; app-2 leaves rotation at 45 s. λ/3 × (45 − 31.01) = 139.9:
    // the arrivals k = 931 … 1348 (k ≡ 1 mod 3) are 140, plus the one lost in service.
    const hc = { interval: 5, unhealthyThreshold: 3, healthyThreshold: 2 };
    const sim = createSimulation(threeServers([crash('app-2', 31.01)], { healthCheck: hc }));
    advanceTo(sim, 44.99);
    const lb = takeSnapshot(sim).nodes[1].targets!;
    expect(lb[1]).toEqual({
      state: TARGET_STATE.suspected,
      failedProbes: 2,
      nextProbeS: 45,
      ejectedUntilS: null,
    });
    expect(lb[0].state).toBe(TARGET_STATE.inRotation);
    advanceTo(sim, 120);
    expect(unavailable(sim, 'app-2')).toBe(141);
    expect(collectReport(sim).nodes.lb.ejections).toBe(1);
    expect(takeSnapshot(sim).nodes[1].targets![1].state).toBe(TARGET_STATE.out);
    // Once out, the other two take all 30/s: nothing else fails.
    expect(collectReport(sim).clients.web.failed).toEqual({ unavailable: 141 });
  });

  it('a healed server returns after healthyThreshold good probes', () => {
    const hc = { interval: 5, unhealthyThreshold: 3, healthyThreshold: 2 };
    const sim = createSimulation(threeServers([crash('app-2', 31.01, 52)], { healthCheck: hc }));
    advanceTo(sim, 59.99); // out at 45; good probes at 55 (1), 60 (2)
    expect(takeSnapshot(sim).nodes[1].targets![1].state).toBe(TARGET_STATE.out);
    const before = collectReport(sim).nodes['app-2'].arrivals;
    advanceTo(sim, 61);
    expect(takeSnapshot(sim).nodes[1].targets![1].state).toBe(TARGET_STATE.inRotation);
    expect(collectReport(sim).nodes['app-2'].arrivals).toBeGreaterThan(before);
    expect(collectReport(sim).nodes['app-2'].faultTime).toBeCloseTo(52 - 31.01, 9);
  });

  it('outlier detection ejects after exactly consecutiveFailures failed answers', () => {
    const od = { consecutiveFailures: 5, ejectionTime: 30, maxEjectedShare: 0.5 };
    const sim = createSimulation(threeServers([crash('app-2', 31.01)], { outlierDetection: od }));
    advanceTo(sim, 60);
    // The lost request and the next four arrivals at app-2 fail; the fifth failure ejects it for 30 s.
    expect(unavailable(sim, 'app-2')).toBe(5);
    expect(collectReport(sim).nodes.lb.ejections).toBe(1);
    expect(takeSnapshot(sim).nodes[1].targets![1].state).toBe(TARGET_STATE.ejected);
    advanceTo(sim, 90);
    // Back at ≈ 61.1 s with a fresh count: five more failures, ejected again.
    expect(unavailable(sim, 'app-2')).toBe(10);
    expect(collectReport(sim).nodes.lb.ejections).toBe(2);
  });

  it('never ejects more than maxEjectedShare of the targets at once', () => {
    const od = { consecutiveFailures: 5, ejectionTime: 30, maxEjectedShare: 0.5 };
    const sim = createSimulation(
      threeServers([crash('app-2', 10), crash('app-3', 10)], { outlierDetection: od }),
    );
    advanceTo(sim, 30);
    // 0.5 × 3 targets: one ejection at a time; app-3 keeps failing while app-2 is out.
    expect(collectReport(sim).nodes.lb.ejections).toBe(1);
    expect(unavailable(sim, 'app-3')).toBeGreaterThan(100);
  });

  it('with no target in rotation, the balancer answers unavailable at once', () => {
    const sim = createSimulation(
      scenario(
        [
          client('web', { rate: 10, arrival: 'constant' }),
          loadBalancer('lb', 'round-robin', {
            healthCheck: { interval: 1, unhealthyThreshold: 1, healthyThreshold: 1 },
          }),
          service('app', { serviceTime: constant(0.01) }),
        ],
        [edge('web', 'lb', { latency: 0.05 }), edge('lb', 'app')],
        1,
        [crash('app', 5.1)],
      ),
    );
    advanceTo(sim, 10.1);
    // Requests reach the balancer at k/10 + 0.05 s. The probe at 6 s takes app out: arrivals
    // 5.15 … 5.95 fail at app (9), 6.05 … 10.05 at the balancer (41).
    const report = collectReport(sim);
    expect(report.nodes.app.failed.unavailable).toBe(9);
    expect(report.nodes.lb.failed.unavailable).toBe(41);
  });
});

/** One client at 1/s (constant) into one constant-0.1-s service, so times in system are exact. */
function single(faults: Fault[], latency = 0) {
  return scenario(
    [client('web', { rate: 1, arrival: 'constant' }), service('app', { serviceTime: constant(0.1) })],
    [edge('web', 'app', { latency })],
    1,
    faults,
  );
}

describe('slow, errors, latency, partition', () => {
  it('slow multiplies service times that start during the fault', () => {
    const sim = createSimulation(single([{ at: 9.5, until: 19.5, target: 'app', kind: 'slow', factor: 3 }]));
    advanceTo(sim, 20);
    // 20 requests (t = 0 … 19): ten at 0.1 s, ten (t = 10 … 19) at 0.3 s.
    expect(collectReport(sim).nodes.app.meanTimeInSystem).toBeCloseTo(0.2, 9);
    expect(takeSnapshot(sim).nodes[1].slowFactor).toBe(1);
  });

  it('errors fail requests finishing during the fault, from a stream of their own', () => {
    const sim = createSimulation(
      single([{ at: 9.5, until: 19.5, target: 'app', kind: 'errors', errorRate: 1 }]),
    );
    advanceTo(sim, 30);
    expect(collectReport(sim).nodes.app.failed).toEqual({ error: 10 });
  });

  it('an errors fault leaves the normal error draws as they were', () => {
    const base = scenario(
      [client('web', { rate: 50 }), service('app', { workers: 10, errorRate: 0.2 })],
      [edge('web', 'app')],
    );
    const plain = createSimulation(base);
    const faulted = createSimulation({
      ...base,
      faults: [{ at: 0, until: null, target: 'app', kind: 'errors', errorRate: 0.3 }],
    });
    advanceTo(plain, 100);
    advanceTo(faulted, 100);
    const p = collectReport(plain).nodes.app;
    const f = collectReport(faulted).nodes.app;
    expect(f.arrivals).toBe(p.arrivals);
    // Every request the normal draw failed still fails; the extra draw adds failures on top.
    expect(f.failed.error!).toBeGreaterThan(p.failed.error!);
    // Failure share 1 − 0.8 × 0.7 = 0.44; 5,000 requests: standard error 0.007, tolerance 5 SE.
    expect(f.failed.error! / f.arrivals).toBeGreaterThan(0.44 - 0.035);
    expect(f.failed.error! / f.arrivals).toBeLessThan(0.44 + 0.035);
  });

  it('latency adds to the hop for requests that enter the edge during the fault', () => {
    const sim = createSimulation(
      single([{ at: 9.5, until: 19.5, target: 'web>app', kind: 'latency', latency: 0.5 }], 0.02),
    );
    advanceTo(sim, 20);
    expect(takeSnapshot(sim).edges[0]).toEqual({ extraLatency: 0, cut: false, piled: 0 });
    // 20 requests: 0.12 s end to end, ten of them 0.62 s.
    expect(collectReport(sim).clients.web.latency.mean).toBeCloseTo(0.37, 9);
  });

  it('partition: requests pile up at the cut and cross when it heals', () => {
    const sim = createSimulation(single([{ at: 9.5, until: 20.5, target: 'web>app', kind: 'partition' }]));
    advanceTo(sim, 15);
    const snapshot = takeSnapshot(sim);
    expect(snapshot.edges[0]).toEqual({ extraLatency: 0, cut: true, piled: 6 }); // t = 10 … 15
    expect(snapshot.dots.count).toBe(6);
    expect([...snapshot.dots.pos]).toEqual([0, 1, 2, 3, 4, 5]);
    expect(conservationViolation(sim)).toBeNull();
    advanceTo(sim, 40.5);
    const report = collectReport(sim);
    expect(report.clients.web.ok).toBe(41); // t = 0 … 40, none lost
    expect(report.nodes.web.faultTime).toBeCloseTo(11, 9);
    expect(conservationViolation(sim)).toBeNull();
  });
});

describe('live changes', () => {
  it('a fault added at the current instant replays from the scenario figure for figure', () => {
    const hc = { interval: 5, unhealthyThreshold: 3, healthyThreshold: 2 };
    const live = createSimulation({
      ...threeServers([], { healthCheck: hc }),
      nodes: threeServers([]).nodes,
    });
    advanceTo(live, 33.3);
    addFaultNow(live, crash('app-2', 33.3));
    advanceTo(live, 70.7);
    endFaultNow(live, 0);
    advanceTo(live, 120);
    const replay = createSimulation(threeServers([crash('app-2', 33.3, 70.7)]));
    advanceTo(replay, 120);
    expect(replay.logHash).toBe(live.logHash);
    expect(collectReport(replay)).toEqual(collectReport(live));
  });

  it('a future fault can be removed; a started one cannot', () => {
    const sim = createSimulation(threeServers([crash('app-1', 5), crash('app-2', 50)]));
    advanceTo(sim, 10);
    expect(() => removeFault(sim, 0)).toThrow(/has started/);
    removeFault(sim, 1);
    advanceTo(sim, 100);
    expect(unavailable(sim, 'app-2')).toBe(0);
  });
});
