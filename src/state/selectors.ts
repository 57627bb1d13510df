/**
 * Named selectors, defined once at module scope. Every selector returns a primitive or a reference
 * that already lives in the state: zustand 5 re-renders (and loops) on a new object per call, so
 * anything composite is read with `useShallow` or as several primitive selectors.
 */
import type { Outcome, ScenarioNode } from '../scenario/types.ts';
import { OUTCOMES } from '../scenario/types.ts';
import type { NodeFigures } from './live-figures.ts';
import type { AppState } from './store.ts';

export const selectScenario = (s: AppState) => s.scenario;
export const selectPresetId = (s: AppState) => s.presetId;
export const selectSeed = (s: AppState) => s.seed;
export const selectTopology = (s: AppState) => s.topology;
export const selectPositions = (s: AppState) => s.positions;
export const selectLoadCount = (s: AppState) => s.loadCount;

export const selectStatus = (s: AppState) => s.status;
export const selectIsPlaying = (s: AppState) => s.status === 'playing';
export const selectSpeed = (s: AppState) => s.speed;
export const selectSimTimeS = (s: AppState) => s.live.timeS;
export const selectEventsPerS = (s: AppState) => s.live.eventsPerS;
export const selectPerDot = (s: AppState) => s.live.perDot;
export const selectInFlight = (s: AppState) => s.live.inFlight;
export const selectReport = (s: AppState) => s.report;
export const selectHalt = (s: AppState) => s.halt;
export const selectError = (s: AppState) => s.error;
export const selectHealth = (s: AppState) => s.health;

export const selectSelectedNodeId = (s: AppState) => s.selectedNodeId;
export const selectHelpOpen = (s: AppState) => s.helpOpen;
export const selectParamsOpen = (s: AppState) => s.paramsOpen;
export const selectReducedMotion = (s: AppState) => s.reducedMotion;
export const selectNotice = (s: AppState) => s.notice;

/** The node's current parameters (a stable reference until it is edited). */
export const selectNode =
  (id: string) =>
  (s: AppState): ScenarioNode | undefined =>
    s.scenario.nodes.find((node) => node.id === id);

type NumericFigure = {
  [K in keyof NodeFigures]: NodeFigures[K] extends number ? K : never;
}[keyof NodeFigures];

/** One live number of one node; 0 before the first update. */
export const selectFigure =
  (id: string, key: NumericFigure) =>
  (s: AppState): number =>
    s.live.nodes[id]?.[key] ?? 0;

export const selectTimeUntilFullS =
  (id: string) =>
  (s: AppState): number | null =>
    s.live.nodes[id]?.timeUntilFullS ?? null;

const OUTCOME_INDEX = new Map<Outcome, number>(OUTCOMES.map((o, i) => [o, i]));

/** How many requests this node ended with `outcome` so far. */
export const selectFailed =
  (id: string, outcome: Outcome) =>
  (s: AppState): number =>
    s.live.nodes[id]?.failed[OUTCOME_INDEX.get(outcome) ?? 0] ?? 0;

/** Requests per second on one edge, by scenario edge index. */
export const selectEdgeRate =
  (index: number) =>
  (s: AppState): number =>
    s.live.edgeRatePerS[index] ?? 0;

export const selectSeries = (id: string) => (s: AppState) => s.series[id];
