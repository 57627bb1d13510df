/**
 * The headline lesson, one click away at all times (a top-bar button), and the first visit's
 * welcome card, which loads only when it is to be shown.
 */
import { lazy, Suspense, useState } from 'react';
import { useSim } from '../sim-context.ts';
import { shouldWelcome } from './first-visit.ts';
import { startHeadlineLesson } from './start-lesson.ts';

const WelcomeCard = lazy(() => import('./welcome-card.tsx').then((m) => ({ default: m.WelcomeCard })));

export function HeadlineLessonButton() {
  const runtime = useSim();
  return (
    <button
      type="button"
      className="fs-button"
      onClick={() => void startHeadlineLesson(runtime)}
      title="Start the headline lesson: a queue with 30 jobs/s in and 5 out"
      data-testid="headline-lesson"
    >
      Lesson<span className="fs-headline-word">: 30 in, 5 out</span>
    </button>
  );
}

export function FirstVisit() {
  const [open, setOpen] = useState(shouldWelcome);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <WelcomeCard close={() => setOpen(false)} />
    </Suspense>
  );
}
