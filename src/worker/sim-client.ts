/**
 * The main thread's handle on the simulation. It starts the worker where the browser has one and
 * otherwise (jsdom tests, very old browsers) runs the same runner in this thread, so everything
 * above it behaves the same either way.
 *
 * It also owns the frame pump: one `frame` request per animation frame, and never a second one
 * before the first is answered, so snapshots can never queue up behind a busy worker.
 */
import type { Dots } from '../engine/index.ts';
import type { ScenarioChange } from '../scenario/change/index.ts';
import type { Scenario } from '../scenario/types.ts';
import { dotTransferables, type DotBuffers, type FromWorker, type Speed, type ToWorker } from './protocol.ts';
import type { Runner } from './sim-runner.ts';

export interface SimClient {
  load(scenario: Scenario, seed: number): void;
  play(): void;
  pause(): void;
  step(): void;
  reset(): void;
  setSpeed(speed: Speed): void;
  applyChange(change: ScenarioChange): void;
  requestReport(): void;
  /** Follow the next request any client sends, or the request in flight with this id. */
  trace(target: 'next' | number): void;
  stopTrace(): void;
  /** Hands the buffers of a snapshot that is no longer drawn back to the worker. */
  recycle(dots: Dots): void;
  /** Starts one frame request per animation frame. */
  start(): void;
  dispose(): void;
}

type Transport = { send: (message: ToWorker, transfer: Transferable[]) => void; close: () => void };

function workerTransport(receive: (message: FromWorker) => void): Transport {
  const worker = new Worker(new URL('./sim-worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => receive(event.data));
  worker.addEventListener('error', (event) =>
    receive({ type: 'error', message: `The simulation worker failed: ${event.message || 'unknown error'}` }),
  );
  return {
    send: (message, transfer) => worker.postMessage(message, transfer),
    close: () => worker.terminate(),
  };
}

function inThreadTransport(receive: (message: FromWorker) => void): Transport {
  let closed = false;
  let runner: Runner | null = null;
  const pending: ToWorker[] = [];
  // Loaded on demand so the engine stays out of the main bundle (the worker has its own copy).
  void import('./sim-runner.ts').then(({ createRunner }) => {
    runner = createRunner({
      nowMs: () => performance.now(),
      // Answers arrive on a later task, as they would from a worker, so callers never re-enter.
      post: (message) => setTimeout(() => closed || receive(message), 0),
    });
    for (const message of pending.splice(0)) runner.handle(message);
  });
  return {
    send: (message) => (runner ? runner.handle(message) : pending.push(message)),
    close: () => (closed = true),
  };
}

const nextFrame: (callback: () => void) => unknown =
  typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame
    : (callback) => setTimeout(callback, 16);
const cancelFrame = (handle: unknown): void =>
  typeof cancelAnimationFrame === 'function'
    ? cancelAnimationFrame(handle as number)
    : clearTimeout(handle as number);

export function createSimClient(receive: (message: FromWorker) => void): SimClient {
  let awaiting = false;
  let recycled: DotBuffers | null = null;
  let frameHandle: unknown = null;
  let run = 0;

  const transport = (typeof Worker !== 'undefined' ? workerTransport : inThreadTransport)((message) => {
    if (message.type === 'snapshot' || message.type === 'idle') awaiting = false;
    if (
      (message.type === 'snapshot' || message.type === 'report' || message.type === 'trace') &&
      message.run !== run
    )
      return;
    receive(message);
  });
  const send = (message: ToWorker): void => {
    if (message.type === 'load' || message.type === 'reset') run++;
    transport.send(message, []);
  };

  function pump(): void {
    frameHandle = nextFrame(pump);
    if (awaiting) return;
    awaiting = true;
    const buffers = recycled;
    recycled = null;
    transport.send({ type: 'frame', recycled: buffers }, buffers ? dotTransferables(buffers) : []);
  }

  return {
    load: (scenario, seed) => send({ type: 'load', scenario, seed }),
    play: () => send({ type: 'play' }),
    pause: () => send({ type: 'pause' }),
    step: () => send({ type: 'step' }),
    reset: () => send({ type: 'reset' }),
    setSpeed: (speed) => send({ type: 'setSpeed', speed }),
    applyChange: (change) => send({ type: 'applyChange', change }),
    requestReport: () => send({ type: 'requestReport' }),
    trace: (target) => send({ type: 'trace', target }),
    stopTrace: () => send({ type: 'stopTrace' }),
    recycle(dots) {
      const { state, place, pos, flags, id } = dots;
      recycled = { state, place, pos, flags, id };
    },
    start() {
      if (frameHandle === null) pump();
    },
    dispose() {
      if (frameHandle !== null) cancelFrame(frameHandle);
      frameHandle = null;
      transport.close();
    },
  };
}
