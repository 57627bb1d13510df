/**
 * A lost worker's run, resumed from the replay log in a fresh runner, is the same run: the same
 * figures at the same position, and the same figures afterwards. Runner A is the worker that
 * "dies"; runner B is its replacement, told only what the client's replay log holds.
 */
import { describe, expect, it } from 'vitest';
import type { RunReport, Snapshot } from '../../src/engine/index.ts';
import { getPreset } from '../../src/scenario/presets/index.ts';
import type { FromWorker, ToWorker } from '../../src/worker/protocol.ts';
import { createReplayLog, type ReplayLog } from '../../src/worker/replay-log.ts';
import { createRunner } from '../../src/worker/sim-runner.ts';

const full = getPreset('full')!.scenario;

/** A runner whose clock moves 1 ms on every look, so "max" turns end by budget mid-run. */
function runnerOnTicks(log: ReplayLog | null, run: () => number) {
  let nowMs = 0;
  const posted: FromWorker[] = [];
  const runner = createRunner({
    nowMs: () => (nowMs += 1),
    post: (message) => {
      posted.push(message);
      if (log && (!('run' in message) || message.run === run())) log.heard(message);
    },
  });
  const send = (message: ToWorker) => {
    log?.sent(message);
    runner.handle(message);
  };
  /** One frame request after `gapMs` of wall time; returns the snapshot if it was one. */
  const frame = (gapMs: number): Snapshot | null => {
    nowMs += gapMs;
    const before = posted.length;
    runner.handle({ type: 'frame', recycled: null });
    const answer = posted.slice(before).find((m) => m.type === 'snapshot' || m.type === 'idle');
    return answer?.type === 'snapshot' ? answer.snapshot : null;
  };
  const report = (): RunReport => {
    runner.handle({ type: 'requestReport' });
    const last = posted.at(-1);
    if (last?.type !== 'report') throw new Error('no report');
    return last.report;
  };
  return { send, frame, report, posted };
}

/** The figures of a snapshot that belong to the run (not `endings`: those are since the last one). */
function figures(s: Snapshot) {
  const { timeS, events, nodes, edgeCounts, totals, halt, dots } = s;
  return { timeS, events, nodes, edgeCounts, totals, halt, dots };
}

describe('resuming a lost run from the replay log', () => {
  it('stands at the same position with the same figures, and runs on identically', () => {
    let run = 0;
    const log = createReplayLog();
    const a = runnerOnTicks(log, () => run);
    run++;
    a.send({ type: 'load', scenario: full, seed: 3 });
    a.send({ type: 'setSpeed', speed: 'max' });
    a.send({ type: 'play' });
    for (let i = 0; i < 2; i++) a.frame(16);
    // Live changes while playing flat out: they land wherever the worker happens to be.
    a.send({ type: 'applyChange', change: { type: 'node', nodeId: 'mobile', patch: { rate: 60 } } });
    for (let i = 0; i < 2; i++) a.frame(16);
    a.send({ type: 'setSpeed', speed: 5 });
    for (let i = 0; i < 5; i++) a.frame(33);
    a.send({ type: 'applyChange', change: { type: 'edge', edgeIndex: 0, patch: { latency: 0.2 } } });
    a.send({ type: 'applyChange', change: { type: 'node', nodeId: 'orders', patch: { workers: 1 } } });
    // A change the worker refuses is not part of the run.
    a.send({ type: 'applyChange', change: { type: 'node', nodeId: 'orders', patch: { workers: 0 } } });
    a.send({ type: 'setSpeed', speed: 'max' });
    for (let i = 0; i < 2; i++) a.frame(16);
    const before = a.frame(16)!;
    expect(before.timeS).toBeGreaterThan(1);
    expect(log.position).toEqual({ events: before.events, timeS: before.timeS });

    // Runner A is lost here. B gets the log's messages, then frames until it has caught up.
    const b = runnerOnTicks(null, () => run);
    for (const message of log.resumeMessages(run)) b.send(message);
    let resumed: Snapshot | null = null;
    for (let i = 0; i < 1000 && !resumed; i++) resumed = b.frame(16);
    expect(resumed).not.toBeNull();
    expect(figures(resumed!)).toEqual(figures(before));
    expect(b.report()).toEqual(a.report());

    // From here both get the same commands on the same clock: the same run, snapshot for snapshot.
    for (const r of [a, b]) {
      r.send({ type: 'pause' });
      r.send({ type: 'step' });
      r.send({ type: 'setSpeed', speed: 10 });
      r.send({ type: 'play' });
    }
    for (let i = 0; i < 40; i++) {
      const [sa, sb] = [a.frame(20), b.frame(20)];
      expect(sb && figures(sb)).toEqual(sa && figures(sa));
    }
    expect(b.report()).toEqual(a.report());
  });

  it('applies a change the lost worker never confirmed where the resumed run picks up', () => {
    let run = 1;
    const log = createReplayLog();
    log.sent({ type: 'load', scenario: full, seed: 1 });
    log.heard({
      type: 'snapshot',
      run,
      playing: true,
      snapshot: { timeS: 4, events: 900 } as Snapshot,
    });
    const change = { type: 'node', nodeId: 'web', patch: { rate: 1 } } as const;
    log.sent({ type: 'applyChange', change });
    log.sent({ type: 'play' });
    const [resume, speed, play] = log.resumeMessages(run);
    expect(resume).toMatchObject({ type: 'resume', run, seed: 1, at: { events: 900, timeS: 4 } });
    expect(resume.type === 'resume' && resume.changes).toEqual([{ change, at: { events: 900, timeS: 4 } }]);
    expect(speed).toEqual({ type: 'setSpeed', speed: 1 });
    expect(play).toEqual({ type: 'play' });
    // A reset starts again from the scenario as changed, at the start, with no changes to replay.
    log.sent({ type: 'reset' });
    run++;
    const [afterReset] = log.resumeMessages(run);
    expect(afterReset).toMatchObject({ type: 'resume', changes: [], at: { events: 0, timeS: 0 } });
    const web = afterReset.type === 'resume' && afterReset.scenario.nodes.find((n) => n.id === 'web');
    expect(web).toMatchObject({ rate: 1 });
  });

  it('answers frames with idle while replaying, and holds commands given meanwhile until it is done', () => {
    let nowMs = 0;
    const posted: FromWorker[] = [];
    // A slow clock: each look costs 10 ms, so a 40 ms replay turn covers only a few slices.
    const runner = createRunner({ nowMs: () => (nowMs += 10), post: (m) => posted.push(m) });
    runner.handle({
      type: 'resume',
      run: 5,
      scenario: full,
      seed: 1,
      changes: [],
      at: { events: 200_000, timeS: 0 },
    });
    runner.handle({ type: 'pause' });
    runner.handle({ type: 'frame', recycled: null });
    expect(posted.at(-1)).toEqual({ type: 'idle' });
    let snapshot: Snapshot | null = null;
    for (let i = 0; i < 500 && !snapshot; i++) {
      runner.handle({ type: 'frame', recycled: null });
      const last = posted.at(-1)!;
      if (last.type === 'snapshot') {
        expect(last.run).toBe(5);
        expect(last.playing).toBe(false);
        snapshot = last.snapshot;
      }
    }
    expect(snapshot?.events).toBe(200_000);
  });
});
