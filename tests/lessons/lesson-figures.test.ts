/**
 * The point of the lesson tests: a lesson never teaches a number the app contradicts. Each step's
 * scenario runs in the engine exactly as the app runs it (no warm-up, live rates over the store's
 * window), and the figure each question points at must be within the question's tolerance of the
 * answer — for the step's own seed, which is what the class sees, and for the next two seeds.
 */
import { describe, expect, it } from 'vitest';
import { buildStepScenario, getLessonStep, LESSONS, type LessonStep } from '../../src/ui/lessons/index.ts';
import { DEFAULT_TOLERANCE } from '../../src/ui/lessons/index.ts';
import { buildCompareScenario } from '../../src/ui/lessons/build-step-scenario.ts';
import { readFigure, runToScreen, type Screen } from './read-figure.ts';

const SEEDS_AFTER_OWN = 2;

function within(value: number, target: number, tolerance: number): boolean {
  return Math.abs(value - target) <= tolerance * Math.abs(target) + 1e-9;
}

function seedsOf(step: LessonStep): number[] {
  const own = buildStepScenario(step).seed;
  return Array.from({ length: SEEDS_AFTER_OWN + 1 }, (_, i) => own + i);
}

/** The choice whose reading is largest (or smallest) on this screen. */
function pickedOnScreen(screen: Screen, step: LessonStep): string {
  const q = step.question;
  if (q.kind !== 'choice') throw new Error('not a choice');
  const sign = q.readFrom.pick === 'largest' ? -1 : 1;
  return Object.entries(q.readFrom.among)
    .map(([choice, reading]) => ({ choice, value: readFigure(screen, reading) }))
    .sort((a, b) => sign * (a.value - b.value))[0].choice;
}

for (const lesson of LESSONS) {
  describe(`${lesson.id}: what the screen shows`, () => {
    for (const step of lesson.steps) {
      it(`${step.id}: the answer matches the run`, () => {
        const scenario = buildStepScenario(step);
        const b = buildCompareScenario(step);
        for (const seed of seedsOf(step)) {
          const screen = runToScreen(scenario, step.runForS, seed);
          const q = step.question;
          if (q.kind === 'number') {
            // A compare step's answer is the table's B − A: B on the same seed, read the same way.
            const shown =
              q.difference && b
                ? readFigure(runToScreen(b, step.runForS, seed), q.readFrom) - readFigure(screen, q.readFrom)
                : readFigure(screen, q.readFrom);
            const tolerance = q.tolerance ?? DEFAULT_TOLERANCE;
            expect(
              within(shown, q.answer, tolerance),
              `seed ${seed}: screen shows ${shown}, answer ${q.answer}`,
            ).toBe(true);
          } else {
            expect(pickedOnScreen(screen, step), `seed ${seed}`).toBe(q.answer);
          }
          for (const claim of step.claims ?? []) {
            const at = claim.atS === undefined ? screen : runToScreen(scenario, claim.atS, seed);
            const shown = readFigure(at, claim.readFrom);
            expect(
              within(shown, claim.value, claim.tolerance),
              `seed ${seed}: claim ${claim.value}, shown ${shown}`,
            ).toBe(true);
          }
        }
      });
    }
  });
}

describe('the comparisons the lessons draw hold run by run', () => {
  const p99 = (step: LessonStep, seed: number) =>
    readFigure(runToScreen(buildStepScenario(step), step.runForS, seed), {
      figure: 'latency',
      clientId: 'mobile',
      percentile: 'p99',
    });
  const step = (id: string) => getLessonStep('balancing-algorithms', id) as LessonStep;

  it('round robin has a clearly worse p99 than least connections, power of two and FIFO', () => {
    for (const seed of [1, 2, 3]) {
      const roundRobin = p99(step('round-robin'), seed);
      for (const id of ['least-connections', 'power-of-two', 'fifo']) {
        expect(roundRobin / p99(step(id), seed), `${id}, seed ${seed}`).toBeGreaterThan(1.25);
      }
    }
  });

  it('the 30-vs-5 queue: the backlog grows ≈ 25/s and "full in" points at capacity / 25 = 20 s', () => {
    const fill = getLessonStep('queue-30-vs-5', 'fill') as LessonStep;
    const scenario = buildStepScenario(fill);
    const capacity = scenario.nodes.find((n) => n.id === 'jobs');
    expect(capacity).toMatchObject({ capacity: 500 });
    const screen = runToScreen(scenario, 10);
    expect(screen.live.nodes.jobs.waiting / 10).toBeCloseTo(25, -1);
    expect(screen.live.nodes.jobs.timeUntilFullS).not.toBeNull();
    // "Full in" on screen at 10 s plus the 10 s gone: about 500 / 25 = 20 s.
    expect(within(10 + (screen.live.nodes.jobs.timeUntilFullS ?? 0), 20, 0.25)).toBe(true);
  });

  it('6 consumers leave a backlog that wanders upward; 7 keep it near empty', () => {
    const backlog = (stepId: string, seed: number) =>
      runToScreen(buildStepScenario(getLessonStep('queue-30-vs-5', stepId) as LessonStep), 120, seed).live
        .nodes.jobs.waiting;
    for (const seed of [1, 2, 3]) {
      expect(backlog('six-consumers', seed), `seed ${seed}`).toBeGreaterThan(15);
      expect(backlog('seven-consumers', seed), `seed ${seed}`).toBeLessThan(15);
    }
  });
});
