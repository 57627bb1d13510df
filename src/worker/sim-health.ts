/**
 * How the simulation itself is doing, as the watchdog in sim-client.ts sees it. The UI turns
 * these into words (ui/panels/sim-health-status.tsx); docs/failing-safely.md explains the policy.
 */
import type { TransportKind } from './transports.ts';

/** `died`: the worker ended; `crashed`: it raised an error; `silent`: it stopped answering. */
export type SimFault = 'died' | 'crashed' | 'silent' | 'could-not-start';

export type SimHealth =
  | { phase: 'ok' }
  /** Noticed `fault` at simulated `atS`; a new runner (`where`) is replaying the run to there. */
  | { phase: 'restarting'; fault: SimFault; atS: number; where: TransportKind }
  /** The run carries on; `restartMs` from noticing to the resumed run's first snapshot. */
  | { phase: 'resumed'; fault: SimFault; atS: number; where: TransportKind; restartMs: number }
  /** Too many faults in a row: the watchdog stopped restarting until asked to try again. */
  | { phase: 'failed'; fault: SimFault; atS: number };

/** No answer to a frame request for this long while the page is drawing: the worker has hung. */
export const SILENCE_MS = 2000;
/** A new worker that has said nothing for this long could not start (script, policy, memory). */
export const START_TIMEOUT_MS = 10_000;
/** More faults than this within RESTART_WINDOW_MS and the watchdog gives up (no restart loop). */
export const MAX_RESTARTS = 3;
export const RESTART_WINDOW_MS = 60_000;
/** A gap between two animation frames longer than this means the page itself stalled or was hidden. */
export const PAGE_STALL_MS = 1000;
