/**
 * Properties of runs with random fault schedules and balancer defences (DESIGN.md section 8):
 * conservation at every step, the same run whatever the step sizes, and a fault injected live
 * replaying figure for figure from the scenario that lists it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addFaultNow,
  advanceTo,
  collectReport,
  createSimulation,
  runEvents,
  takeSnapshot,
  type Simulation,
} from '../../src/engine/index.ts';
import type { Fault, Scenario } from '../../src/scenario/types.ts';
import { activeByKind, conservationViolation } from './build-scenario.ts';
import { randomScenario } from './random-scenario.ts';

const T = 30;
const SCALE = Number(process.env.PROPERTY_RUNS_SCALE ?? 1);

const time = fc.double({ min: 0, max: T, noNaN: true });

/** A random fault on a node or edge of `s` that can suffer it. */
function randomFault(s: Scenario): fc.Arbitrary<Fault> {
  const stations = s.nodes.filter(
    (n) => n.kind === 'service' || n.kind === 'gateway' || n.kind === 'orchestrator',
  );
  const services = s.nodes.filter((n) => n.kind === 'service');
  const edges = s.edges.map((e) => `${e.from}>${e.to}`);
  const window = fc
    .tuple(time, fc.option(fc.double({ min: 0.01, max: T, noNaN: true }), { nil: null }))
    .map(([at, span]) => ({ at, until: span === null ? null : at + span }));
  const options: fc.Arbitrary<Fault>[] = [
    fc
      .tuple(window, fc.constantFrom(...edges), fc.double({ min: 0, max: 0.5, noNaN: true }))
      .map(([w, target, latency]) => ({ ...w, target, kind: 'latency' as const, latency })),
    fc
      .tuple(window, fc.constantFrom(...edges))
      .map(([w, target]) => ({ ...w, target, kind: 'partition' as const })),
  ];
  if (stations.length > 0) {
    const ids = stations.map((n) => n.id);
    options.push(
      fc
        .tuple(window, fc.constantFrom(...ids))
        .map(([w, target]) => ({ ...w, target, kind: 'crash' as const })),
      fc
        .tuple(window, fc.constantFrom(...ids), fc.double({ min: 1.01, max: 10, noNaN: true }))
        .map(([w, target, factor]) => ({ ...w, target, kind: 'slow' as const, factor })),
    );
  }
  if (services.length > 0) {
    options.push(
      fc
        .tuple(
          window,
          fc.constantFrom(...services.map((n) => n.id)),
          fc.double({ min: 0, max: 1, noNaN: true }),
        )
        .map(([w, target, errorRate]) => ({ ...w, target, kind: 'errors' as const, errorRate })),
    );
  }
  return fc.oneof(...options);
}

/** A random scenario with up to 6 faults, and health checks / outlier detection on its balancers. */
const faultyScenario = randomScenario.chain((s) =>
  fc
    .tuple(
      fc.array(randomFault(s), { maxLength: 6 }),
      fc.option(
        fc.record({
          interval: fc.double({ min: 0.5, max: 5, noNaN: true }),
          unhealthyThreshold: fc.integer({ min: 1, max: 3 }),
          healthyThreshold: fc.integer({ min: 1, max: 3 }),
        }),
        { nil: null },
      ),
      fc.option(
        fc.record({
          consecutiveFailures: fc.integer({ min: 1, max: 5 }),
          ejectionTime: fc.double({ min: 0.5, max: 10, noNaN: true }),
          maxEjectedShare: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        { nil: null },
      ),
    )
    .map(([faults, healthCheck, outlierDetection]): Scenario => ({
      ...s,
      faults,
      nodes: s.nodes.map((n) => (n.kind === 'loadBalancer' ? { ...n, healthCheck, outlierDetection } : n)),
    })),
);

function runInBatches(sim: Simulation, untilS: number, sizes: number[], check?: () => void): void {
  for (let i = 0; ; i++) {
    const size = sizes[i % sizes.length];
    const ran = runEvents(sim, size, untilS);
    check?.();
    if (ran < size) return;
  }
}

describe('properties with random faults and defences', () => {
  it(
    'conservation holds at every step, and every dot is a token in flight',
    () => {
      fc.assert(
        fc.property(
          faultyScenario,
          fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 8 }),
          (s, sizes) => {
            const sim = createSimulation(s);
            runInBatches(sim, T, sizes, () => {
              const violation = conservationViolation(sim);
              if (violation !== null) throw new Error(`t=${sim.nowS}: ${violation}`);
              const snap = takeSnapshot(sim, 1e9);
              expect(snap.dots.count).toBe(sim.active.length);
              const piled = snap.edges.reduce((sum, e) => sum + e.piled, 0);
              let atCut = 0;
              for (let i = 0; i < snap.dots.count; i++) if (snap.dots.state[i] === 5) atCut++;
              expect(atCut).toBe(piled);
            });
            expect(activeByKind(sim)[0] + sim.requests.finished).toBe(sim.requests.created);
          },
        ),
        { numRuns: 40 * SCALE },
      );
    },
    60_000 * SCALE,
  );

  it(
    'the same run, event for event, in any step sizes',
    () => {
      fc.assert(
        fc.property(
          faultyScenario,
          fc.array(fc.double({ min: 0.001, max: 4, noNaN: true }), { minLength: 1, maxLength: 20 }),
          fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 6 }),
          (s, steps, batches) => {
            const big = createSimulation(s);
            advanceTo(big, T);
            const small = createSimulation(s);
            for (let i = 0, t = 0; t < T; i++) {
              t = Math.min(T, t + steps[i % steps.length]);
              advanceTo(small, t);
              takeSnapshot(small, 10);
            }
            const batched = createSimulation(s);
            runInBatches(batched, T, batches);
            for (const other of [small, batched]) {
              expect(other.logHash).toBe(big.logHash);
              expect(collectReport(other)).toEqual(collectReport(big));
            }
          },
        ),
        { numRuns: 30 * SCALE },
      );
    },
    60_000 * SCALE,
  );

  it(
    'a fault added live at the current instant replays from the scenario that lists it',
    () => {
      const withLive = faultyScenario.chain((s) => fc.tuple(fc.constant(s), randomFault(s)));
      fc.assert(
        fc.property(withLive, ([s, fault]) => {
          const live = createSimulation(s);
          advanceTo(live, fault.at);
          addFaultNow(live, fault);
          advanceTo(live, T);
          const replay = createSimulation({ ...s, faults: [...s.faults, fault] });
          advanceTo(replay, T);
          expect(live.logHash).toBe(replay.logHash);
          expect(collectReport(live)).toEqual(collectReport(replay));
        }),
        { numRuns: 30 * SCALE },
      );
    },
    60_000 * SCALE,
  );
});
