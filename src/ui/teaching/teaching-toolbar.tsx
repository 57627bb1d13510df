/** The teaching entries in the top bar: the lessons menu and the glossary. */
import { useAppStore } from '../sim-context.ts';
import './teaching.css';

export function TeachingToolbar() {
  const setLessonsMenuOpen = useAppStore((s) => s.setLessonsMenuOpen);
  const openGlossary = useAppStore((s) => s.openGlossary);
  return (
    <div className="fs-teaching-tools" role="group" aria-label="Teaching">
      <button
        type="button"
        className="fs-button"
        aria-haspopup="dialog"
        onClick={() => setLessonsMenuOpen(true)}
        data-testid="open-lessons"
      >
        Lessons
      </button>
      <button
        type="button"
        className="fs-button"
        aria-haspopup="dialog"
        onClick={() => openGlossary('')}
        data-testid="open-glossary"
      >
        Glossary
      </button>
    </div>
  );
}

/**
 * Phones only (CSS): the top bar shows the run controls; this button shows or hides the rest
 * (presets, share, lessons, glossary, seed), so the graph keeps room above a bottom sheet.
 */
export function TopbarMoreButton() {
  const open = useAppStore((s) => s.topbarMoreOpen);
  const setOpen = useAppStore((s) => s.setTopbarMoreOpen);
  return (
    <button
      type="button"
      className="fs-button fs-more-button"
      aria-expanded={open}
      onClick={() => setOpen(!open)}
      data-testid="topbar-more"
    >
      {open ? 'Less' : 'More'}
    </button>
  );
}
