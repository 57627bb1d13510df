/**
 * The producer hears what the queue does: every publishing node counts what became of its jobs
 * (published, done, refused, evicted, dead-lettered, held), and the prediction for each overflow
 * policy matches what the engine measures in the 30-vs-5 preset.
 */
import { describe, expect, it } from 'vitest';
import { advanceTo, collectReport, createSimulation } from '../../src/engine/index.ts';
import { nodeTheory } from '../../src/engine/theory/node-theory.ts';
import { getPreset } from '../../src/scenario/presets/index.ts';
import type { OverflowPolicy, Scenario } from '../../src/scenario/types.ts';

function preset(overflow: OverflowPolicy): Scenario {
  const scenario = structuredClone(getPreset('queue-30-vs-5')!.scenario);
  const queue = scenario.nodes.find((n) => n.id === 'jobs');
  if (queue?.kind !== 'queue') throw new Error('no queue');
  queue.overflow = overflow;
  return scenario;
}

const LOST_FIELD = {
  'reject-new': 'refused',
  'drop-oldest': 'evicted',
  'dead-letter': 'deadLettered',
} as const;

describe('jobs at the publisher', () => {
  for (const overflow of ['reject-new', 'drop-oldest', 'dead-letter', 'block'] as const) {
    it(`${overflow}: the publisher's counts add up and match the queue; the prediction matches the run`, () => {
      const scenario = preset(overflow);
      const sim = createSimulation(scenario, { warmupS: 0 });
      advanceTo(sim, 1500);
      const report = collectReport(sim);
      const jobs = report.nodes.api.jobs;
      expect(jobs).toBeDefined();
      if (!jobs) return;
      const queue = report.nodes.jobs;
      // Nothing vanishes: every publish has ended one way or another, waits, is being consumed or is held.
      const ended = jobs.done + jobs.failed + jobs.refused + jobs.evicted + jobs.deadLettered;
      expect(jobs.published).toBe(ended + queue.inSystemAtEnd + jobs.heldAtEnd);
      expect(jobs.done).toBe(report.nodes.consumer.completed);
      // Only the policy's own loss, exactly as many as the queue ended that way.
      for (const [policy, field] of Object.entries(LOST_FIELD)) {
        const outcome =
          field === 'refused' ? 'queue-full' : field === 'evicted' ? 'evicted' : 'dead-lettered';
        expect(jobs[field]).toBe(policy === overflow ? (queue.failed[outcome] ?? 0) : 0);
      }
      expect(report.nodes.producer.jobs).toBeUndefined(); // the client publishes nothing itself
      if (overflow === 'block') {
        expect(jobs.heldAtEnd).toBeGreaterThan(0);
        expect(queue.dropProbability).toBe(0);
      } else {
        // After the queue fills (≈ 20 s), 30 − 5 = 25 jobs/s are lost: 1,480 s × 25 ≈ 37,000; the
        // Poisson count's sd is ≈ √(30·1500) ≈ 212, so 3 % is over 5 sd.
        expect(Math.abs(jobs[LOST_FIELD[overflow]] - 25 * 1480)).toBeLessThan(0.03 * 25 * 1480);
      }
    });
  }

  it('the prediction for each policy is what the run measures once the queue is full', () => {
    for (const overflow of ['reject-new', 'drop-oldest', 'dead-letter', 'block'] as const) {
      const scenario = preset(overflow);
      const sim = createSimulation(scenario, { warmupS: 200 });
      advanceTo(sim, 3000);
      const queue = collectReport(sim).nodes.jobs;
      // The load offered to the queue is the API's 30/s (under block the rate reaching it is throttled).
      const theory = nodeTheory(scenario, 'jobs', 30);
      const p = theory!.prediction;
      // Tolerances: the wait of a saturated line is m/(drain) with the line's length almost constant,
      // so 2,800 s (≈ 14,000 served jobs) pin the mean to well under 1 %; 5 % leaves room for seeds.
      expect(Math.abs(queue.meanWait - (p.meanWaitS ?? NaN))).toBeLessThan(0.05 * (p.meanWaitS ?? NaN));
      expect(Math.abs(queue.meanQueueLength - (p.meanQueueLength ?? NaN))).toBeLessThan(5);
      // Loss share 5/6: ±0.01 is over 10 sd of a binomial share of 84,000 arrivals.
      expect(Math.abs(queue.dropProbability - (p.dropProbability ?? NaN))).toBeLessThan(0.01);
    }
  });
});
