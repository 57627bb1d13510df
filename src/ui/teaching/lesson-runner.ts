/**
 * Taking a lesson step: load its scenario, highlight its focus node, play, and put the step's own
 * link (`#lesson=…&step=…`) in the address bar. Leaving a lesson keeps the run playing.
 */
import type { SimRuntime } from '../../state/sim-runtime.ts';
import { buildStepScenario, getLesson, lessonStepPath } from '../lessons/index.ts';
import { buildCompareScenario } from '../lessons/build-step-scenario.ts';

type Win = Pick<Window, 'location' | 'history'>;

function stepAddress(win: Win, lessonId: string, stepId: string): string {
  const search = new URLSearchParams(win.location.search);
  search.delete('preset');
  const query = search.toString();
  return `${win.location.pathname}${query ? `?${query}` : ''}${lessonStepPath(lessonId, stepId)}`;
}

/** Starts step `stepIndex` of lesson `lessonId`; returns false for an unknown lesson or step. */
export function startLessonStep(
  runtime: SimRuntime,
  lessonId: string,
  stepIndex: number,
  win: Win | null = typeof window === 'undefined' ? null : window,
): boolean {
  const lesson = getLesson(lessonId);
  const step = lesson?.steps[stepIndex];
  if (!lesson || !step) return false;
  const scenario = buildStepScenario(step);
  runtime.controller.loadScenario(scenario, step.setup.preset);
  const state = runtime.store.getState();
  state.setLesson(
    { lessonId, stepIndex },
    step.focusNodeId,
    `${lesson.title}, step ${stepIndex + 1} of ${lesson.steps.length}: ${step.title}. ${step.lookFor} Question: ${step.question.prompt}`,
  );
  state.setLessonsMenuOpen(false);
  // On a phone, make room for the graph above the lesson sheet.
  state.setTopbarMoreOpen(false);
  runtime.controller.play();
  // A compare step opens Compare with its B; any other step leaves it, keeping the step's scenario.
  // The address sync pushes the scenario's (or the comparison's) link meanwhile; once Compare has
  // started or stopped, that entry becomes the step's own link.
  const b = buildCompareScenario(step);
  void import('../../state/compare-session.ts').then((session) => {
    if (b) session.startCompare(runtime, b);
    else session.stopCompare(runtime, 'A');
    try {
      win?.history.replaceState(win.history.state, '', stepAddress(win, lessonId, step.id));
    } catch {
      // A sandboxed frame may refuse history changes; the lesson works without them.
    }
  });
  return true;
}

/** Leaves the lesson: the panel closes, the scenario keeps playing as it is. */
export function leaveLesson(runtime: SimRuntime): void {
  runtime.store.getState().setLesson(null);
}
