/**
 * What the teaching layer adds to the app shell: the lesson being taken and the trace timeline in
 * the side panel, the lessons menu and glossary dialogs, and the live region that announces lesson
 * steps. Lesson and glossary content load on demand (content.ts), so these parts are lazy.
 */
import { lazy, Suspense } from 'react';
import { useAppStore } from '../sim-context.ts';

const TraceTimeline = lazy(() =>
  import('../trace/trace-timeline.tsx').then((m) => ({ default: m.TraceTimeline })),
);
const LessonPanel = lazy(() => import('./lesson-panel.tsx').then((m) => ({ default: m.LessonPanel })));
const LessonsMenu = lazy(() => import('./lessons-menu.tsx').then((m) => ({ default: m.LessonsMenu })));
const GlossaryDialog = lazy(() =>
  import('./glossary-dialog.tsx').then((m) => ({ default: m.GlossaryDialog })),
);

/** True when the side panel (the bottom sheet on a phone) has teaching content to show. */
export function useTeachingPanelOpen(): boolean {
  return useAppStore((s) => s.lesson !== null || s.tracing);
}

export function TeachingPanels() {
  const inLesson = useAppStore((s) => s.lesson !== null);
  const tracing = useAppStore((s) => s.tracing);
  return (
    <>
      {inLesson && (
        <Suspense fallback={<p className="fs-theory__note">Loading the lesson…</p>}>
          <LessonPanel />
        </Suspense>
      )}
      {tracing && (
        <Suspense fallback={<p className="fs-theory__note">Loading the trace…</p>}>
          <TraceTimeline />
        </Suspense>
      )}
    </>
  );
}

/** Always mounted (and outside the side panel, which may be hidden), so every step is announced. */
export function LessonAnnouncer() {
  const text = useAppStore((s) => s.lessonAnnouncement);
  return (
    <div className="fs-visually-hidden" aria-live="polite" role="status" data-testid="lesson-announcer">
      {text}
    </div>
  );
}

export function TeachingDialogs() {
  const menuOpen = useAppStore((s) => s.lessonsMenuOpen);
  const glossaryOpen = useAppStore((s) => s.glossaryTerm !== null);
  return (
    <Suspense fallback={null}>
      {menuOpen && <LessonsMenu />}
      {glossaryOpen && <GlossaryDialog />}
      <LessonAnnouncer />
    </Suspense>
  );
}
