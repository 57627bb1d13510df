/** What is being simulated: the scenario as edited live, its seed, and where its nodes sit. */
import type { StateCreator } from 'zustand/vanilla';
import { checkChange, type ChangeResult } from '../../scenario/change/index.ts';
import type { Position, Scenario } from '../../scenario/types.ts';
import { layoutLeftToRight } from '../layout-left-to-right.ts';
import { topologyOf, type Topology } from '../topology.ts';
import type { AppState } from '../store.ts';

export interface ScenarioSlice {
  /** The preset the scenario came from, or null for a custom scenario. */
  presetId: string | null;
  scenario: Scenario;
  seed: number;
  topology: Topology;
  positions: Record<string, Position>;
  /** Counts scenario loads: the graph re-mounts (and fits the view) when it changes. */
  loadCount: number;
  loadScenario: (scenario: Scenario, presetId: string | null, seed?: number) => void;
  /** Checks a live change (untrusted) and makes it; a refused change leaves the scenario as it was. */
  applyScenarioChange: (change: unknown) => ChangeResult;
  setSeed: (seed: number) => void;
  moveNode: (id: string, position: Position) => void;
}

export function scenarioState(scenario: Scenario, presetId: string | null, seed = scenario.seed) {
  return {
    presetId,
    scenario,
    seed,
    topology: topologyOf(scenario),
    positions: layoutLeftToRight(scenario),
  };
}

export const createScenarioSlice =
  (initial: Scenario, presetId: string | null): StateCreator<AppState, [], [], ScenarioSlice> =>
  (set, get) => ({
    ...scenarioState(initial, presetId),
    loadCount: 0,
    loadScenario: (scenario, id, seed) =>
      set((s) => ({ ...scenarioState(scenario, id, seed), loadCount: s.loadCount + 1 })),
    applyScenarioChange: (change) => {
      const result = checkChange(get().scenario, change);
      if (result.ok) set({ scenario: result.scenario });
      return result;
    },
    setSeed: (seed) => set({ seed }),
    moveNode: (id, position) => set((s) => ({ positions: { ...s.positions, [id]: position } })),
  });
