/**
 * The commands the UI gives: each one updates the store and tells the simulation, so the two can
 * never disagree. Components call these; they never talk to the worker client directly.
 */
import type { TraceFilter } from '../engine/index.ts';
import {
  checkChange,
  stampNow,
  type ChangeResult,
  type EdgePatch,
  type NodePatch,
  type ScenarioChange,
} from '../scenario/change/index.ts';
import { formatErrors } from '../scenario/format-errors.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';
import type { Scenario } from '../scenario/types.ts';
import { SPEED_STEPS, type Speed } from '../worker/protocol.ts';
import type { SimClient } from '../worker/sim-client.ts';
import type { SnapshotBridge } from './snapshot-bridge.ts';
import type { AppStore } from './store.ts';

export interface SimController {
  loadScenario(scenario: Scenario, presetId: string | null): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  step(): void;
  /** While paused, run on to `toS` (Compare keeps its two runs at one instant with it). */
  catchUp(toS: number): void;
  reset(): void;
  setSpeed(speed: Speed): void;
  /** One step up or down the preset speeds (the +/- shortcuts). */
  nudgeSpeed(direction: 1 | -1): void;
  /** Restarts with this seed, or refuses (with a notice) one the scenario's seed rule refuses. */
  setSeed(seed: number): boolean;
  /**
   * A live change through the one door (`checkChange`): made in the store and sent to the run, or
   * refused with a notice naming the field, and neither store nor run touched.
   */
  changeNode(nodeId: string, patch: NodePatch): ChangeResult;
  changeEdge(edgeIndex: number, patch: EdgePatch): ChangeResult;
  /** Any kind of live change (the same door; for kinds without a helper above). */
  change(change: ScenarioChange): ChangeResult;
  /** Follow the next request any client sends, or the next one from this client on this route. */
  traceNext(filter?: TraceFilter): void;
  /** Follow the request in flight with this id (a clicked dot). */
  traceRequest(requestId: number): void;
  stopTrace(): void;
  /** After the watchdog gave up on the simulation: start it again where it was. */
  retrySimulation(): void;
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
    catchUp(toS) {
      if (state().status === 'paused') client.catchUp(toS);
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
      // The same rule (and bound) as a seed in a file or a link.
      const checked = parseScenario({ ...state().scenario, seed });
      if (!checked.ok) {
        state().setNotice(`That seed was refused. ${formatErrors(checked.errors, 3)}`);
        return false;
      }
      state().setSeed(seed);
      restartWith(state().scenario, seed);
      return true;
    },
    change(change) {
      // A fault change acts at the run's instant, which only the worker knows: it is checked here
      // at the page's clock, and the scenario takes it when the worker answers `applied`.
      const isFault = change.type !== 'node' && change.type !== 'edge';
      const result = isFault
        ? checkChange(state().scenario, stampNow(change, state().live.timeS))
        : state().applyScenarioChange(change);
      if (result.ok) client.applyChange(isFault ? change : result.change);
      else state().setNotice(`That change was refused. ${formatErrors(result.errors, 3)}`);
      return result;
    },
    changeNode(nodeId, patch) {
      return controller.change({ type: 'node', nodeId, patch });
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
    retrySimulation() {
      state().setHealth({ phase: 'ok' });
      client.retry();
    },
    changeEdge(edgeIndex, patch) {
      return controller.change({ type: 'edge', edgeIndex, patch });
    },
  };
  return controller;
}
