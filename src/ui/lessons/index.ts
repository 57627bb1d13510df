/**
 * The guided lessons, in the order a class takes them, and the helpers the
 * UI needs to run them: step scenarios, step links, navigation and answer checking.
 */
import { AUTOSCALING_LESSON } from './autoscaling-lags.ts';
import { BALANCING_ALGORITHMS } from './balancing-algorithms.ts';
import { GATEWAY_FILTER } from './gateway-filter.ts';
import { findLessonPlace, type LessonPlace } from './lesson-path.ts';
import { MONOLITH_VS_MICROSERVICES } from './monolith-vs-microservices.ts';
import { ORCHESTRATION_LESSON } from './orchestration.ts';
import { QUEUE_LESSON } from './queue-30-vs-5.ts';
import { SERVER_DIES_LESSON } from './server-dies.ts';
import { RETRY_STORM_LESSON } from './retry-storm.ts';
import type { Lesson, LessonStep } from './types.ts';
import { WHY_LOAD_BALANCER } from './why-load-balancer.ts';

export type * from './types.ts';
export { DEFAULT_TOLERANCE } from './types.ts';
export { buildStepScenario } from './build-step-scenario.ts';
export { checkAnswer, formatAnswer, pickChoice, readNumber, type AnswerCheck } from './check-answer.ts';
export { lessonStepPath, stepNeighbours, type LessonPlace } from './lesson-path.ts';

export const LESSONS: readonly Lesson[] = Object.freeze([
  WHY_LOAD_BALANCER,
  BALANCING_ALGORITHMS,
  MONOLITH_VS_MICROSERVICES,
  GATEWAY_FILTER,
  ORCHESTRATION_LESSON,
  QUEUE_LESSON,
  SERVER_DIES_LESSON,
  RETRY_STORM_LESSON,
  AUTOSCALING_LESSON,
]);

export function getLesson(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}

export function getLessonStep(lessonId: string, stepId: string): LessonStep | undefined {
  return getLesson(lessonId)?.steps.find((step) => step.id === stepId);
}

/** The lesson and step a link fragment (or whole address) opens, or null. Never throws. */
export function parseLessonPath(fragment: unknown): LessonPlace | null {
  return findLessonPlace(fragment, LESSONS);
}
