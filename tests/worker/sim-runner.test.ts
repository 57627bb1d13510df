import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/engine/index.ts';
import { getPreset } from '../../src/scenario/presets/index.ts';
import type { FromWorker, ToWorker } from '../../src/worker/protocol.ts';
import { STEP_S } from '../../src/worker/protocol.ts';
import { createRunner, MAX_FRAME_GAP_MS } from '../../src/worker/sim-runner.ts';

/** A runner on a fake clock that records what it posts. */
function harness() {
  let nowMs = 0;
  const posted: FromWorker[] = [];
  const runner = createRunner({ nowMs: () => nowMs, post: (message) => posted.push(message) });
  const send = (message: ToWorker) => runner.handle(message);
  const frame = (advanceMs: number): FromWorker => {
    nowMs += advanceMs;
    const before = posted.length;
    send({ type: 'frame', recycled: null });
    const answers = posted.slice(before).filter((m) => m.type === 'snapshot' || m.type === 'idle');
    expect(answers).toHaveLength(1);
    return answers[0];
  };
  const snapshot = (message: FromWorker): Snapshot => {
    if (message.type !== 'snapshot') throw new Error(`expected a snapshot, got ${message.type}`);
    return message.snapshot;
  };
  return { send, frame, snapshot, posted, tick: (ms: number) => (nowMs += ms) };
}

const full = getPreset('full')!.scenario;

