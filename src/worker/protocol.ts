/**
 * The messages the main thread and the simulation worker exchange. Both sides import this file,
 * so a message shape can only change in one place.
 *
 * Pacing: the main thread sends `frame` once per animation frame and never sends another until the
 * worker has answered it (with `snapshot` or `idle`). So at most one snapshot per frame crosses the
 * thread boundary and no backlog of messages can build up, whatever the speed.
 */
import type { Dots, Halt, RunReport, Snapshot, Trace, TraceFilter } from '../engine/index.ts';
import type { ScenarioChange } from '../scenario/change/index.ts';
import type { Scenario } from '../scenario/types.ts';

// The dot encoding, for the main thread (from the small types file, not the engine itself).
export { DOT_FLAG, DOT_STATE, TARGET_STATE } from '../engine/report-types.ts';

/** Slow motion to fast forward, as a multiple of real time; 'max' runs as fast as the worker can. */
export type Speed = number | 'max';
export const SPEED_MIN = 0.05;
export const SPEED_MAX = 100;
/** The preset speeds the speed control and the +/- shortcuts step through. */
export const SPEED_STEPS: readonly Speed[] = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 50, 100, 'max'];

/** One press of "step" advances the paused run by this much simulated time. */
export const STEP_S = 0.1;
/** Above this many requests in flight the engine samples dots ("1 dot = N requests"). */
export const MAX_DOTS = 2000;

/** The typed arrays of a `Dots`, handed back to the worker for reuse once drawn. */
export type DotBuffers = Pick<Dots, 'state' | 'place' | 'pos' | 'flags' | 'id'>;

/** Where a run is: events processed and the clock. The same position in a replay is the same run. */
export interface RunPosition {
  events: number;
  timeS: number;
}

/** A live change and where in the run the worker applied it. */
export interface LoggedChange {
  change: ScenarioChange;
  at: RunPosition;
}

export type ToWorker =
  | { type: 'load'; scenario: Scenario; seed: number }
  /**
   * Start a fresh simulation of `scenario` (as loaded or last reset, before any live change) and
   * replay it to `at`, applying each change at its position: the run a dead worker was making.
   * `run` continues the client's count, so answers of the resumed run are not taken for stale ones.
   */
  | {
      type: 'resume';
      run: number;
      scenario: Scenario;
      seed: number;
      changes: readonly LoggedChange[];
      at: RunPosition;
    }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step' }
  /**
   * While paused, run on to `toS` (nothing if the run is there already): Compare's two runs pause
   * a frame apart, and this brings the one behind to the other's instant.
   */
  | { type: 'catchUp'; toS: number }
  | { type: 'reset' }
  | { type: 'setSpeed'; speed: Speed }
  /** Checked again by the worker (`checkChange`): a refused change is answered with `error`. */
  | { type: 'applyChange'; change: ScenarioChange }
  | { type: 'requestReport' }
  /**
   * Follow one request: the next one a client sends (any, or the one `filter` names), or one in
   * flight (a clicked dot) by id.
   */
  | { type: 'trace'; target: 'next' | number; filter?: TraceFilter }
  | { type: 'stopTrace' }
  /** Ask for this frame's snapshot; `recycled` returns buffers of an older snapshot for reuse. */
  | { type: 'frame'; recycled: DotBuffers | null };

/**
 * `run` counts the `load` and `reset` messages the worker has handled; the client counts the ones
 * it sent, and drops answers of a run it has already replaced.
 */
export type FromWorker =
  | { type: 'snapshot'; run: number; snapshot: Snapshot; playing: boolean }
  /** The answer to `frame` when nothing changed (paused, no command since the last snapshot). */
  | { type: 'idle' }
  | { type: 'report'; run: number; report: RunReport }
  /** The followed request's hops so far, a few times a second while tracing (null: none yet). */
  | { type: 'trace'; run: number; trace: Trace | null }
  | { type: 'halt'; halt: Halt }
  /** The answer to `applyChange`: where the change took effect, or null when it was refused. */
  | { type: 'changeApplied'; run: number; at: RunPosition | null }
  /** The worker is up (and holds its life lock, see transports.ts). */
  | { type: 'alive' }
  /** A fault change as the run made it, at the run's own instant: the page's scenario takes it. */
  | { type: 'applied'; run: number; change: ScenarioChange }
  | { type: 'error'; message: string };

/** The buffers to transfer (not copy) with a snapshot or a frame request. */
export function dotTransferables(dots: DotBuffers): ArrayBuffer[] {
  return [
    dots.state.buffer,
    dots.place.buffer,
    dots.pos.buffer,
    dots.flags.buffer,
    dots.id.buffer,
  ] as ArrayBuffer[];
}
