/**
 * Undo and redo for topology edits (add, connect, reconnect, delete, rename): the scenarios before
 * and after, bounded to HISTORY_LIMIT steps each way. Loading another scenario (a preset, a file,
 * Back/Forward) is not an edit and clears both stacks.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Scenario } from '../../scenario/types.ts';
import type { AppState } from '../store.ts';

export const HISTORY_LIMIT = 50;

export interface HistorySlice {
  undoStack: Scenario[];
  redoStack: Scenario[];
  /** Remember `before` as the state an undo returns to; forget what redo could bring back. */
  recordEdit: (before: Scenario) => void;
  /** Moves one step back (returns the scenario to load) or null when there is nothing to undo. */
  takeUndo: (current: Scenario) => Scenario | null;
  takeRedo: (current: Scenario) => Scenario | null;
  clearHistory: () => void;
}

const bounded = (stack: Scenario[]) => (stack.length > HISTORY_LIMIT ? stack.slice(-HISTORY_LIMIT) : stack);

export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set, get) => ({
  undoStack: [],
  redoStack: [],
  recordEdit: (before) => set((s) => ({ undoStack: bounded([...s.undoStack, before]), redoStack: [] })),
  takeUndo: (current) => {
    const { undoStack, redoStack } = get();
    const previous = undoStack.at(-1);
    if (!previous) return null;
    set({ undoStack: undoStack.slice(0, -1), redoStack: bounded([...redoStack, current]) });
    return previous;
  },
  takeRedo: (current) => {
    const { undoStack, redoStack } = get();
    const next = redoStack.at(-1);
    if (!next) return null;
    set({ redoStack: redoStack.slice(0, -1), undoStack: bounded([...undoStack, current]) });
    return next;
  },
  clearHistory: () => set({ undoStack: [], redoStack: [] }),
});
