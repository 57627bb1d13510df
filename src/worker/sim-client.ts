/**
 * The main thread's handle on the simulation. It starts the worker where the browser has one and
 * otherwise (jsdom tests, a script or policy that forbids it) runs the same runner in this thread,
 * so everything above it behaves the same either way.
 *
 * It owns the frame pump: one `frame` request per animation frame, and never a second one before
 * the first is answered, so snapshots can never queue up behind a busy worker.
 *
 * And it watches the worker (DESIGN §11, docs/failing-safely.md): a worker that ends, raises an
 * error, cannot start or leaves a frame request unanswered for 2 s is replaced — by a new worker,
 * or by the in-page runner when no worker can be had — and the run it was making is replayed to
 * where it was from the replay log (same scenario, seed and live changes at the same positions).
 */
import type { Dots, TraceFilter } from '../engine/index.ts';
import type { ScenarioChange } from '../scenario/change/index.ts';
import type { Scenario } from '../scenario/types.ts';
import { dotTransferables, type DotBuffers, type FromWorker, type Speed, type ToWorker } from './protocol.ts';
import { createReplayLog } from './replay-log.ts';
import {
  MAX_RESTARTS,
  PAGE_STALL_MS,
  RESTART_WINDOW_MS,
  SILENCE_MS,
  START_TIMEOUT_MS,
  type SimFault,
  type SimHealth,
} from './sim-health.ts';
import { pageTransport, workerTransport, type Transport, type TransportKind } from './transports.ts';

export interface SimClient {
  load(scenario: Scenario, seed: number): void;
  play(): void;
  pause(): void;
  step(): void;
  /** While paused, run on to `toS` (see the `catchUp` message). */
  catchUp(toS: number): void;
  reset(): void;
  setSpeed(speed: Speed): void;
  applyChange(change: ScenarioChange): void;
  requestReport(): void;
  /** Follow the next request a client sends (any, or as filtered), or the request in flight with this id. */
  trace(target: 'next' | number, filter?: TraceFilter): void;
  stopTrace(): void;
  /** Hands the buffers of a snapshot that is no longer drawn back to the worker. */
  recycle(dots: Dots): void;
  /** Starts one frame request per animation frame. */
  start(): void;
  /** After the watchdog gave up: start a new worker and resume the run. */
  retry(): void;
  dispose(): void;
}

export interface SimClientOptions {
  /** Told whenever the watchdog notices a fault, restarts, resumes or gives up. */
  watch?: (health: SimHealth) => void;
}

const nextFrame: (callback: () => void) => unknown =
  typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame
    : (callback) => setTimeout(callback, 16);
const cancelFrame = (handle: unknown): void =>
  typeof cancelAnimationFrame === 'function'
    ? cancelAnimationFrame(handle as number)
    : clearTimeout(handle as number);
const nowMs = () => performance.now();
const RUN_MESSAGES = new Set<FromWorker['type']>(['snapshot', 'report', 'trace', 'changeApplied', 'applied']);

