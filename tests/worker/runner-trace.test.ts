import { describe, expect, it } from 'vitest';
import type { Trace } from '../../src/engine/index.ts';
import { getPreset } from '../../src/scenario/presets/index.ts';
import type { FromWorker } from '../../src/worker/protocol.ts';
import { createRunner } from '../../src/worker/sim-runner.ts';

describe('the runner traces a request on request', () => {
  it('posts the trace of the next request with its snapshots, and stops on stopTrace', () => {
    let now = 0;
    const posted: FromWorker[] = [];
    const runner = createRunner({ nowMs: () => now, post: (m) => posted.push(m) });
    runner.handle({ type: 'load', scenario: getPreset('orchestration')!.scenario, seed: 1 });
    runner.handle({ type: 'trace', target: 'next' });
    runner.handle({ type: 'play' });
    let last: Trace | null = null;
    for (let i = 0; i < 400 && !last?.outcome; i++) {
      now += 50;
      runner.handle({ type: 'frame', recycled: null });
      for (const m of posted.splice(0)) if (m.type === 'trace' && m.trace) last = m.trace;
    }
    expect(last).not.toBeNull();
    expect(last!.outcome).not.toBeNull();
    expect(last!.steps.some((s) => s.kind === 'visit')).toBe(true);
    runner.handle({ type: 'stopTrace' });
    now += 500;
    runner.handle({ type: 'frame', recycled: null });
    expect(posted.some((m) => m.type === 'trace')).toBe(false);
  });
});
