/** The lessons menu: a modal dialog listing the guided lessons; picking one starts its first step. */
import { useEffect, useRef } from 'react';
import { LESSONS } from '../lessons/index.ts';
import { useAppStore, useSim } from '../sim-context.ts';
import { startLessonStep } from './lesson-runner.ts';
import './teaching.css';

export function LessonsMenu() {
  const runtime = useSim();
  const open = useAppStore((s) => s.lessonsMenuOpen);
  const setOpen = useAppStore((s) => s.setLessonsMenuOpen);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="fs-dialog"
      aria-labelledby="fs-lessons-title"
      onClose={() => setOpen(false)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        event.preventDefault();
        setOpen(false);
      }}
      data-testid="lessons-menu"
    >
      {open && (
        <>
          <div className="fs-dialog__head">
            <h2 id="fs-lessons-title">Lessons</h2>
            <button type="button" className="fs-button" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
          <ol className="fs-lesson-list">
            {LESSONS.map((lesson, i) => (
              <li key={lesson.id}>
                <button
                  type="button"
                  className="fs-button"
                  data-testid={`lesson-${lesson.id}`}
                  onClick={() => startLessonStep(runtime, lesson.id, 0)}
                >
                  {i + 1}. {lesson.title} ({lesson.steps.length} steps)
                </button>
                <p>{lesson.summary}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </dialog>
  );
}
