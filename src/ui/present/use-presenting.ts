/** Whether presenter mode is on, for React components. */
import { useStore } from 'zustand';
import { presenterStore, type PresenterState } from './presenter-state.ts';

const selectOn = (s: PresenterState) => s.on;

export function usePresenting(): boolean {
  return useStore(presenterStore, selectOn);
}
