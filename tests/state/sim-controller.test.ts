import { beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/scenario/limits.ts';
import { getPreset } from '../../src/scenario/presets/index.ts';
import { createSimRuntime, type SimRuntime } from '../../src/state/sim-runtime.ts';
import { speedStepIndex } from '../../src/state/sim-controller.ts';
import { SPEED_STEPS } from '../../src/worker/protocol.ts';
import { createFakeClient, type FakeClient } from './fake-client.ts';

describe('the controller keeps the store and the simulation in step', () => {
  let client: FakeClient;
  let runtime: SimRuntime;

  beforeEach(() => {
    client = createFakeClient();
    const preset = getPreset('full')!;
    runtime = createSimRuntime({
      scenario: preset.scenario,
      presetId: preset.id,
      createClient: () => client,
    });
  });

  it('starts by loading the scenario with its seed and playing', () => {
    runtime.start();
    expect(client.load).toHaveBeenCalledWith(runtime.store.getState().scenario, 1);
    expect(client.start).toHaveBeenCalled();
    expect(client.play).toHaveBeenCalled();
    expect(runtime.store.getState().status).toBe('playing');
  });

  it('plays, pauses, steps (pausing first) and resets', () => {
    const { controller, store } = runtime;
    controller.togglePlay();
    expect(store.getState().status).toBe('playing');
    controller.step();
    expect(store.getState().status).toBe('paused');
    expect(client.step).toHaveBeenCalledTimes(1);
    controller.togglePlay();
    controller.togglePlay();
    expect(client.pause).toHaveBeenCalled();
    controller.reset();
    expect(client.reset).toHaveBeenCalled();
  });

  it('does not play a halted run until it is reset', () => {
    runtime.store
      .getState()
      .setHalt({ reason: 'overload', atS: 1, nodeId: 'jobs', utilization: 9, message: 'x' });
    runtime.controller.play();
    expect(client.play).not.toHaveBeenCalled();
    runtime.controller.reset();
    expect(runtime.store.getState().halt).toBeNull();
  });

  it('steps the speed through the presets and clamps at both ends', () => {
    const { controller, store } = runtime;
    controller.nudgeSpeed(1);
    expect(store.getState().speed).toBe(2);
    expect(client.setSpeed).toHaveBeenLastCalledWith(2);
    for (let i = 0; i < 30; i++) controller.nudgeSpeed(1);
    expect(store.getState().speed).toBe('max');
    for (let i = 0; i < 30; i++) controller.nudgeSpeed(-1);
    expect(store.getState().speed).toBe(SPEED_STEPS[0]);
    expect(speedStepIndex(3)).toBe(SPEED_STEPS.indexOf(2));
  });

  it('applies a parameter change to the store and the simulation at once', () => {
    runtime.controller.changeNode('lb', { algorithm: 'least-connections' });
    const lb = runtime.store.getState().scenario.nodes.find((n) => n.id === 'lb');
    expect(lb).toMatchObject({ algorithm: 'least-connections' });
    expect(client.applyChange).toHaveBeenCalledWith({
      type: 'node',
      nodeId: 'lb',
      patch: { algorithm: 'least-connections' },
    });
    runtime.controller.changeEdge(0, { weight: 3 });
    expect(runtime.store.getState().scenario.edges[0].weight).toBe(3);
  });

  it('refuses a change beyond the bounds: a readable notice, and neither the store nor the run is touched', () => {
    const { controller, store } = runtime;
    const before = store.getState().scenario;
    const result = controller.changeNode('users', { workers: 5000 });
    expect(result.ok).toBe(false);
    expect(store.getState().scenario).toBe(before);
    expect(client.applyChange).not.toHaveBeenCalled();
    expect(store.getState().notice).toBe(
      'That change was refused. nodes[id=users].workers: must be a whole number from 1 to 1,000; got 5000',
    );
    // A forged change (not from a typed caller) goes through the same door.
    expect(controller.change({ type: 'edge', edgeIndex: 999, patch: { weight: 1 } }).ok).toBe(false);
    expect(controller.change({ type: 'node', nodeId: 'users', patch: { id: 'x' } as never }).ok).toBe(false);
    expect(store.getState().scenario).toBe(before);
    expect(client.applyChange).not.toHaveBeenCalled();
    // The next good change goes through.
    expect(controller.changeNode('users', { workers: 7 }).ok).toBe(true);
    expect(client.applyChange).toHaveBeenCalledWith({ type: 'node', nodeId: 'users', patch: { workers: 7 } });
  });

  it("refuses a seed outside the format's bound, with a notice, and keeps the run", () => {
    const { controller, store } = runtime;
    const loads = client.load.mock.calls.length;
    for (const seed of [-1, 1.5, LIMITS.seed + 1, Number.NaN]) expect(controller.setSeed(seed)).toBe(false);
    expect(store.getState().seed).toBe(1);
    expect(client.load.mock.calls.length).toBe(loads);
    expect(store.getState().notice).toMatch(
      /^That seed was refused\. seed: must be a whole number from 0 to 4,294,967,295/,
    );
    expect(controller.setSeed(LIMITS.seed)).toBe(true);
    expect(store.getState().seed).toBe(LIMITS.seed);
  });

  it('reloads with a new seed, and loads another preset as a new graph', () => {
    const { controller, store } = runtime;
    controller.setSeed(42);
    expect(store.getState().seed).toBe(42);
    expect(client.load).toHaveBeenLastCalledWith(store.getState().scenario, 42);

    const before = store.getState().loadCount;
    store.getState().selectNode('lb');
    const queue = getPreset('queue-30-vs-5')!;
    controller.loadScenario(queue.scenario, queue.id);
    expect(store.getState().presetId).toBe('queue-30-vs-5');
    expect(store.getState().loadCount).toBe(before + 1);
    expect(store.getState().selectedNodeId).toBeNull();
    expect(store.getState().topology.nodes.map((n) => n.id)).toEqual(['producer', 'api', 'jobs', 'consumer']);
    expect(client.load).toHaveBeenLastCalledWith(queue.scenario, queue.scenario.seed);
  });
});
