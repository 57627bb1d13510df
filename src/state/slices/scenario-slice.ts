/** What is being simulated: the scenario as edited live, its seed, and where its nodes sit. */
import type { StateCreator } from 'zustand/vanilla';
import { checkChange, type ChangeResult } from '../../scenario/change/index.ts';
import type { Position, Scenario } from '../../scenario/types.ts';
import { layoutGraph, type FlowDirection } from '../layout-left-to-right.ts';
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
  /** Which way the computed layout flows: 'down' on narrow (phone) screens. */
  flowDirection: FlowDirection;
  /** Re-lays the graph out for a screen of the other shape (positions the user gave are kept). */
  setFlowDirection: (direction: FlowDirection) => void;
  loadScenario: (scenario: Scenario, presetId: string | null, seed?: number) => void;
  /** Checks a live change (untrusted) and makes it; a refused change leaves the scenario as it was. */
  applyScenarioChange: (change: unknown) => ChangeResult;
  /** Takes a scenario that differs only in what the engine does not read (labels): no restart. */
  relabelScenario: (scenario: Scenario, presetId: string | null) => void;
  setSeed: (seed: number) => void;
  moveNode: (id: string, position: Position) => void;
}

export function scenarioState(
  scenario: Scenario,
  presetId: string | null,
  seed = scenario.seed,
  direction: FlowDirection = 'right',
) {
  return {
    presetId,
    scenario,
    seed,
    topology: topologyOf(scenario),
    positions: layoutGraph(scenario, direction),
  };
}

export const createScenarioSlice =
  (initial: Scenario, presetId: string | null): StateCreator<AppState, [], [], ScenarioSlice> =>
  (set, get) => ({
    ...scenarioState(initial, presetId),
    loadCount: 0,
    flowDirection: 'right',
    setFlowDirection: (flowDirection) =>
      set((s) =>
        s.flowDirection === flowDirection
          ? {}
          : { flowDirection, positions: layoutGraph(s.scenario, flowDirection) },
      ),
    loadScenario: (scenario, id, seed) =>
      set((s) => ({
        ...scenarioState(scenario, id, seed, s.flowDirection),
        loadCount: s.loadCount + 1,
      })),
    applyScenarioChange: (change) => {
      const result = checkChange(get().scenario, change);
      if (result.ok) set({ scenario: result.scenario });
      return result;
    },
    relabelScenario: (scenario, presetId) => set({ scenario, presetId, topology: topologyOf(scenario) }),
    setSeed: (seed) => set({ seed }),
    moveNode: (id, position) => set((s) => ({ positions: { ...s.positions, [id]: position } })),
  });
