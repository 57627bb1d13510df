/**
 * The two ways the page can reach the runner: a dedicated worker (the normal case) or the same
 * runner in the page's own thread (when no worker can be had: jsdom, a script that will not load,
 * a policy that forbids it). Each reports what it hears and, for the worker, when it is lost.
 */
import type { FromWorker, ToWorker } from './protocol.ts';
import type { Runner } from './sim-runner.ts';

export type TransportKind = 'worker' | 'page';

export interface Transport {
  kind: TransportKind;
  send(message: ToWorker, transfer: Transferable[]): void;
  close(): void;
}

export interface TransportListener {
  receive(message: FromWorker): void;
  /** The worker is gone (`died`: it ended; `crashed`: an error event, a failed script load included). */
  lost(fault: 'died' | 'crashed', detail: string): void;
}

let workerCount = 0;

/** A worker; throws when the browser refuses to construct one (the caller falls back to the page). */
export function workerTransport(listener: TransportListener): Transport {
  // The lock the worker holds while it lives (sim-worker.ts); unique per worker and per page.
  const lockName = `flowscope-sim-${Date.now().toString(36)}-${++workerCount}`;
  const worker = new Worker(new URL('./sim-worker.ts', import.meta.url), { type: 'module', name: lockName });
  let closed = false;
  const lost = (fault: 'died' | 'crashed', detail: string) => {
    if (closed) return;
    closed = true;
    worker.terminate();
    listener.lost(fault, detail);
  };
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    if (closed) return;
    if (event.data.type === 'alive') watchLife(lockName, () => lost('died', 'the simulation worker ended'));
    listener.receive(event.data);
  });
  // A worker whose script cannot load or run fires `error` with no message.
  worker.addEventListener('error', (event) => lost('crashed', event.message || 'the worker script failed'));
  worker.addEventListener('messageerror', () => lost('crashed', 'a message could not be read'));
  return {
    kind: 'worker',
    send: (message, transfer) => {
      if (!closed) worker.postMessage(message, transfer);
    },
    close: () => {
      closed = true;
      worker.terminate();
    },
  };
}

/** Calls `onEnd` when the worker holding `lockName` ends (the browser then grants us its lock). */
function watchLife(lockName: string, onEnd: () => void): void {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  // Without Web Locks (an insecure http:// page) the silence watchdog still notices, within 2 s.
  if (!locks) return;
  void locks.request(lockName, () => onEnd()).catch(() => {});
}

/** The runner in this thread, loaded on demand so the engine stays out of the initial bundle. */
export function pageTransport(listener: TransportListener): Transport {
  let closed = false;
  let runner: Runner | null = null;
  const pending: ToWorker[] = [];
  void import('./sim-runner.ts')
    .then(({ createRunner, TURN_BUDGET_MS }) => {
      runner = createRunner({
        nowMs: () => performance.now(),
        // Answers arrive on a later task, as they would from a worker, so callers never re-enter.
        post: (message) => setTimeout(() => closed || listener.receive(message), 0),
        // Replay in frame-sized slices here: this thread also draws the page.
        replayTurnMs: TURN_BUDGET_MS,
      });
      for (const message of pending.splice(0)) runner.handle(message);
    })
    .catch((error: unknown) => {
      listener.receive({ type: 'error', message: `The simulation could not be loaded (${String(error)}).` });
    });
  return {
    kind: 'page',
    send: (message) => (runner ? runner.handle(message) : pending.push(message)),
    close: () => (closed = true),
  };
}
