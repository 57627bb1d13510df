import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { Dots } from '../../src/engine/index.ts';
import { getPreset } from '../../src/scenario/presets/index.ts';
import { OUTCOMES, type Scenario } from '../../src/scenario/types.ts';
import { createDotFrame, type DotFrame } from '../../src/state/dot-frame.ts';
import {
  createSnapshotBridge,
  PUBLISH_EVERY_MS,
  type SnapshotBridge,
} from '../../src/state/snapshot-bridge.ts';
import { createAppStore, type AppStore } from '../../src/state/store.ts';
import { makeSnapshot, type SnapshotSpec } from './make-snapshot.ts';

const queuePreset = getPreset('queue-30-vs-5')!.scenario;

describe('the snapshot bridge', () => {
  let scenario: Scenario;
  let store: AppStore;
  let frame: DotFrame;
  let bridge: SnapshotBridge;
  let wallMs: number;
  let recycle: Mock<(dots: Dots) => void>;
  let requestReport: Mock<() => void>;

  function setup(s: Scenario) {
    scenario = s;
    store = createAppStore(s, null);
    frame = createDotFrame();
    wallMs = 0;
    recycle = vi.fn<(dots: Dots) => void>();
    requestReport = vi.fn<() => void>();
    bridge = createSnapshotBridge(store, frame, { nowMs: () => wallMs, recycle, requestReport });
    bridge.clear();
  }

  const send = (spec: SnapshotSpec, playing = true) =>
    bridge.receive({ type: 'snapshot', run: 1, snapshot: makeSnapshot(scenario, spec), playing });

  beforeEach(() => setup(queuePreset));

  it('computes edge throughput and queue growth from cumulative counters over a sliding window', () => {
    const into = scenario.edges.findIndex((e) => e.to === 'jobs');
    // 30 jobs/s published into the queue, 5/s consumed: the backlog grows by 25/s.
    for (let t = 0; t <= 10; t += 0.25) {
      wallMs += 300;
      const edgeCounts = scenario.edges.map((_, i) => (i === into ? 30 * t : 5 * t));
      send({ timeS: t, edgeCounts, nodes: { jobs: { waiting: Math.round(25 * t) } } });
    }
    const live = store.getState().live;
    expect(live.timeS).toBe(10);
    expect(live.edgeRatePerS[into]).toBeCloseTo(30, 5);
    expect(live.nodes.jobs.waitingGrowthPerS).toBeCloseTo(25, 0);
    // 250 of 500 slots used, growing by 25/s: full in about 10 s.
    expect(live.nodes.jobs.waiting).toBe(250);
    expect(live.nodes.jobs.timeUntilFullS).toBeCloseTo(10, 0);
  });

  it('reflects a change of rate within the window, not averaged over the whole run', () => {
    for (let t = 0; t <= 60; t += 0.25) {
      wallMs += 300;
      // 10/s for 50 s, then 40/s.
      const count = t <= 50 ? 10 * t : 500 + 40 * (t - 50);
      send({ timeS: t, edgeCounts: scenario.edges.map(() => count) });
    }
    expect(store.getState().live.edgeRatePerS[0]).toBeCloseTo(40, 5);
  });

  it('publishes to the store at most every PUBLISH_EVERY_MS while playing', () => {
    const publish = vi.spyOn(store.getState(), 'publishLive');
    store.setState({ publishLive: publish });
    for (let i = 0; i < 60; i++) {
      wallMs += 1000 / 60;
      send({ timeS: i / 60 });
    }
    const expected = Math.ceil(1000 / PUBLISH_EVERY_MS);
    expect(publish.mock.calls.length).toBeGreaterThanOrEqual(expected - 1);
    expect(publish.mock.calls.length).toBeLessThanOrEqual(expected + 1);
    // The dots, though, are those of the very last snapshot.
    expect(frame.timeS).toBeCloseTo(59 / 60, 5);
  });

  it('publishes at once while paused (a step or an edit) and asks for a report', () => {
    send({ timeS: 0.1 }, false);
    expect(store.getState().live.timeS).toBe(0.1);
    expect(requestReport).toHaveBeenCalled();
  });

  it('turns endings into fading markers at the node that ended them', () => {
    const api = scenario.nodes.findIndex((n) => n.id === 'jobs');
    const endings = [1, 2, 3].map((i) => ({
      nodeIndex: api,
      outcome: 'queue-full' as const,
      atS: i,
      mobile: false,
    }));
    send({ timeS: 1, endings });
    const k = api * OUTCOMES.length + OUTCOMES.indexOf('queue-full');
    expect(frame.markers.count[k]).toBe(3);
    expect(frame.markers.lastMs[k]).toBe(wallMs);
  });

  it('hands the previous dots back for reuse and ignores a snapshot of a replaced scenario', () => {
    send({ timeS: 1 });
    const first = frame.dots;
    send({ timeS: 2 });
    expect(recycle).toHaveBeenCalledWith(first);

    const other = getPreset('full')!.scenario;
    const stale = makeSnapshot(other, { timeS: 3 });
    bridge.receive({ type: 'snapshot', run: 1, snapshot: stale, playing: true });
    expect(frame.timeS).toBe(2);
    expect(recycle).toHaveBeenCalledWith(stale.dots);
  });

  it('shows sampling and halts', () => {
    send({ timeS: 1, perDot: 3 }, false);
    expect(store.getState().live.perDot).toBe(3);
    const halt = { reason: 'overload' as const, atS: 5, nodeId: 'jobs', utilization: 6, message: 'Too much' };
    store.getState().setStatus('playing');
    bridge.receive({ type: 'halt', halt });
    expect(store.getState().halt).toEqual(halt);
    expect(store.getState().status).toBe('paused');
  });

  it('keeps chart history per node, and clear() forgets the run', () => {
    for (let t = 0; t < 3; t += 0.5) {
      wallMs += 300;
      send({ timeS: t });
    }
    expect(store.getState().series.jobs.length).toBeGreaterThan(1);
    bridge.clear();
    expect(store.getState().series).toEqual({});
    expect(frame.dots).toBeNull();
  });
});
