/** How things are shown: overlays and motion preferences. */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from '../store.ts';

export interface ViewSlice {
  helpOpen: boolean;
  /** The parameters panel (a bottom sheet on narrow screens). */
  paramsOpen: boolean;
  /** prefers-reduced-motion: draw no moving dots. */
  reducedMotion: boolean;
  setHelpOpen: (open: boolean) => void;
  setParamsOpen: (open: boolean) => void;
  setReducedMotion: (reduced: boolean) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  helpOpen: false,
  paramsOpen: true,
  reducedMotion: false,
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setParamsOpen: (paramsOpen) => set({ paramsOpen }),
  setReducedMotion: (reducedMotion) => set({ reducedMotion }),
});
