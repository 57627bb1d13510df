/**
 * Presenter mode's one floating bar (loaded when presenter mode starts): play/pause, step, speed,
 * the lesson's back/next when a lesson is being taken, the clock, and Exit. It stays small and at
 * the bottom, so the graph keeps the screen.
 */
import { useEffect, useRef } from 'react';
import { selectIsPlaying, selectSimTimeS, selectSpeed } from '../../state/selectors.ts';
import { getLesson } from '../lessons/index.ts';
import { formatClock, formatSpeed } from '../format.ts';
import { useAppStore, useSim } from '../sim-context.ts';
import { startLessonStep } from '../teaching/lesson-runner.ts';
import { exitPresenter } from './presenter-state.ts';

function LessonStepper() {
  const runtime = useSim();
  const place = useAppStore((s) => s.lesson);
  const lesson = place ? getLesson(place.lessonId) : undefined;
  if (!place || !lesson) return null;
  const count = lesson.steps.length;
  const go = (index: number) => startLessonStep(runtime, lesson.id, index);
  return (
    <div className="fs-present-bar__group" role="group" aria-label="Lesson">
      <button
        type="button"
        className="fs-button"
        disabled={place.stepIndex === 0}
        onClick={() => go(place.stepIndex - 1)}
        data-testid="present-lesson-back"
      >
        ← Back
      </button>
      <span className="fs-present-bar__step" title={lesson.steps[place.stepIndex]?.title}>
        Step {place.stepIndex + 1}/{count}
      </span>
      <button
        type="button"
        className="fs-button"
        disabled={place.stepIndex >= count - 1}
        onClick={() => go(place.stepIndex + 1)}
        data-testid="present-lesson-next"
      >
        Next →
      </button>
    </div>
  );
}

export function PresenterBar() {
  const { controller } = useSim();
  const playing = useAppStore(selectIsPlaying);
  const speed = useAppStore(selectSpeed);
  const clock = useAppStore((s) => formatClock(selectSimTimeS(s)));
  const playRef = useRef<HTMLButtonElement>(null);
  // The top bar is hidden now: focus moves into this bar (presenter-state.ts gives it back to
  // whatever opened presenter mode when it ends).
  useEffect(() => playRef.current?.focus(), []);
  return (
    <div
      className="fs-present-bar"
      role="toolbar"
      aria-label="Presenter controls"
      data-testid="presenter-bar"
    >
      <button
        ref={playRef}
        type="button"
        className="fs-button fs-button--primary"
        onClick={controller.togglePlay}
        aria-keyshortcuts="Space"
        data-testid="present-play"
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" className="fs-button" onClick={controller.step} aria-keyshortcuts=".">
        Step
      </button>
      <div className="fs-present-bar__group" role="group" aria-label="Speed">
        <button
          type="button"
          className="fs-button fs-button--round"
          onClick={() => controller.nudgeSpeed(-1)}
          aria-label="Slower"
          aria-keyshortcuts="-"
        >
          −
        </button>
        <span className="fs-present-bar__speed" aria-live="polite" data-testid="present-speed">
          {speed === 'max' ? 'Max' : formatSpeed(speed)}
        </span>
        <button
          type="button"
          className="fs-button fs-button--round"
          onClick={() => controller.nudgeSpeed(1)}
          aria-label="Faster"
          aria-keyshortcuts="+"
        >
          +
        </button>
      </div>
      <LessonStepper />
      <span className="fs-present-bar__clock" role="timer" aria-label="Simulated time">
        {clock}
      </span>
      <button
        type="button"
        className="fs-button"
        onClick={exitPresenter}
        aria-keyshortcuts="P Escape"
        data-testid="present-exit"
      >
        Exit
      </button>
    </div>
  );
}
