/**
 * The commands the UI gives: each one updates the store and tells the simulation, so the two can
 * never disagree. Components call these; they never talk to the worker client directly.
 */
import type { ParameterChange, TraceFilter } from '../engine/index.ts';
import type { Scenario, ScenarioEdge, ScenarioNode } from '../scenario/types.ts';
import { SPEED_STEPS, type Speed } from '../worker/protocol.ts';
import type { SimClient } from '../worker/sim-client.ts';
import type { SnapshotBridge } from './snapshot-bridge.ts';
import type { AppStore } from './store.ts';

/**
 * A patch for one node kind's parameters. (The engine's `ParameterChange` patch is an `Omit` over
 * the node union, which keeps only the keys all kinds share; this one distributes over the kinds.)
 */
type PatchOf<N> = N extends ScenarioNode ? Partial<Omit<N, 'id' | 'kind'>> : never;
export type NodePatch = PatchOf<ScenarioNode>;
type EnginePatch = Extract<ParameterChange, { type: 'node' }>['patch'];
export type EdgePatch = Partial<Pick<ScenarioEdge, 'weight' | 'latency' | 'route'>>;

export interface SimController {
  loadScenario(scenario: Scenario, presetId: string | null): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  step(): void;
  reset(): void;
  setSpeed(speed: Speed): void;
  /** One step up or down the preset speeds (the +/- shortcuts). */
  nudgeSpeed(direction: 1 | -1): void;
  setSeed(seed: number): void;
  changeNode(nodeId: string, patch: NodePatch): void;
  changeEdge(edgeIndex: number, patch: EdgePatch): void;
  /** Follow the next request any client sends, or the next one from this client on this route. */
  traceNext(filter?: TraceFilter): void;
  /** Follow the request in flight with this id (a clicked dot). */
  traceRequest(requestId: number): void;
  stopTrace(): void;
}

/** The nearest preset speed index for any speed. */
export function speedStepIndex(speed: Speed): number {
  if (speed === 'max') return SPEED_STEPS.length - 1;
  let best = 0;
  SPEED_STEPS.forEach((step, i) => {
    if (
      step !== 'max' &&
      Math.abs(Math.log(step / speed)) < Math.abs(Math.log((SPEED_STEPS[best] as number) / speed))
    )
      best = i;
  });
  return best;
}

export function createSimController(
  store: AppStore,
  client: SimClient,
  bridge: SnapshotBridge,
): SimController {
  const state = store.getState;

  function restartWith(scenario: Scenario, seed: number): void {
    bridge.clear();
    client.load(scenario, seed);
    client.setSpeed(state().speed);
    if (state().status === 'playing') client.play();
  }

  const controller: SimController = {
    loadScenario(scenario, presetId) {
      state().loadScenario(scenario, presetId);
      state().selectNode(null);
      restartWith(scenario, scenario.seed);
    },
    play() {
      // A halted run stays halted until it is reset: playing on would only halt again.
      if (state().halt) return;
      state().setStatus('playing');
      client.play();
    },
    pause() {
      state().setStatus('paused');
      client.pause();
    },
    togglePlay() {
      if (state().status === 'playing') controller.pause();
      else controller.play();
    },
    step() {
      state().setStatus('paused');
      client.step();
    },
    reset() {
      bridge.clear();
      client.reset();
      if (state().status === 'playing') client.play();
    },
    setSpeed(speed) {
      state().setSpeed(speed);
      client.setSpeed(speed);
    },
    nudgeSpeed(direction) {
      const i = speedStepIndex(state().speed) + direction;
      controller.setSpeed(SPEED_STEPS[Math.max(0, Math.min(SPEED_STEPS.length - 1, i))]);
    },
    setSeed(seed) {
      state().setSeed(seed);
      restartWith(state().scenario, seed);
    },
    changeNode(nodeId, patch) {
      const change: ParameterChange = { type: 'node', nodeId, patch: patch as EnginePatch };
      state().applyScenarioChange(change);
      client.applyChange(change);
    },
    traceNext(filter) {
      state().setTracing(true);
      state().setTrace(null);
      if (filter) client.trace('next', filter);
      else client.trace('next');
    },
    traceRequest(requestId) {
      state().setTracing(true);
      state().setTrace(null);
      client.trace(requestId);
    },
    stopTrace() {
      state().setTracing(false);
      client.stopTrace();
    },
    changeEdge(edgeIndex, patch) {
      const change: ParameterChange = { type: 'edge', edgeIndex, patch };
      state().applyScenarioChange(change);
      client.applyChange(change);
    },
  };
  return controller;
}
