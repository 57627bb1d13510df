/**
 * Replaying a run to a position. The engine is deterministic: the same scenario and seed, with
 * the same changes applied at the same positions (events processed and clock), give the same run
 * event for event, however the advance is cut into steps. So a fresh simulation brought to where a
 * lost worker was — by processing exactly as many events, then setting the clock — is that run.
 *
 * A replay can be long, so it goes in slices within a wall-clock deadline, one slice per frame
 * request, and the page (or the watchdog) is never kept waiting.
 */
import { advanceTo, applyChange, runEvents, type Simulation } from '../engine/index.ts';
import type { Scenario } from '../scenario/types.ts';
import { checkChange, stampNow } from '../scenario/change/index.ts';
import type { LoggedChange, RunPosition } from './protocol.ts';

/** Events between two looks at the clock. */
const EVENTS_PER_SLICE = 4096;

export interface Replay {
  /** Replays until the deadline; true once the run stands at the target. */
  advance(deadlineMs: number, nowMs: () => number): boolean;
  /** The scenario with every change replayed so far (what `reset` restarts from). */
  readonly scenario: Scenario;
}

export function createReplay(
  sim: Simulation,
  scenario: Scenario,
  changes: readonly LoggedChange[],
  target: RunPosition,
): Replay {
  const stops: { at: RunPosition; change: LoggedChange['change'] | null }[] = [
    ...changes.map(({ at, change }) => ({ at, change })),
    { at: target, change: null },
  ];
  let next = 0;
  let current = scenario;

  /** Brings the run to `at`; false when the deadline came first. */
  function reach(at: RunPosition, deadlineMs: number, nowMs: () => number): boolean {
    while (sim.halt === null && sim.events < at.events) {
      runEvents(sim, Math.min(EVENTS_PER_SLICE, at.events - sim.events));
      if (sim.events < at.events && nowMs() >= deadlineMs) return false;
    }
    // The clock stood past the last event only when every event up to it had run (runner.ts),
    // so no event lies between here and there: advancing processes none.
    if (sim.halt === null && sim.nowS < at.timeS) advanceTo(sim, at.timeS);
    return true;
  }

  return {
    get scenario() {
      return current;
    },
    advance(deadlineMs, nowMs) {
      while (next < stops.length) {
        if (sim.halt !== null) return true;
        const stop = stops[next];
        if (!reach(stop.at, deadlineMs, nowMs)) return false;
        if (stop.change) {
          // Through the same door as when it was first made, so it settles the same way; a fault
          // acts at the run's instant, as the runner stamped it (sim-runner.ts).
          const checked = checkChange(current, stampNow(stop.change, sim.nowS));
          if (checked.ok) {
            applyChange(sim, checked.change);
            current = checked.scenario;
          }
        }
        next++;
      }
      return true;
    },
  };
}
