/**
 * The client's watchdog with a stand-in `Worker` (the real runner behind it, in this thread): a
 * crash, a hang and a constructor that throws each lead to a restart — a new worker, or the
 * in-page runner — that resumes the same run, and the health the page shows follows along.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPreset } from '../../src/scenario/presets/index.ts';
import type { FromWorker, ToWorker } from '../../src/worker/protocol.ts';
import { createSimClient, type SimClient } from '../../src/worker/sim-client.ts';
import type { SimHealth } from '../../src/worker/sim-health.ts';
import { createRunner } from '../../src/worker/sim-runner.ts';

const full = getPreset('full')!.scenario;

/** A Worker look-alike: the runner on a later task, `hang()` stops answering, `crash()` fires error. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  static refuse = false;
  /** The next worker's script "does not load": an error event before it says anything. */
  static failNext = false;
  hung = false;
  ended = false;
  private runner = createRunner({
    nowMs: () => performance.now(),
    post: (data: FromWorker) =>
      setTimeout(() => !this.ended && this.dispatchEvent(new MessageEvent('message', { data }))),
  });
  constructor() {
    super();
    if (FakeWorker.refuse) throw new DOMException('Workers are blocked', 'SecurityError');
    FakeWorker.made.push(this);
    if (FakeWorker.failNext) {
      FakeWorker.failNext = false;
      this.hung = true;
      setTimeout(() => this.dispatchEvent(new Event('error')));
    } else setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: { type: 'alive' } })));
  }
  postMessage(message: ToWorker) {
    if (!this.hung && !this.ended) this.runner.handle(structuredClone(message));
  }
  terminate() {
    this.ended = true;
  }
  crash() {
    this.dispatchEvent(Object.assign(new Event('error'), { message: 'boom' }));
  }
}

function waitFor(check: () => boolean, timeoutMs = 8000): Promise<void> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const poll = () =>
      check()
        ? resolve()
        : Date.now() - t0 > timeoutMs
          ? reject(new Error('timed out'))
          : setTimeout(poll, 10);
    poll();
  });
}

describe('the worker watchdog', () => {
  let client: SimClient | null = null;
  afterEach(() => {
    client?.dispose();
    vi.unstubAllGlobals();
    FakeWorker.made = [];
    FakeWorker.refuse = false;
    FakeWorker.failNext = false;
  });

  function start() {
    vi.stubGlobal('Worker', FakeWorker);
    const received: FromWorker[] = [];
    const health: SimHealth[] = [];
    client = createSimClient((m) => received.push(m), { watch: (h) => health.push(h) });
    client.load(full, 4);
    client.setSpeed(10);
    client.play();
    client.start();
    const times = () => received.flatMap((m) => (m.type === 'snapshot' ? [m.snapshot.timeS] : []));
    return { received, health, times };
  }

  it('replaces a crashed worker by a new one and carries on from where it stood', async () => {
    const { health, times } = start();
    await waitFor(() => (times().at(-1) ?? 0) > 1);
    const before = times().length;
    FakeWorker.made[0].crash();
    expect(FakeWorker.made[0].ended).toBe(true);
    expect(health[0]).toMatchObject({ phase: 'restarting', fault: 'crashed', where: 'worker' });
    const stoppedAtS = (health[0] as { atS: number }).atS;
    expect(stoppedAtS).toBeGreaterThan(1);
    await waitFor(() => health.some((h) => h.phase === 'resumed'));
    expect(FakeWorker.made).toHaveLength(2);
    const resumed = health.find((h) => h.phase === 'resumed')!;
    expect(resumed).toMatchObject({ fault: 'crashed', where: 'worker', atS: stoppedAtS });
    // The first snapshot of the new worker stands where the old one stopped, never before it.
    const after = times().slice(before);
    expect(after[0]).toBeGreaterThanOrEqual(stoppedAtS);
    await waitFor(() => (times().at(-1) ?? 0) > stoppedAtS + 0.5);
  });

  it('calls a worker silent after 2 s without an answer, and restarts it', async () => {
    const { health, times } = start();
    await waitFor(() => (times().at(-1) ?? 0) > 0.5);
    FakeWorker.made[0].hung = true;
    await waitFor(() => health.length > 0, 5000);
    expect(health[0]).toMatchObject({ phase: 'restarting', fault: 'silent', where: 'worker' });
    await waitFor(() => health.some((h) => h.phase === 'resumed'));
  });

  it('runs in the page when the Worker constructor throws, and says so', async () => {
    FakeWorker.refuse = true;
    const { health, times } = start();
    expect(health[0]).toMatchObject({ phase: 'restarting', fault: 'could-not-start', where: 'page', atS: 0 });
    await waitFor(() => (times().at(-1) ?? 0) > 0.5);
    expect(health.find((h) => h.phase === 'resumed')).toMatchObject({ where: 'page' });
  });

  it('runs in the page when a new worker fails before it says anything (its script would not load)', async () => {
    const { health, times } = start();
    await waitFor(() => (times().at(-1) ?? 0) > 0.5);
    FakeWorker.failNext = true;
    FakeWorker.made[0].crash();
    await waitFor(() => health.at(-1)?.phase === 'resumed');
    expect(FakeWorker.made).toHaveLength(2);
    expect(health.map((h) => [h.phase, 'fault' in h && h.fault, 'where' in h && h.where])).toEqual([
      ['restarting', 'crashed', 'worker'],
      ['restarting', 'could-not-start', 'page'],
      ['resumed', 'could-not-start', 'page'],
    ]);
    const stoppedAtS = (health[0] as { atS: number }).atS;
    await waitFor(() => (times().at(-1) ?? 0) > stoppedAtS + 0.3);
  });

  it('gives up after more than 3 faults in a minute, and tries again when asked', async () => {
    const { health, times } = start();
    await waitFor(() => times().length > 0);
    for (let i = 0; i < 4; i++) {
      // Each new worker has resumed (so it did start) before it crashes too.
      await waitFor(() => health.filter((h) => h.phase === 'resumed').length === i);
      FakeWorker.made[i].crash();
    }
    expect(health.at(-1)).toMatchObject({ phase: 'failed', fault: 'crashed' });
    expect(FakeWorker.made).toHaveLength(4);
    client!.retry();
    await waitFor(() => health.at(-1)?.phase === 'resumed');
    expect(FakeWorker.made).toHaveLength(5);
    const n = times().length;
    await waitFor(() => times().length > n + 2);
  });
});
