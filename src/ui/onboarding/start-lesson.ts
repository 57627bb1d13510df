/** Starts the headline lesson ("30 in, 5 out"); the lesson runner and content load on demand. */
import type { SimRuntime } from '../../state/sim-runtime.ts';
import { HEADLINE_LESSON_ID } from './first-visit.ts';

export async function startHeadlineLesson(runtime: SimRuntime): Promise<void> {
  const { startLessonStep } = await import('../teaching/lesson-runner.ts');
  startLessonStep(runtime, HEADLINE_LESSON_ID, 0);
}
