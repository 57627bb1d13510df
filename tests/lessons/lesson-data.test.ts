/**
 * Every lesson is well formed: steps build through the parse function, what they point at exists,
 * questions are answerable, and each step's scenario fits in a short share link.
 */
import { describe, expect, it } from 'vitest';
import { decodeScenarioLink, encodeScenarioLink } from '../../src/scenario/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { buildStepScenario, getLesson, LESSONS, type Reading } from '../../src/ui/lessons/index.ts';
import { sentences } from './text.ts';

const KEBAB = /^[a-z][a-z0-9-]*$/;
const STATIONS = ['service', 'gateway', 'orchestrator', 'queue'];

/** Why a reading cannot be shown for this scenario, or null if it can. */
function readingProblem(scenario: Scenario, reading: Reading): string | null {
  const kindOf = (id: string) => scenario.nodes.find((n) => n.id === id)?.kind;
  switch (reading.figure) {
    case 'edge-rate':
      return scenario.edges.some((e) => e.from === reading.from && e.to === reading.to)
        ? null
        : `no edge ${reading.from} → ${reading.to}`;
    case 'latency':
    case 'tries-per-request':
    case 'success':
    case 'outcome-share':
      return kindOf(reading.clientId) === 'client' ? null : `${reading.clientId} is not a client`;
    case 'rho':
    case 'time-in-system':
    case 'backlog':
    case 'growth':
    case 'utilization':
      return STATIONS.includes(kindOf(reading.nodeId) ?? '') ? null : `${reading.nodeId} does not queue`;
    case 'first-full':
    case 'dead-letters':
      return kindOf(reading.nodeId) === 'queue' ? null : `${reading.nodeId} is not a queue`;
    default:
      return kindOf(reading.nodeId) ? null : `no node ${reading.nodeId}`;
  }
}

describe('lessons', () => {
  it('are the six teaching lessons, the failure lesson and the two on overload defences, in order, with unique kebab-case ids', () => {
    expect(LESSONS.map((l) => l.id)).toEqual([
      'why-load-balancer',
      'balancing-algorithms',
      'monolith-vs-microservices',
      'gateway-filter',
      'orchestration',
      'queue-30-vs-5',
      'server-dies',
      'retry-storm',
      'autoscaling-lags',
    ]);
    expect(getLesson('orchestration')?.title).toMatch(/slowest/);
    expect(getLesson('nope')).toBeUndefined();
  });

  for (const lesson of LESSONS) {
    describe(lesson.id, () => {
      it('has 3–6 steps (8 for the queue: fill, four policies, a compare of two, two consumer counts) with unique ids', () => {
        const most = lesson.id === 'queue-30-vs-5' ? 8 : 6;
        expect(lesson.steps.length).toBeGreaterThanOrEqual(3);
        expect(lesson.steps.length).toBeLessThanOrEqual(most);
        const ids = lesson.steps.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(KEBAB);
        expect(sentences(lesson.summary).length).toBeLessThanOrEqual(3);
      });

      for (const step of lesson.steps) {
        it(`${step.id}: builds, points at what exists, and asks an answerable question`, () => {
          const scenario = buildStepScenario(step);
          expect(scenario.nodes.map((n) => n.id)).toContain(step.focusNodeId);
          const n = sentences(step.lookFor).length;
          expect(n, step.lookFor).toBeGreaterThanOrEqual(1);
          expect(n, step.lookFor).toBeLessThanOrEqual(2);
          expect(step.runForS).toBeGreaterThan(0);
          const q = step.question;
          expect(q.prompt).toMatch(/\?/);
          expect(q.explanation.length).toBeGreaterThan(40);
          if (q.kind === 'number') {
            expect(readingProblem(scenario, q.readFrom)).toBeNull();
            expect(q.tolerance ?? 0.15).toBeGreaterThanOrEqual(0);
            expect(q.tolerance ?? 0.15).toBeLessThanOrEqual(0.3);
          } else {
            expect(q.choices).toContain(q.answer);
            expect(Object.keys(q.readFrom.among).sort()).toEqual([...q.choices].sort());
            for (const r of Object.values(q.readFrom.among)) expect(readingProblem(scenario, r)).toBeNull();
          }
          for (const claim of step.claims ?? []) expect(readingProblem(scenario, claim.readFrom)).toBeNull();
        });

        it(`${step.id}: opens from a short share link as the same scenario`, () => {
          const scenario = buildStepScenario(step);
          const link = encodeScenarioLink(scenario);
          expect(link).toContain(`preset=${step.setup.preset}`);
          expect(link.length).toBeLessThan(2000);
          const back = decodeScenarioLink(link);
          expect(back.ok && back.scenario).toEqual(scenario);
        });
      }
    });
  }

  it('refuses a step that names what the preset does not have, with a readable error', () => {
    expect(() => buildStepScenario({ id: 'x', setup: { preset: 'nope' } })).toThrow(/no preset 'nope'/);
    expect(() =>
      buildStepScenario({
        id: 'x',
        setup: { preset: 'monolith', changes: [{ nodeId: 'ghost', patch: {} }] },
      }),
    ).toThrow(/no node 'ghost'/);
    expect(() =>
      buildStepScenario({
        id: 'x',
        setup: { preset: 'monolith', changes: [{ nodeId: 'app-1', patch: { workers: -2 } }] },
      }),
    ).toThrow(/workers/);
  });

  it('leaves the frozen preset alone and applies the seed', () => {
    const scenario = buildStepScenario({
      id: 'x',
      setup: { preset: 'queue-30-vs-5', seed: 42, changes: [{ nodeId: 'consumer', patch: { workers: 6 } }] },
    });
    expect(scenario.seed).toBe(42);
    expect(scenario.nodes.find((n) => n.id === 'consumer')).toMatchObject({ workers: 6 });
    const again = buildStepScenario({ id: 'y', setup: { preset: 'queue-30-vs-5' } });
    expect(again.nodes.find((n) => n.id === 'consumer')).toMatchObject({ workers: 1 });
  });
});
