/**
 * The lesson being taken: which step of how many, what to look for (highlighted node on the
 * graph), the question with an answer field and feedback, back / next, and the step's own link.
 * Each new step is announced to screen readers through a polite live region.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { formatClock } from '../format.ts';
import {
  checkAnswer,
  getLesson,
  lessonStepPath,
  type AnswerCheck,
  type LessonQuestion,
} from '../lessons/index.ts';
import { useAppStore, useSim } from '../sim-context.ts';
import { leaveLesson, startLessonStep } from './lesson-runner.ts';
import { TermText } from './term-text.tsx';
import './teaching.css';

/** The question of one step; keyed by step, so the answer and feedback reset with each step. */
function StepQuestion({ q }: { q: LessonQuestion }) {
  const [given, setGiven] = useState('');
  const [check, setCheck] = useState<AnswerCheck | null>(null);
  const inputId = useId();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setCheck(checkAnswer(q, given));
  };
  return (
    <>
      <form onSubmit={onSubmit}>
        <fieldset className="fs-lesson__question">
          <legend>{q.prompt}</legend>
          {q.kind === 'number' ? (
            <div className="fs-lesson__answer">
              <label htmlFor={inputId} className="fs-visually-hidden">
                Your answer
              </label>
              <input
                id={inputId}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={given}
                onChange={(e) => setGiven(e.target.value)}
                data-testid="lesson-answer"
              />
              {q.unit && <span aria-hidden="true">{q.unit}</span>}
              <button type="submit" className="fs-button" data-testid="lesson-check">
                Check
              </button>
            </div>
          ) : (
            <div className="fs-lesson__answer" role="radiogroup" aria-label="Choices">
              {q.choices.map((choice) => (
                <label key={choice}>
                  <input
                    type="radio"
                    name={`${inputId}-choice`}
                    value={choice}
                    checked={given === choice}
                    onChange={() => setGiven(choice)}
                  />{' '}
                  {choice}
                </label>
              ))}
              <button type="submit" className="fs-button" data-testid="lesson-check">
                Check
              </button>
            </div>
          )}
        </fieldset>
      </form>
      <div
        className={`fs-lesson__feedback${check ? (check.correct ? ' is-right' : ' is-wrong') : ''}`}
        role="status"
        aria-live="polite"
        data-testid="lesson-feedback"
      >
        {check && (
          <>
            <strong>{check.correct ? '✓ ' : '✗ '}</strong>
            <TermText text={check.feedback} />
          </>
        )}
      </div>
    </>
  );
}

export function LessonPanel() {
  const runtime = useSim();
  const position = useAppStore((s) => s.lesson);
  const timeS = useAppStore((s) => Math.floor(s.live.timeS));
  const lesson = position ? getLesson(position.lessonId) : undefined;
  const step = lesson?.steps[position?.stepIndex ?? -1];
  const headingRef = useRef<HTMLHeadingElement>(null);
  if (!lesson || !step || !position) return null;
  const index = position.stepIndex;
  const count = lesson.steps.length;
  const go = (i: number) => {
    startLessonStep(runtime, lesson.id, i);
    headingRef.current?.focus({ preventScroll: true });
  };
  return (
    <section
      className="fs-lesson fs-panel-block"
      aria-labelledby="fs-lesson-title"
      data-testid="lesson-panel"
    >
      <div className="fs-inspector__head">
        <h2 id="fs-lesson-title" className="fs-panel__title" ref={headingRef} tabIndex={-1}>
          {lesson.title}
        </h2>
        <button
          type="button"
          className="fs-button"
          onClick={() => leaveLesson(runtime)}
          data-testid="lesson-leave"
        >
          Leave lesson
        </button>
      </div>
      <p className="fs-lesson__progress" data-testid="lesson-progress">
        Step {index + 1} of {count}: <strong>{step.title}</strong>
      </p>
      <p className="fs-lesson__look" data-testid="lesson-look-for">
        <span className="fs-visually-hidden">Look for: </span>
        <TermText text={step.lookFor} />
      </p>
      <p className="fs-theory__note">
        The highlighted component is the one to watch. The answer can be read on screen after about{' '}
        {formatClock(step.runForS)} of simulated time (now{' '}
        <span data-testid="lesson-clock" data-seconds={timeS}>
          {formatClock(timeS)}
        </span>
        ).
      </p>
      <StepQuestion key={`${lesson.id}/${step.id}`} q={step.question} />
      <nav className="fs-lesson__nav" aria-label="Lesson steps">
        <button type="button" className="fs-button" disabled={index === 0} onClick={() => go(index - 1)}>
          ← Back
        </button>
        <a
          className="fs-lesson__link"
          href={lessonStepPath(lesson.id, step.id)}
          data-testid="lesson-step-link"
          // The address bar already holds this link; a click restarts the step instead of navigating.
          onClick={(event) => {
            event.preventDefault();
            go(index);
          }}
        >
          Link to this step
        </a>
        {index + 1 < count ? (
          <button type="button" className="fs-button" onClick={() => go(index + 1)} data-testid="lesson-next">
            Next →
          </button>
        ) : (
          <button
            type="button"
            className="fs-button"
            onClick={() => leaveLesson(runtime)}
            data-testid="lesson-finish"
          >
            Finish
          </button>
        )}
      </nav>
    </section>
  );
}
