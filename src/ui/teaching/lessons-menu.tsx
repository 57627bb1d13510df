/** The lessons menu: a modal dialog listing the guided lessons; picking one starts its first step. */
import { Modal } from '../kit/modal.tsx';
import { LESSONS } from '../lessons/index.ts';
import { useAppStore, useSim } from '../sim-context.ts';
import { startLessonStep } from './lesson-runner.ts';
import './teaching.css';

export function LessonsMenu() {
  const runtime = useSim();
  const open = useAppStore((s) => s.lessonsMenuOpen);
  const setOpen = useAppStore((s) => s.setLessonsMenuOpen);
  const close = () => setOpen(false);
  return (
    <Modal open={open} onClose={close} labelledBy="fs-lessons-title" testId="lessons-menu">
      <div className="fs-dialog__head">
        <h2 id="fs-lessons-title">Lessons</h2>
        <button type="button" className="fs-button" onClick={close}>
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
    </Modal>
  );
}
