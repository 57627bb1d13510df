/**
 * The app's one zustand store, built from the slices in slices/ (after React Flow's and zustand's
 * slice pattern). It is a vanilla store so the bridge and the controller use it without React; the
 * UI reads it through `useAppStore` with the named selectors of selectors.ts.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../scenario/types.ts';
import { createCompareSlice, type CompareSlice } from './slices/compare-slice.ts';
import { createHistorySlice, type HistorySlice } from './slices/history-slice.ts';
import { createRunSlice, type RunSlice } from './slices/run-slice.ts';
import { createScenarioSlice, type ScenarioSlice } from './slices/scenario-slice.ts';
import { createSelectionSlice, type SelectionSlice } from './slices/selection-slice.ts';
import { createTeachingSlice, type TeachingSlice } from './slices/teaching-slice.ts';
import { createViewSlice, type ViewSlice } from './slices/view-slice.ts';

export type AppState = ScenarioSlice &
  RunSlice &
  SelectionSlice &
  ViewSlice &
  HistorySlice &
  TeachingSlice &
  CompareSlice;
export type AppStore = StoreApi<AppState>;

export function createAppStore(scenario: Scenario, presetId: string | null = null): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createScenarioSlice(scenario, presetId)(...a),
    ...createRunSlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
    ...createHistorySlice(...a),
    ...createTeachingSlice(...a),
    ...createCompareSlice(...a),
  }));
}
