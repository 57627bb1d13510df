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
import { checkChange, stampNow } from '../scenario/change/index.ts';
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
import { createReplay, type Replay } from './replay.ts';

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

/**
 * Wall time one frame request may spend replaying a resumed run in a worker (see replay.ts): long,
 * as the worker draws nothing and every gap between turns slows the catch-up, yet far below the
 * 2 s after which the watchdog calls a worker silent.
 */
export const REPLAY_TURN_MS = 250;

export interface RunnerHost {
  nowMs: () => number;
  post: (message: FromWorker, transfer: Transferable[]) => void;
  /** Replay time per frame; in the page it must stay short or the page would stutter. */
  replayTurnMs?: number;
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
  // A resumed run being replayed; commands that arrive meanwhile wait for it in `deferred`.
  let replay: Replay | null = null;
  const deferred: ToWorker[] = [];
  const replayTurnMs = host.replayTurnMs ?? REPLAY_TURN_MS;

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

  /** Replays a slice; true while the replay is still going (the frame is answered with idle). */
  function replaying(): boolean {
    if (!replay || !sim) return false;
    if (!replay.advance(host.nowMs() + replayTurnMs, host.nowMs)) return true;
    scenario = replay.scenario;
    replay = null;
    lastFrameMs = null;
    dirty = true;
    checkHalt(sim);
    for (const message of deferred.splice(0)) handle(message);
    return false;
  }

  function frame(): void {
    // The frame that completes a replay shows the run exactly where it was picked up.
    const caughtUp = replay !== null;
    if (replaying()) {
      host.post({ type: 'idle' }, []);
      return;
    }
    const now = host.nowMs();
    if (sim && playing && !sim.halt && !caughtUp) {
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
    resume(message) {
      scenario = message.scenario;
      seed = message.seed;
      restart();
      run = message.run;
      if (sim) replay = createReplay(sim, message.scenario, message.changes, message.at);
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
    catchUp(message) {
      if (!sim || sim.halt || playing || !(message.toS > sim.nowS)) return;
      // Far behind (Max speed), it takes several calls: each answers with the instant reached.
      simulate(sim, message.toS, host.nowMs() + TURN_BUDGET_MS * 4);
      checkHalt(sim);
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
      // A fault change acts "now": the run's now, which is ahead of the page's clock.
      const isFault = message.change.type !== 'node' && message.change.type !== 'edge';
      const change = isFault ? stampNow(message.change, sim.nowS) : message.change;
      // The message may be forged or stale: only a change the scenario's rules accept reaches the run.
      const checked = checkChange(scenario, change);
      if (!checked.ok) {
        host.post({ type: 'changeApplied', run, at: null }, []);
        host.post({ type: 'error', message: `The change was refused. ${formatErrors(checked.errors)}` }, []);
        return;
      }
      try {
        applyChange(sim, checked.change);
      } catch (error) {
        host.post({ type: 'changeApplied', run, at: null }, []);
        // The engine refuses what the scenario's rules cannot know: removing a fault that has started.
        const reason = error instanceof Error ? error.message : String(error);
        host.post({ type: 'error', message: `The change was refused: ${reason}` }, []);
        return;
      }
      // Where it took effect, so a resumed run can apply it at the same place (replay.ts).
      host.post({ type: 'changeApplied', run, at: { events: sim.events, timeS: sim.nowS } }, []);
      scenario = checked.scenario;
      if (isFault) host.post({ type: 'applied', run, change: checked.change }, []);
      dirty = true;
    },
    trace(message) {
      if (!sim) return;
      if (message.target === 'next') {
        stopTrace(sim);
        traceNextRequest(sim, message.filter);
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

  function handle(message: ToWorker): void {
    // Commands given during a replay act on the run once it stands where it was.
    if (replay && message.type !== 'frame' && message.type !== 'load' && message.type !== 'resume') {
      deferred.push(message);
      return;
    }
    if (message.type === 'load' || message.type === 'resume') {
      replay = null;
      deferred.length = 0;
    }
    try {
      (handlers[message.type] as (m: ToWorker) => void)(message);
    } catch (error) {
      host.post({ type: 'error', message: error instanceof Error ? error.message : String(error) }, []);
      // A frame request must always be answered, or the main thread stops asking.
      if (message.type === 'frame') host.post({ type: 'idle' }, []);
    }
  }

  return { handle };
}
