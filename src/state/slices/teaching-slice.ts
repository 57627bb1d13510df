/**
 * The teaching layer's state: the request being traced, the lesson step being taken,
 * and the teaching dialogs. Lesson content lives in src/ui/lessons; this slice only holds ids.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Trace } from '../../engine/index.ts';
import type { AppState } from '../store.ts';

export interface LessonPosition {
  lessonId: string;
  stepIndex: number;
}

export interface TeachingSlice {
  /** The followed request's record, refreshed a few times a second by the worker. */
  trace: Trace | null;
  /** A trace was asked for and the timeline is shown (the record may still be empty). */
  tracing: boolean;
  lesson: LessonPosition | null;
  /** The node the current lesson step asks the learner to watch. */
  lessonFocusNodeId: string | null;
  /** What screen readers are told when a lesson step starts (a polite live region). */
  lessonAnnouncement: string;
  lessonsMenuOpen: boolean;
  /** Phones: the top bar's secondary controls (presets, share, lessons) are shown. */
  topbarMoreOpen: boolean;
  /** The glossary dialog: null closed, '' open at the top, else the id of the entry to show. */
  glossaryTerm: string | null;
  setTrace: (trace: Trace | null) => void;
  setTracing: (tracing: boolean) => void;
  setLesson: (lesson: LessonPosition | null, focusNodeId?: string | null, announcement?: string) => void;
  setLessonsMenuOpen: (open: boolean) => void;
  setTopbarMoreOpen: (open: boolean) => void;
  openGlossary: (termId: string | null) => void;
}

export const createTeachingSlice: StateCreator<AppState, [], [], TeachingSlice> = (set) => ({
  trace: null,
  tracing: false,
  lesson: null,
  lessonFocusNodeId: null,
  lessonAnnouncement: '',
  lessonsMenuOpen: false,
  topbarMoreOpen: false,
  glossaryTerm: null,
  setTrace: (trace) => set({ trace }),
  setTracing: (tracing) => set(tracing ? { tracing } : { tracing, trace: null }),
  setLesson: (lesson, focusNodeId = null, announcement = '') =>
    set({
      lesson,
      lessonFocusNodeId: lesson ? focusNodeId : null,
      lessonAnnouncement: lesson ? announcement : 'Lesson closed.',
    }),
  setLessonsMenuOpen: (lessonsMenuOpen) => set({ lessonsMenuOpen }),
  setTopbarMoreOpen: (topbarMoreOpen) => set({ topbarMoreOpen }),
  openGlossary: (glossaryTerm) => set({ glossaryTerm }),
});
