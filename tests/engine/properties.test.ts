import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advanceTo,
  applyChange,
  collectReport,
  createSimulation,
  runEvents,
  takeSnapshot,
  type Simulation,
} from '../../src/engine/index.ts';
import type { ScenarioChange } from '../../src/scenario/change/index.ts';
import type { Scenario, ServiceNode } from '../../src/scenario/types.ts';
import { activeByKind, conservationViolation } from './build-scenario.ts';
import { randomChange, randomScenario } from './random-scenario.ts';

const T = 30;
/** PROPERTY_RUNS_SCALE=10 runs ten times as many cases (for a local soak; CI keeps the default). */
const SCALE = Number(process.env.PROPERTY_RUNS_SCALE ?? 1);

/** Runs `untilS` in `runEvents` batches of the given sizes (cycled); returns the batches run. */
function runInBatches(sim: Simulation, untilS: number, sizes: number[], check?: () => void): number {
  let batches = 0;
  for (;;) {
    const size = sizes[batches % sizes.length];
    const ran = runEvents(sim, size, untilS);
    batches++;
    check?.();
    if (ran < size) return batches;
  }
}

describe('properties over random scenarios', () => {
  it(
    'conservation holds at every snapshot: created = finished + in flight, by kind, against sim.active',
    () => {
      fc.assert(
        fc.property(
          randomScenario,
          fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 8 }),
          (s, sizes) => {
            const sim = createSimulation(s);
            let checks = 0;
            runInBatches(sim, T, sizes, () => {
              const violation = conservationViolation(sim);
              if (violation !== null) throw new Error(`t=${sim.nowS}: ${violation}`);
              // The dots are exactly the tokens in flight, and each is where its state says.
              const snap = takeSnapshot(sim, 1e9);
              expect(snap.dots.count).toBe(sim.active.length);
              const [requests, jobs, branches] = activeByKind(sim);
              let jobDots = 0;
              let branchDots = 0;
              for (let i = 0; i < snap.dots.count; i++) {
                if (snap.dots.flags[i] & 2) jobDots++;
                if (snap.dots.flags[i] & 4) branchDots++;
              }
              expect([snap.dots.count - jobDots - branchDots, jobDots, branchDots]).toEqual([
                requests,
                jobs,
                branches,
              ]);
              checks++;
            });
            expect(checks).toBeGreaterThan(0);
            expect(sim.halt).toBeNull();
          },
        ),
        { numRuns: 40 * SCALE },
      );
    },
    60_000 * SCALE,
  );

  it(
    'the same seed gives the same event-log hash and report whatever the step sizes (with a live change)',
    () => {
      const withChange = randomScenario.chain((s) =>
        fc.tuple(
          fc.constant(s),
          fc.option(fc.tuple(fc.double({ min: 0.1, max: T - 0.1, noNaN: true }), randomChange(s)), {
            nil: null,
          }),
          fc.array(fc.double({ min: 0.001, max: 4, noNaN: true }), { minLength: 1, maxLength: 20 }),
          fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 6 }),
        ),
      );
      fc.assert(
        fc.property(withChange, ([s, change, steps, batches]) => {
          const changeAt = change?.[0] ?? Infinity;
          const apply = (sim: Simulation) => change && applyChange(sim, change[1] as ScenarioChange);

          // One big advance (two when there is a change).
          const big = createSimulation(s);
          if (change) {
            advanceTo(big, changeAt);
            apply(big);
          }
          advanceTo(big, T);

          // Many small random steps, reading snapshots and reports on the way.
          const small = createSimulation(s);
          let t = 0;
          let changed = false;
          for (let i = 0; t < T; i++) {
            t = Math.min(T, t + steps[i % steps.length]);
            if (!changed && change && t >= changeAt) {
              advanceTo(small, changeAt);
              apply(small);
              changed = true;
            }
            advanceTo(small, t);
            takeSnapshot(small, 10);
            collectReport(small);
          }

          // Batches of events.
          const batched = createSimulation(s);
          if (change) {
            runInBatches(batched, changeAt, batches);
            apply(batched);
          }
          runInBatches(batched, T, batches);

          for (const other of [small, batched]) {
            expect(other.nowS).toBe(T);
            expect(other.events).toBe(big.events);
            expect(other.logHash).toBe(big.logHash);
            expect(collectReport(other)).toEqual(collectReport(big));
          }
          // And a different seed gives a different run (when anything random happened at all).
          const reseeded = createSimulation(s, { seed: (s.seed + 1) >>> 0 });
          if (change) {
            advanceTo(reseeded, changeAt);
            apply(reseeded);
          }
          advanceTo(reseeded, T);
          if (big.events > 0 && s.nodes.some((n) => n.kind === 'client' && n.arrival === 'poisson')) {
            expect(reseeded.logHash).not.toBe(big.logHash);
          }
        }),
        { numRuns: 30 * SCALE },
      );
    },
    60_000 * SCALE,
  );

  it(
    'nothing is left in flight once the clients stop and the services are up: every token finishes',
    () => {
      fc.assert(
        fc.property(randomScenario, fc.boolean(), (s, repair) => {
          const sim = createSimulation(s);
          advanceTo(sim, T);
          for (const node of s.nodes) {
            if (node.kind === 'client')
              applyChange(sim, { type: 'node', nodeId: node.id, patch: { rate: 0 } });
            if (repair && node.kind === 'service')
              applyChange(sim, { type: 'node', nodeId: node.id, patch: { down: false } });
          }
          advanceTo(sim, T + 5000);
          const violation = conservationViolation(sim);
          if (violation !== null) throw new Error(violation);
          // Without repair, only a queue whose consumers are all down may keep work (held or waiting).
          if (!repair && hasDeadQueue(s)) return;
          expect(sim.queue.size).toBe(0);
          expect(sim.active).toHaveLength(0);
          const report = collectReport(sim);
          expect(report.totals.inFlight).toBe(0);
          for (const [id, metrics] of Object.entries(report.nodes)) {
            expect(metrics.inSystemAtEnd, id).toBe(0);
            expect(metrics.waitingAtEnd, id).toBe(0);
          }
          const snap = takeSnapshot(sim);
          snap.nodes.forEach((node, i) => {
            expect([node.busy, node.waiting, node.held, node.inSystem, node.joining], s.nodes[i].id).toEqual([
              0, 0, 0, 0, 0,
            ]);
          });
          for (const node of sim.nodes) {
            expect(Array.from(node.outstanding).every((n) => n === 0)).toBe(true);
            expect(node.reserved).toBe(0);
            expect(node.blocked.length).toBe(0);
          }
        }),
        { numRuns: 40 * SCALE },
      );
    },
    60_000 * SCALE,
  );
});

function hasDeadQueue(s: Scenario): boolean {
  return s.nodes.some(
    (n) =>
      n.kind === 'queue' &&
      s.edges
        .filter((e) => e.from === n.id)
        .every((e) => (s.nodes.find((m) => m.id === e.to) as ServiceNode).down),
  );
}
