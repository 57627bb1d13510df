/**
 * How components reach the runtime (store, controller, dot frame): through context, like React
 * Flow's own store, so a test can render any component against a prepared runtime.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { SimRuntime } from '../state/sim-runtime.ts';
import type { AppState } from '../state/store.ts';

export const SimContext = createContext<SimRuntime | null>(null);

export function useSim(): SimRuntime {
  const runtime = useContext(SimContext);
  if (!runtime) throw new Error('Flowscope: a component needs <SimContext value={runtime}> above it');
  return runtime;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useSim().store, selector);
}

export function useController() {
  return useSim().controller;
}
