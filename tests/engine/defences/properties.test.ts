/**
 * Conservation and determinism with every defence on (DESIGN.md sections 2 and 8): retries,
 * abandoned attempts, breaker refusals and autoscaling never lose or double a request or a job,
 * and the run is the same event for event whatever the step sizes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advanceTo,
  collectReport,
  createSimulation,
  runEvents,
  takeSnapshot,
  type Simulation,
} from '../../../src/engine/index.ts';
import { DOT_STATE } from '../../../src/engine/report-types.ts';
import { conservationViolation } from '../build-scenario.ts';
import { randomScenarioWithDefences } from './random-defences.ts';

const T = 30;
const SCALE = Number(process.env.PROPERTY_RUNS_SCALE ?? 1);

function runInBatches(sim: Simulation, untilS: number, sizes: number[], check?: () => void): void {
  for (let batch = 0; ; batch++) {
    const size = sizes[batch % sizes.length];
    const ran = runEvents(sim, size, untilS);
    check?.();
    if (ran < size) return;
  }
}

describe('properties with every defence on', () => {
  it('conservation holds at every step, and every token in flight but a waiting caller is a dot', () => {
    fc.assert(
      fc.property(
        randomScenarioWithDefences,
        fc.array(fc.integer({ min: 1, max: 80 }), { minLength: 1, maxLength: 6 }),
        (s, sizes) => {
          const sim = createSimulation(s);
          runInBatches(sim, T, sizes, () => {
            const violation = conservationViolation(sim);
            if (violation !== null) throw new Error(`t=${sim.nowS}: ${violation}`);
            const calling = sim.active.filter((t) => t.state === DOT_STATE.calling).length;
            expect(takeSnapshot(sim, 1e9).dots.count).toBe(sim.active.length - calling);
          });
          const r = collectReport(sim);
          for (const c of Object.values(r.clients)) {
            expect(c.attempts).toBeGreaterThanOrEqual(c.sent - 0);
            expect(c.retries).toBeLessThanOrEqual(c.attempts);
          }
        },
      ),
      { numRuns: 60 * SCALE },
    );
  }, 120_000);

  it('the same run event for event in different step sizes, and in one go', () => {
    fc.assert(
      fc.property(
        randomScenarioWithDefences,
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.double({ min: 0.01, max: 3, noNaN: true }), { minLength: 1, maxLength: 5 }),
        (s, sizes, stepsS) => {
          const whole = createSimulation(s);
          advanceTo(whole, T);
          const batched = createSimulation(s);
          runInBatches(batched, T, sizes);
          const stepped = createSimulation(s);
          for (let i = 0, t = 0; t < T; i++) {
            t = Math.min(T, t + stepsS[i % stepsS.length]);
            advanceTo(stepped, t);
            takeSnapshot(stepped);
          }
          expect(batched.logHash).toBe(whole.logHash);
          expect(stepped.logHash).toBe(whole.logHash);
          expect(collectReport(stepped)).toEqual(collectReport(whole));
        },
      ),
      { numRuns: 40 * SCALE },
    );
  }, 120_000);
});
