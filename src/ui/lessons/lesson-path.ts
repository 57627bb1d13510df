/**
 * Every lesson step has its own link: `#lesson=queue-30-vs-5&step=fill`. The fragment is parsed
 * here without ever throwing, whatever a learner pastes or a hostile page links to.
 */
import type { Lesson, LessonStep } from './types.ts';

export interface LessonPlace {
  lesson: Lesson;
  step: LessonStep;
  stepIndex: number;
}

/** Longer fragments are not lesson links; refusing them early bounds the work. */
const MAX_FRAGMENT_CHARS = 2000;
/** Ids are kebab-case, so anything else cannot name a lesson or step. */
const ID = /^[a-z][a-z0-9-]{0,63}$/;

/** The link fragment of a step, e.g. `#lesson=queue-30-vs-5&step=fill`. */
export function lessonStepPath(lessonId: string, stepId: string): string {
  return `#lesson=${encodeURIComponent(lessonId)}&step=${encodeURIComponent(stepId)}`;
}

/**
 * Finds the lesson and step a fragment (or a whole address) points at among `lessons`. An unknown
 * or missing step opens the lesson's first step; anything else that is not a lesson link gives
 * null. Never throws.
 */
export function findLessonPlace(fragment: unknown, lessons: readonly Lesson[]): LessonPlace | null {
  if (typeof fragment !== 'string' || fragment.length > MAX_FRAGMENT_CHARS) return null;
  const hash = fragment.indexOf('#');
  const params = readParams(hash >= 0 ? fragment.slice(hash + 1) : fragment.replace(/^\?/, ''));
  const lessonId = params.get('lesson');
  if (lessonId === undefined || !ID.test(lessonId)) return null;
  const lesson = lessons.find((l) => l.id === lessonId);
  if (!lesson || lesson.steps.length === 0) return null;
  const stepId = params.get('step');
  const found = stepId === undefined ? -1 : lesson.steps.findIndex((s) => s.id === stepId);
  const stepIndex = Math.max(0, found);
  return { lesson, step: lesson.steps[stepIndex], stepIndex };
}

/** `a=1&b=2` → map; the first value of a key wins; undecodable values are skipped. */
function readParams(text: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of text.trim().split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = safeDecode(part.slice(0, eq));
    const value = safeDecode(part.slice(eq + 1));
    if (key !== null && value !== null && !params.has(key)) params.set(key, value);
  }
  return params;
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** The steps before and after, for the back and next buttons (null at either end). */
export function stepNeighbours(
  lesson: Lesson,
  stepId: string,
): { previous: LessonStep | null; next: LessonStep | null } {
  const i = lesson.steps.findIndex((s) => s.id === stepId);
  if (i < 0) return { previous: null, next: null };
  return { previous: lesson.steps[i - 1] ?? null, next: lesson.steps[i + 1] ?? null };
}
