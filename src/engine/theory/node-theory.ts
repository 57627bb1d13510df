/**
 * The prediction for one node of a scenario at a given arrival rate: the station it is
 * (station-of.ts) run through the closed forms (predict-station.ts). The app's theory panel and
 * the runner's `--theory` both call this, so they always say the same.
 */
import type { Scenario } from '../../scenario/types.ts';
import { predictStation, type StationPrediction } from './predict-station.ts';
import { stationOf, type StationShape } from './station-of.ts';

export { offeredRatePerS } from './station-of.ts';

export interface NodeTheory {
  station: StationShape;
  prediction: StationPrediction;
  /** Exact when the closed form is and the pooled servers are alike. */
  exact: boolean;
  /** The model's name, with "(approximation)" when it is not exact. */
  model: string;
}

export function nodeTheory(scenario: Scenario, nodeId: string, arrivalRatePerS: number): NodeTheory | null {
  const station = stationOf(scenario, nodeId);
  if (!station) return null;
  const prediction = predictStation({
    arrivalRatePerS,
    servers: station.servers,
    serviceTime: station.serviceTime,
    capacity: station.capacity,
    overflow: station.overflow,
  });
  const exact = prediction.exact && !station.mixed;
  return {
    station,
    prediction,
    exact,
    model: exact ? prediction.model : `${prediction.model} (approximation)`,
  };
}

/** The figures of DESIGN.md §8's `nodes.<id>.theory` (seconds; shares in [0, 1]; null: no closed form). */
export interface TheoryFigures {
  model: string;
  utilization: number;
  meanWait: number | null;
  meanQueueLength: number | null;
  meanTimeInSystem: number | null;
  dropProbability: number | null;
}

export function theoryFigures(theory: NodeTheory): TheoryFigures {
  const p = theory.prediction;
  return {
    model: theory.model,
    utilization: p.utilization,
    meanWait: p.meanWaitS,
    meanQueueLength: p.meanQueueLength,
    meanTimeInSystem: p.meanTimeInSystemS,
    dropProbability: p.dropProbability,
  };
}
