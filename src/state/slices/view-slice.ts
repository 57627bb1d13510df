/** How things are shown: overlays and motion preferences. */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from '../store.ts';

export interface ViewSlice {
  helpOpen: boolean;
  /** The parameters bottom sheet on narrow screens (wide screens always show the side panel). */
  paramsOpen: boolean;
  /** prefers-reduced-motion: draw no moving dots. */
  reducedMotion: boolean;
  /** A message for the user that is not about the run (e.g. a link that could not be opened). */
  notice: string | null;
  setNotice: (notice: string | null) => void;
  setHelpOpen: (open: boolean) => void;
  setParamsOpen: (open: boolean) => void;
  setReducedMotion: (reduced: boolean) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  helpOpen: false,
  paramsOpen: false,
  reducedMotion: false,
  notice: null,
  setNotice: (notice) => set({ notice }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setParamsOpen: (paramsOpen) => set({ paramsOpen }),
  setReducedMotion: (reducedMotion) => set({ reducedMotion }),
});
