/** Every step has its own link, links round-trip, and no fragment can make the parser throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  getLesson,
  LESSONS,
  lessonStepPath,
  parseLessonPath,
  stepNeighbours,
} from '../../src/ui/lessons/index.ts';

describe('lesson links', () => {
  it('look like #lesson=<id>&step=<id>', () => {
    expect(lessonStepPath('queue-30-vs-5', 'fill')).toBe('#lesson=queue-30-vs-5&step=fill');
  });

  it('round-trip for every step, from a fragment or a whole address', () => {
    for (const lesson of LESSONS)
      lesson.steps.forEach((step, stepIndex) => {
        const path = lessonStepPath(lesson.id, step.id);
        for (const text of [path, `https://example.org/flowscope/${path}`, path.slice(1)]) {
          const place = parseLessonPath(text);
          expect(place?.lesson.id).toBe(lesson.id);
          expect(place?.step.id).toBe(step.id);
          expect(place?.stepIndex).toBe(stepIndex);
        }
      });
  });

  it('open the first step when the step is missing or unknown', () => {
    for (const text of [
      '#lesson=orchestration',
      '#lesson=orchestration&step=nope',
      '#step=&lesson=orchestration',
    ])
      expect(parseLessonPath(text)).toMatchObject({ stepIndex: 0, step: { id: 'fan-out' } });
  });

  it('read percent-encoding and ignore other parameters', () => {
    expect(parseLessonPath('#v=1&lesson=queue%2D30%2Dvs%2D5&x=%E0%A4%A&step=block')?.step.id).toBe('block');
  });

  it('give null for anything that is not a lesson link', () => {
    const hostile: unknown[] = [
      '',
      '#',
      '#v=1&preset=full&seed=1',
      '#lesson=',
      '#lesson=nope&step=fill',
      '#lesson=<script>alert(1)</script>',
      '#lesson=%E0%A4%A',
      '#lesson=constructor',
      '#lesson=__proto__&step=__proto__',
      '#lesson=' + 'a'.repeat(5000),
      '&&&===&&',
      null,
      undefined,
      42,
      { lesson: 'orchestration' },
    ];
    for (const text of hostile) expect(parseLessonPath(text)).toBeNull();
  });

  it('never throw, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const place = parseLessonPath(text);
        return place === null || place.lesson.steps[place.stepIndex] === place.step;
      }),
      { numRuns: 500 },
    );
  });
});

describe('step navigation', () => {
  it('goes forward and back, stopping at either end', () => {
    const lesson = getLesson('queue-30-vs-5')!;
    const ids = lesson.steps.map((s) => s.id);
    expect(stepNeighbours(lesson, ids[0])).toEqual({ previous: null, next: lesson.steps[1] });
    expect(stepNeighbours(lesson, ids[2])).toEqual({ previous: lesson.steps[1], next: lesson.steps[3] });
    expect(stepNeighbours(lesson, ids.at(-1)!).next).toBeNull();
    expect(stepNeighbours(lesson, 'nope')).toEqual({ previous: null, next: null });
  });
});
