/**
 * The compact ρ on a queueing node's card, kept apart from the theory panel (theory.ts) so the
 * closed forms and their sentences load only when an inspector opens: ρ = λ·E[S]/c needs only the
 * station's shape (engine/theory/station-of.ts) and the measured arrival rate.
 */
import { offeredRatePerS, stationOf } from '../engine/theory/station-of.ts';
import type { RunReport } from '../engine/report-types.ts';
import type { Scenario } from '../scenario/types.ts';
import type { LiveFigures } from './live-figures.ts';

/** Runs shorter than this use the live (windowed) rate only. */
const STEADY_AFTER_S = 10;

/**
 * λ: the live rate over the last few seconds answers changes at once but jitters (±10 % for 30/s
 * over 4 s); the run's average is steady but lags a change. The run's average is used when the run
 * is ≥ 10 s long and it agrees with the live rate within 20 %, so a steady run shows steady figures
 * and a changed one follows the change.
 */
export function arrivalRate(live: LiveFigures, report: RunReport | null, nodeId: string): number {
  const windowed = Math.max(0, live.nodes[nodeId]?.arrivalsPerS ?? 0);
  const m = report?.nodes[nodeId];
  const spanS = report ? report.duration - report.warmup : 0;
  if (!m || spanS < STEADY_AFTER_S) return windowed;
  const average = m.arrivals / spanS;
  return Math.abs(average - windowed) <= 0.2 * Math.max(average, windowed) ? average : windowed;
}

/** ρ of a station for the compact badge on the graph node, or null when it does not queue. */
export function stationRho(
  scenario: Scenario,
  live: LiveFigures,
  report: RunReport | null,
  nodeId: string,
): number | null {
  // A queue's consumer shares the queue's line: the queue shows the station's ρ.
  const queues = new Set(scenario.nodes.filter((n) => n.kind === 'queue').map((n) => n.id));
  if (scenario.edges.some((e) => e.to === nodeId && queues.has(e.from))) return null;
  const shape = stationOf(scenario, nodeId);
  if (!shape) return null;
  const lambda = offeredRatePerS(
    scenario,
    nodeId,
    (id) => arrivalRate(live, report, id),
    (id) => live.nodes[id]?.held ?? 0,
  );
  const meanS = shape.serviceTime.mean;
  return meanS > 0 ? (lambda * meanS) / shape.servers : 0;
}
