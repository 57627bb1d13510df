import { afterEach, describe, expect, it } from 'vitest';
import { getPreset } from '../../src/scenario/presets/index.ts';
import type { FromWorker } from '../../src/worker/protocol.ts';
import { createSimClient, type SimClient } from '../../src/worker/sim-client.ts';

const full = getPreset('full')!.scenario;

function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
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

describe('the main-thread client without Worker (the in-thread fallback)', () => {
  let client: SimClient | null = null;
  afterEach(() => client?.dispose());

  it('runs the simulation in this thread and pumps one snapshot per frame', async () => {
    expect(typeof Worker).toBe('undefined');
    const received: FromWorker[] = [];
    client = createSimClient((message) => received.push(message));
    client.load(full, 1);
    client.setSpeed(5);
    client.play();
    client.start();
    await waitFor(() => received.filter((m) => m.type === 'snapshot').length >= 5);
    const snapshots = received.filter((m) => m.type === 'snapshot');
    const times = snapshots.map((m) => (m.type === 'snapshot' ? m.snapshot.timeS : 0));
    expect(times.at(-1)).toBeGreaterThan(0);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('drops snapshots and reports of a run that has been reset', async () => {
    const received: FromWorker[] = [];
    client = createSimClient((message) => received.push(message));
    client.load(full, 1);
    client.play();
    client.start();
    await waitFor(() => received.some((m) => m.type === 'snapshot'));
    client.reset();
    received.length = 0;
    await waitFor(() => received.filter((m) => m.type === 'snapshot').length >= 2);
    for (const m of received) if (m.type === 'snapshot') expect(m.run).toBe(2);
  });
});