export function createSimClient(
  receive: (message: FromWorker) => void,
  options: SimClientOptions = {},
): SimClient {
  const watch = options.watch ?? (() => {});
  const log = createReplayLog();
  let awaiting = false;
  let awaitingSinceMs = 0;
  let lastPumpMs: number | null = null;
  let recycled: DotBuffers | null = null;
  let frameHandle: unknown = null;
  let run = 0;
  let generation = 0;
  // Whether the current transport has said anything yet (a silent newcomer "could not start").
  let heard = false;
  let stopped = false;
  let recovery: { fault: SimFault; noticedMs: number; atS: number } | null = null;
  let faultTimes: number[] = [];

  function onMessage(message: FromWorker): void {
    heard = true;
    if (message.type === 'snapshot' || message.type === 'idle') awaiting = false;
    if (RUN_MESSAGES.has(message.type) && 'run' in message && message.run !== run) return;
    log.heard(message);
    if (message.type === 'snapshot' && recovery) {
      const where = transport.kind;
      watch({ phase: 'resumed', ...recovery, where, restartMs: nowMs() - recovery.noticedMs });
      recovery = null;
    }
    if (message.type === 'alive' || message.type === 'changeApplied') return;
    receive(message);
  }

  function open(kind: TransportKind): Transport {
    const mine = ++generation;
    heard = false;
    awaiting = false;
    recycled = null;
    const listener = {
      receive: (message: FromWorker) => mine === generation && onMessage(message),
      lost: (fault: 'died' | 'crashed') => mine === generation && fail(heard ? fault : 'could-not-start'),
    };
    if (kind === 'worker' && typeof Worker !== 'undefined') {
      try {
        return workerTransport(listener);
      } catch {
        // The browser would not even construct a worker (policy, sandbox): run in the page.
        notice('could-not-start');
      }
    }
    return pageTransport(listener);
  }

  function notice(fault: SimFault): void {
    const atS = log.position.timeS;
    recovery = { fault, noticedMs: recovery?.noticedMs ?? nowMs(), atS };
  }

  function fail(fault: SimFault): void {
    transport.close();
    const now = nowMs();
    faultTimes = [...faultTimes.filter((t) => now - t < RESTART_WINDOW_MS), now];
    notice(fault);
    if (faultTimes.length > MAX_RESTARTS) {
      stopped = true;
      recovery = null;
      watch({ phase: 'failed', fault, atS: log.position.timeS });
      return;
    }
    // A worker that never spoke will not do better the second time: run in the page instead.
    resumeOn(fault === 'could-not-start' || transport.kind === 'page' ? 'page' : 'worker');
  }

  function resumeOn(kind: TransportKind): void {
    transport = open(kind);
    if (recovery) watch({ phase: 'restarting', ...recovery, where: transport.kind });
    for (const message of log.resumeMessages(run)) transport.send(message, []);
  }

  let transport: Transport = open('worker');
  if (recovery) {
    const { fault, atS } = recovery;
    watch({ phase: 'restarting', fault, atS, where: transport.kind });
  }

  const send = (message: ToWorker): void => {
    if (message.type === 'load' || message.type === 'reset') run++;
    log.sent(message);
    if (!stopped) transport.send(message, []);
    // Loading or resetting after the watchdog gave up is the user asking to try again.
    else if (message.type === 'load' || message.type === 'reset') retry();
  };

  function retry(): void {
    if (!stopped) return;
    stopped = false;
    faultTimes = [];
    recovery = { fault: 'died', noticedMs: nowMs(), atS: log.position.timeS };
    resumeOn('worker');
  }

  function pump(): void {
    frameHandle = nextFrame(pump);
    const now = nowMs();
    // A stalled or hidden page did not give the worker its chance to answer: start counting again.
    if (lastPumpMs !== null && now - lastPumpMs > PAGE_STALL_MS) awaitingSinceMs = now;
    lastPumpMs = now;
    if (stopped) return;
    if (awaiting) {
      if (now - awaitingSinceMs > (heard ? SILENCE_MS : START_TIMEOUT_MS))
        fail(heard ? 'silent' : 'could-not-start');
      return;
    }
    awaiting = true;
    awaitingSinceMs = now;
    const buffers = recycled;
    recycled = null;
    transport.send({ type: 'frame', recycled: buffers }, buffers ? dotTransferables(buffers) : []);
  }

  return {
    load: (scenario, seed) => send({ type: 'load', scenario, seed }),
    play: () => send({ type: 'play' }),
    pause: () => send({ type: 'pause' }),
    step: () => send({ type: 'step' }),
    catchUp: (toS) => send({ type: 'catchUp', toS }),
    reset: () => send({ type: 'reset' }),
    setSpeed: (speed) => send({ type: 'setSpeed', speed }),
    applyChange: (change) => send({ type: 'applyChange', change }),
    requestReport: () => send({ type: 'requestReport' }),
    trace: (target, filter) => send({ type: 'trace', target, ...(filter ? { filter } : {}) }),
    stopTrace: () => send({ type: 'stopTrace' }),
    recycle(dots) {
      const { state, place, pos, flags, id } = dots;
      recycled = { state, place, pos, flags, id };
    },
    start() {
      if (frameHandle === null) pump();
    },
    retry,
    dispose() {
      if (frameHandle !== null) cancelFrame(frameHandle);
      frameHandle = null;
      stopped = true;
      transport.close();
    },
  };
}