describe('the simulation runner', () => {
  it('answers every frame request with exactly one snapshot or idle', () => {
    const h = harness();
    expect(h.frame(16).type).toBe('idle'); // nothing loaded
    h.send({ type: 'load', scenario: full, seed: 1 });
    expect(h.frame(16).type).toBe('snapshot'); // the fresh run, once
    expect(h.frame(16).type).toBe('idle'); // paused and unchanged
  });

  it('advances by wall time × speed while playing', () => {
    const h = harness();
    h.send({ type: 'load', scenario: full, seed: 1 });
    h.send({ type: 'setSpeed', speed: 2 });
    h.send({ type: 'play' });
    h.frame(0);
    for (let i = 0; i < 30; i++) h.frame(50);
    expect(h.snapshot(h.frame(50)).timeS).toBeCloseTo(31 * 0.05 * 2, 6);
  });

  it('caps a long gap between frames (hidden tab) so the run does not leap', () => {
    const h = harness();
    h.send({ type: 'load', scenario: full, seed: 1 });
    h.send({ type: 'play' });
    h.frame(0);
    expect(h.snapshot(h.frame(60_000)).timeS).toBeCloseTo(MAX_FRAME_GAP_MS / 1000, 6);
  });

  it('catches up to a later instant while paused, the same run as having played there; never back', () => {
    const h = harness();
    h.send({ type: 'load', scenario: full, seed: 1 });
    h.send({ type: 'catchUp', toS: 2.5 });
    const caughtUp = h.snapshot(h.frame(16));
    expect(caughtUp.timeS).toBeCloseTo(2.5, 9);
    h.send({ type: 'catchUp', toS: 1 });
    expect(h.frame(16).type).toBe('idle');
    const played = harness();
    played.send({ type: 'load', scenario: full, seed: 1 });
    played.send({ type: 'step' });
    while (played.snapshot(played.frame(16)).timeS < 2.5 - 1e-9) played.send({ type: 'step' });
    const stepped = played.snapshot(played.posted.filter((m) => m.type === 'snapshot').at(-1)!);
    expect(stepped.events).toBe(caughtUp.events);
  });

  it('steps a fixed simulated interval while paused', () => {
    const h = harness();
    h.send({ type: 'load', scenario: full, seed: 1 });
    h.send({ type: 'step' });
    h.send({ type: 'step' });
    expect(h.snapshot(h.frame(16)).timeS).toBeCloseTo(2 * STEP_S, 9);
  });

  it('replays the same run whatever the frame rate', () => {
    const run = (frameMs: number) => {
      const h = harness();
      h.send({ type: 'load', scenario: full, seed: 7 });
      h.send({ type: 'setSpeed', speed: 10 });
      h.send({ type: 'play' });
      h.frame(0);
      let last: Snapshot | null = null;
      for (let t = 0; t < 2000; t += frameMs) last = h.snapshot(h.frame(frameMs));
      return last!;
    };
    const a = run(20);
    const b = run(50);
    expect(a.timeS).toBeCloseTo(b.timeS, 9);
    expect(a.events).toBe(b.events);
    expect(Array.from(a.edgeCounts)).toEqual(Array.from(b.edgeCounts));
  });

  it('runs "as fast as possible" within a work budget per frame', () => {
    const h = harness();
    h.send({ type: 'load', scenario: full, seed: 1 });
    h.send({ type: 'setSpeed', speed: 'max' });
    h.send({ type: 'play' });
    // The fake clock never moves during the turn, so only the event budget stops it: it must stop.
    const s = h.snapshot(h.frame(16));
    expect(s.events).toBeGreaterThan(0);
  });

  it('applies live changes, and reset restarts with them', () => {
    const h = harness();
    h.send({ type: 'load', scenario: full, seed: 1 });
    h.send({ type: 'applyChange', change: { type: 'node', nodeId: 'mobile', patch: { rate: 0 } } });
    h.send({ type: 'applyChange', change: { type: 'node', nodeId: 'web', patch: { rate: 0 } } });
    h.send({ type: 'reset' });
    for (let i = 0; i < 20; i++) h.send({ type: 'step' });
    expect(h.snapshot(h.frame(16)).totals.created).toBe(0);
  });

  it('numbers runs so the client can drop answers of a replaced run', () => {
    const h = harness();
    h.send({ type: 'load', scenario: full, seed: 1 });
    h.send({ type: 'reset' });
    const message = h.frame(16);
    expect(message.type === 'snapshot' && message.run).toBe(2);
    h.send({ type: 'requestReport' });
    const report = h.posted.at(-1)!;
    expect(report.type).toBe('report');
    expect(report.type === 'report' && report.run).toBe(2);
  });

  it('refuses a forged or out-of-bounds change with a readable error; the run goes on as before', () => {
    // Two runs of the same scenario and seed; one is sent changes the scenario rules refuse.
    const plain = harness();
    const forged = harness();
    for (const h of [plain, forged]) h.send({ type: 'load', scenario: full, seed: 1 });
    for (let i = 0; i < 10; i++) for (const h of [plain, forged]) h.send({ type: 'step' });
    const bad: unknown[] = [
      { type: 'node', nodeId: 'no-such-node', patch: { rate: 1 } },
      { type: 'node', nodeId: 'users', patch: { workers: 0 } },
      { type: 'node', nodeId: 'mobile', patch: { rate: Number.NaN } },
      { type: 'node', nodeId: 'gateway-1', patch: { rateLimit: { rate: 10, burst: 1e9, per: 'global' } } },
      { type: 'node', nodeId: 'users', patch: { kind: 'queue' } },
      { type: 'edge', edgeIndex: 9999, patch: { weight: 1 } },
      { type: 'edge', edgeIndex: 0, patch: { latency: -1 } },
      'not a change',
    ];
    for (const change of bad) forged.send({ type: 'applyChange', change: change as never });
    const errors = forged.posted.flatMap((m) => (m.type === 'error' ? [m.message] : []));
    expect(errors).toHaveLength(bad.length);
    expect(errors[1]).toMatch(
      /^The change was refused\. nodes\[id=users\]\.workers: must be a whole number from 1 to 1,000; got 0$/,
    );
    expect(errors[3]).toMatch(/rateLimit\.burst/);
    for (const h of [plain, forged]) {
      h.send({ type: 'reset' });
      for (let i = 0; i < 30; i++) h.send({ type: 'step' });
    }
    const a = plain.snapshot(plain.frame(16));
    const b = forged.snapshot(forged.frame(16));
    expect(b.events).toBe(a.events);
    expect(b.totals).toEqual(a.totals);
    expect(Array.from(b.edgeCounts)).toEqual(Array.from(a.edgeCounts));
  });

  it('applies the change with defaults filled in, as the same change written out in full', () => {
    const run = (serviceTime: unknown) => {
      const h = harness();
      h.send({ type: 'load', scenario: full, seed: 1 });
      for (let i = 0; i < 10; i++) h.send({ type: 'step' });
      h.send({
        type: 'applyChange',
        change: { type: 'node', nodeId: 'users', patch: { serviceTime } as never },
      });
      expect(h.posted.filter((m) => m.type === 'error')).toEqual([]);
      for (let i = 0; i < 30; i++) h.send({ type: 'step' });
      return h.snapshot(h.frame(16));
    };
    const short = run({ dist: 'lognormal', mean: 0.2 });
    const written = run({ dist: 'lognormal', mean: 0.2, cv: 1 });
    expect(short.events).toBe(written.events);
    expect(short.totals).toEqual(written.totals);
    expect(short.totals.byOutcome).toEqual(written.totals.byOutcome);
  });
});
