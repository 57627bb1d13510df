/**
 * Compare mode's session: B is a second runtime on A's seed, every transport command reaches both
 * (one clock), B's edits reach A's store for the link, and leaving keeps the chosen side.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { compareRuntimeOf, startCompare, stopCompare } from '../../src/state/compare-session.ts';
import { createSimRuntime, type SimRuntime } from '../../src/state/sim-runtime.ts';
import { getPreset } from '../../src/scenario/presets/index.ts';
import { createFakeClient, type FakeClient } from './fake-client.ts';

const FULL = getPreset('full')!.scenario;

describe('compare session', () => {
  let a: SimRuntime;
  let clientA: FakeClient;
  let clientB: FakeClient;
  const startB = () =>
    startCompare(a, undefined, (options) =>
      createSimRuntime({ ...options, createClient: () => (clientB = createFakeClient()) }),
    );

  beforeEach(() => {
    clientA = createFakeClient();
    a = createSimRuntime({ scenario: FULL, presetId: 'full', createClient: () => clientA });
    a.start({ autoplay: false });
    a.controller.setSeed(42);
  });

  it('starts B as a copy of A on A’s seed, both from t = 0', () => {
    const b = startB();
    expect(compareRuntimeOf(a)).toBe(b);
    expect(clientB.load).toHaveBeenCalledWith({ ...FULL, seed: 42 }, 42);
    expect(clientA.reset).toHaveBeenCalled();
    expect(a.store.getState()).toMatchObject({
      compareOn: true,
      compareTarget: 'B',
      compareScenario: { ...FULL, seed: 42 },
    });
  });

  it('mirrors every transport command to B, toggles and nudges included', () => {
    startB();
    a.controller.togglePlay();
    a.controller.step();
    a.controller.nudgeSpeed(1);
    a.controller.reset();
    a.controller.setSeed(7);
    expect(clientB.play).toHaveBeenCalledTimes(1);
    expect(clientB.step).toHaveBeenCalledTimes(1);
    expect(clientB.setSpeed).toHaveBeenLastCalledWith(2);
    expect(clientB.load).toHaveBeenLastCalledWith(expect.anything(), 7);
    expect(clientA.play).toHaveBeenCalledTimes(1);
  });

  it('copies B’s edits into A’s store (for the link) and keeps them apart from A', () => {
    const b = startB();
    b.controller.changeNode('lb', { algorithm: 'least-connections' });
    const lb = (s: typeof FULL | null) => s?.nodes.find((n) => n.id === 'lb');
    expect(lb(a.store.getState().compareScenario)).toMatchObject({ algorithm: 'least-connections' });
    expect(lb(a.store.getState().scenario)).toMatchObject({ algorithm: 'round-robin' });
  });

  it('leaving keeps B when asked: it becomes the scenario, and the commands stop mirroring', () => {
    const b = startB();
    b.controller.changeNode('lb', { algorithm: 'random' });
    stopCompare(a, 'B');
    expect(compareRuntimeOf(a)).toBeNull();
    expect(a.store.getState().compareOn).toBe(false);
    expect(a.store.getState().scenario.nodes.find((n) => n.id === 'lb')).toMatchObject({
      algorithm: 'random',
    });
    expect(clientB.dispose).toHaveBeenCalled();
    const plays = clientB.play.mock.calls.length;
    a.controller.play();
    expect(clientB.play.mock.calls.length).toBe(plays);
  });

  it('one instant when paused: the run behind catches up to the one ahead, a reset is not undone', async () => {
    const b = startB();
    a.controller.play();
    a.controller.pause();
    const showTime = (runtime: SimRuntime, timeS: number) =>
      runtime.store.getState().publishLive({ ...runtime.store.getState().live, timeS }, {});
    showTime(a, 12.4);
    showTime(b, 12.1);
    await Promise.resolve();
    expect(clientB.catchUp).toHaveBeenLastCalledWith(12.4);
    expect(clientA.catchUp).not.toHaveBeenCalled();
    showTime(b, 12.6);
    await Promise.resolve();
    expect(clientA.catchUp).toHaveBeenLastCalledWith(12.6);
    // Level: nothing more to do. A reset clears A first, then B; neither is pulled back to 12.6.
    showTime(a, 12.6);
    clientA.catchUp.mockClear();
    clientB.catchUp.mockClear();
    a.controller.reset();
    await Promise.resolve();
    expect(clientA.catchUp).not.toHaveBeenCalled();
    expect(clientB.catchUp).not.toHaveBeenCalled();
    // While playing each run keeps its own pace.
    a.controller.play();
    showTime(a, 3);
    await Promise.resolve();
    expect(clientB.catchUp).not.toHaveBeenCalled();
  });
});
