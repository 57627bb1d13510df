/**
 * Compare mode (DESIGN.md section 9), as A's store sees it: whether it is on, which side the
 * controls change, B's scenario (mirrored from B's own store, for the link and the difference
 * table) and the nodes chosen for the table. B's run lives in its own runtime (compare-session.ts).
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Scenario } from '../../scenario/types.ts';
import type { AppState } from '../store.ts';

export type CompareSide = 'A' | 'B';

export interface CompareSlice {
  compareOn: boolean;
  /** The side every control, the inspector and the presets act on. */
  compareTarget: CompareSide;
  compareScenario: Scenario | null;
  /** Nodes the difference table shows besides the clients; null: the ones B changed. */
  compareNodeIds: string[] | null;
  setCompare: (b: Scenario | null) => void;
  setCompareScenario: (b: Scenario) => void;
  setCompareTarget: (side: CompareSide) => void;
  setCompareNodeIds: (ids: string[] | null) => void;
}

export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set) => ({
  compareOn: false,
  compareTarget: 'B',
  compareScenario: null,
  compareNodeIds: null,
  setCompare: (b) =>
    set(
      b
        ? { compareOn: true, compareScenario: b, compareTarget: 'B' }
        : { compareOn: false, compareScenario: null, compareNodeIds: null },
    ),
  setCompareScenario: (compareScenario) => set({ compareScenario }),
  setCompareTarget: (compareTarget) => set({ compareTarget }),
  setCompareNodeIds: (compareNodeIds) => set({ compareNodeIds }),
});
