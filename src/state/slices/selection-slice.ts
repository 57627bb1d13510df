/** Which node the inspector shows. */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from '../store.ts';

export interface SelectionSlice {
  selectedNodeId: string | null;
  selectNode: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedNodeId: null,
  selectNode: (id) => set({ selectedNodeId: id }),
});
