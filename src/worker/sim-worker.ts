/**
 * The worker entry: it only wires messages to the runner, which holds the switch and the loop.
 * Running the engine here keeps the page at 60 fps however hard the simulation works.
 */
import type { ToWorker } from './protocol.ts';
import { createRunner } from './sim-runner.ts';

const runner = createRunner({
  nowMs: () => performance.now(),
  // The DOM lib types `self` as a Window; a worker's postMessage takes the same options object.
  post: (message, transfer) => self.postMessage(message, { transfer }),
});

self.addEventListener('message', (event: MessageEvent<ToWorker>) => runner.handle(event.data));
