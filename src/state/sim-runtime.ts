/**
 * Wires the parts together: store, dot frame, snapshot bridge, worker client and controller. The
 * app makes one runtime; tests make their own with a fake client.
 */
import type { Scenario } from '../scenario/types.ts';
import type { FromWorker } from '../worker/protocol.ts';
import { createSimClient, type SimClient, type SimClientOptions } from '../worker/sim-client.ts';
import type { SimHealth } from '../worker/sim-health.ts';
import { createDotFrame, type DotFrame } from './dot-frame.ts';
import { createSimController, type SimController } from './sim-controller.ts';
import { createSnapshotBridge, type SnapshotBridge } from './snapshot-bridge.ts';
import { createAppStore, type AppStore } from './store.ts';

export interface SimRuntime {
  store: AppStore;
  frame: DotFrame;
  bridge: SnapshotBridge;
  client: SimClient;
  controller: SimController;
  /** Loads the initial scenario into the simulation and starts the frame pump. */
  start(options?: { autoplay?: boolean }): void;
  dispose(): void;
}

export interface RuntimeOptions {
  scenario: Scenario;
  presetId: string | null;
  /** Defaults to the real worker client (or its in-thread fallback). */
  createClient?: (receive: (message: FromWorker) => void, options: SimClientOptions) => SimClient;
}

export function createSimRuntime(options: RuntimeOptions): SimRuntime {
  const store = createAppStore(options.scenario, options.presetId);
  const frame = createDotFrame();
  let client: SimClient | null = null;
  const bridge = createSnapshotBridge(store, frame, {
    nowMs: () => performance.now(),
    recycle: (dots) => client?.recycle(dots),
    requestReport: () => client?.requestReport(),
  });
  const watch = (health: SimHealth): void => {
    const state = store.getState();
    state.setHealth(health);
    // The new runner follows no request: the trace timeline closes rather than freeze.
    if (health.phase === 'restarting' && state.tracing) state.setTracing(false);
  };
  const realClient = (options.createClient ?? createSimClient)((message) => bridge.receive(message), {
    watch,
  });
  client = realClient;
  const controller = createSimController(store, realClient, bridge);
  return {
    store,
    frame,
    bridge,
    client: realClient,
    controller,
    start({ autoplay = true } = {}) {
      const { scenario, seed, speed } = store.getState();
      bridge.clear();
      realClient.load(scenario, seed);
      realClient.setSpeed(speed);
      realClient.start();
      if (autoplay) controller.play();
    },
    dispose: () => realClient.dispose(),
  };
}
