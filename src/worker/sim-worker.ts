/**
 * The worker entry: it only wires messages to the runner, which holds the switch and the loop.
 * Running the engine here keeps the page at 60 fps however hard the simulation works.
 *
 * It also holds a Web Lock named after the worker for as long as it lives. The browser releases
 * it when the worker ends — terminated, closed or crashed — which is how the page learns of a
 * death at once, where no event would tell it (transports.ts).
 */
import type { FromWorker, ToWorker } from './protocol.ts';
import { createRunner, REPLAY_TURN_MS } from './sim-runner.ts';

const post = (message: FromWorker, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

const runner = createRunner({
  nowMs: () => performance.now(),
  // The DOM lib types `self` as a Window; a worker's postMessage takes the same options object.
  post,
  replayTurnMs: REPLAY_TURN_MS,
});

self.addEventListener('message', (event: MessageEvent<ToWorker>) => runner.handle(event.data));

const locks = (self.navigator as Navigator | undefined)?.locks;
if (locks && self.name) {
  void locks.request(self.name, () => {
    post({ type: 'alive' });
    // Held until the worker ends.
    return new Promise<never>(() => {});
  });
} else post({ type: 'alive' });
