/**
 * The run loop, shared by the worker and the in-thread fallback. It owns the simulation and the
 * wall clock: the engine never reads a clock, so pacing (speed, frame gaps, work budgets) lives here.
 *
 * Each `frame` request advances the run by (wall time since the last frame) × speed, within a work
 * budget, and answers with one snapshot. Because the engine replays the same events whatever the
 * step sizes, dropping time we could not simulate in budget only slows the run, never changes it.
 */
import {
  advanceTo,
  applyChange,
  collectReport,
  createSimulation,
  readTrace,
  stopTrace,
  traceNextRequest,
  traceRequest,
  runEvents,
  takeSnapshot,
  type Simulation,
} from '../engine/index.ts';
import { checkChange } from '../scenario/change/index.ts';
import { formatErrors } from '../scenario/format-errors.ts';
import type { Scenario } from '../scenario/types.ts';
import { createDotPool } from './dot-pool.ts';
import {
  dotTransferables,
  MAX_DOTS,
  STEP_S,
  type FromWorker,
  type Speed,
  type ToWorker,
} from './protocol.ts';

/** Wall time one worker turn may spend simulating, so a frame stays ≤ ~16 ms end to end. */
export const TURN_BUDGET_MS = 12;
/** A longer gap (a hidden tab, a breakpoint) counts as this much, so the run does not leap. */
export const MAX_FRAME_GAP_MS = 100;
/** Events between two looks at the clock. */
const EVENTS_PER_CHUNK = 2048;
/** A backstop for a clock too coarse (or frozen, in tests) to end a turn by time. */
export const MAX_EVENTS_PER_TURN = 256 * EVENTS_PER_CHUNK;
/** While tracing, the trace goes out with a snapshot at most this often (wall time). */
export const TRACE_EVERY_MS = 200;

export interface RunnerHost {
  nowMs: () => number;
  post: (message: FromWorker, transfer: Transferable[]) => void;
}

export interface Runner {
  handle(message: ToWorker): void;
}

export function createRunner(host: RunnerHost): Runner {
  const pool = createDotPool();
  let scenario: Scenario | null = null;
  let seed = 1;
  let sim: Simulation | null = null;
  let playing = false;
  let speed: Speed = 1;
  let lastFrameMs: number | null = null;
  // Something changed while paused: the next frame request gets a snapshot instead of `idle`.
  let dirty = false;
  let haltReported = false;
  let run = 0;
  let tracing = false;
  let lastTraceMs = -Infinity;

  function restart(): void {
    run++;
    if (!scenario) return;
    sim = createSimulation(scenario, { seed });
    tracing = false;
    haltReported = false;
    lastFrameMs = null;
    dirty = true;
  }

  /** Processes events up to `untilS` (Infinity: as many as the budget allows). */
  function simulate(s: Simulation, untilS: number, deadlineMs: number): void {
    for (let chunks = 0; chunks * EVENTS_PER_CHUNK < MAX_EVENTS_PER_TURN; chunks++) {
      if (s.halt) return;
      const done = runEvents(s, EVENTS_PER_CHUNK, untilS);
      if (done < EVENTS_PER_CHUNK) {
        // Every event up to untilS is done: move the clock there so dots progress along edges.
        if (Number.isFinite(untilS) && !s.halt) advanceTo(s, untilS);
        return;
      }
      if (host.nowMs() >= deadlineMs) return;
    }
  }

  function checkHalt(s: Simulation): void {
    if (s.halt && !haltReported) {
      haltReported = true;
      playing = false;
      // The last picture of the run goes out too, so the view shows where it stopped.
      dirty = true;
      host.post({ type: 'halt', halt: s.halt }, []);
    }
  }

  function frame(): void {
    const now = host.nowMs();
    if (sim && playing && !sim.halt) {
      const gapMs = lastFrameMs === null ? 0 : Math.min(now - lastFrameMs, MAX_FRAME_GAP_MS);
      const untilS = speed === 'max' ? Infinity : sim.nowS + (gapMs / 1000) * speed;
      simulate(sim, untilS, now + TURN_BUDGET_MS);
      checkHalt(sim);
    }
    lastFrameMs = playing ? now : null;
    if (!sim || (!playing && !dirty)) {
      host.post({ type: 'idle' }, []);
      return;
    }
    dirty = false;
    const snapshot = takeSnapshot(sim, MAX_DOTS);
    const dots = pool.pack(snapshot.dots);
    host.post({ type: 'snapshot', run, snapshot: { ...snapshot, dots }, playing }, dotTransferables(dots));
    if (tracing && (!playing || now - lastTraceMs >= TRACE_EVERY_MS)) {
      lastTraceMs = now;
      host.post({ type: 'trace', run, trace: readTrace(sim) }, []);
    }
  }

  const handlers: { [K in ToWorker['type']]: (message: Extract<ToWorker, { type: K }>) => void } = {
    load(message) {
      scenario = message.scenario;
      seed = message.seed;
      restart();
    },
    play() {
      playing = !sim?.halt;
      lastFrameMs = null;
      dirty = true;
    },
    pause() {
      playing = false;
      dirty = true;
    },
    step() {
      playing = false;
      if (sim && !sim.halt) {
        simulate(sim, sim.nowS + STEP_S, host.nowMs() + TURN_BUDGET_MS * 4);
        checkHalt(sim);
      }
      dirty = true;
    },
    reset() {
      restart();
    },
    setSpeed(message) {
      speed = message.speed;
    },
    applyChange(message) {
      if (!sim || !scenario) return;
      // The message may be forged or stale: only a change the scenario's rules accept reaches the run.
      const checked = checkChange(scenario, message.change);
      if (!checked.ok) {
        host.post({ type: 'error', message: `The change was refused. ${formatErrors(checked.errors)}` }, []);
        return;
      }
      applyChange(sim, checked.change);
      scenario = checked.scenario;
      dirty = true;
    },
    trace(message) {
      if (!sim) return;
      if (message.target === 'next') {
        stopTrace(sim);
        traceNextRequest(sim);
      } else traceRequest(sim, message.target);
      tracing = true;
      lastTraceMs = -Infinity;
      dirty = true;
    },
    stopTrace() {
      if (sim) stopTrace(sim);
      tracing = false;
      dirty = true;
    },
    requestReport() {
      if (sim) host.post({ type: 'report', run, report: collectReport(sim) }, []);
    },
    frame(message) {
      if (message.recycled) pool.give(message.recycled);
      frame();
    },
  };

  return {
    handle(message) {
      try {
        (handlers[message.type] as (m: ToWorker) => void)(message);
      } catch (error) {
        host.post({ type: 'error', message: error instanceof Error ? error.message : String(error) }, []);
        // A frame request must always be answered, or the main thread stops asking.
        if (message.type === 'frame') host.post({ type: 'idle' }, []);
      }
    },
  };
}
