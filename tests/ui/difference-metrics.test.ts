/** The difference table's figures, read from engine reports of A and B on the same seed. */
import { describe, expect, it } from 'vitest';
import { advanceTo, collectReport, createSimulation } from '../../src/engine/index.ts';
import { getPreset } from '../../src/scenario/presets/index.ts';
import { changePercent, differenceFigures } from '../../src/ui/compare/difference-metrics.ts';

function report(overflow: string) {
  const scenario = structuredClone(getPreset('queue-30-vs-5')!.scenario);
  Object.assign(
    scenario.nodes.find((n) => n.id === 'jobs')!,
    { overflow },
  );
  const sim = createSimulation(scenario, { seed: 1, warmupS: 10 });
  advanceTo(sim, 120);
  return collectReport(sim);
}

describe('difference figures', () => {
  it('reads a client’s latency, success share and drops, and a station’s utilisation', () => {
    const a = report('reject-new');
    const client = differenceFigures(a, 'producer')!;
    expect(client.p99).toBe(a.clients.producer.latency.p99);
    expect(client.utilization).toBeUndefined();
    const jobs = differenceFigures(a, 'jobs')!;
    expect(jobs.dropsPerS).toBe(a.nodes.jobs.dropRate);
    expect(jobs.utilization).toBe(a.nodes.jobs.utilization);
    // 30 jobs/s in, 5 out: about 25/s are refused once the queue is full, so success ≈ 1/6.
    expect(jobs.success!).toBeGreaterThan(0.1);
    expect(jobs.success!).toBeLessThan(0.25);
  });

  it('gives the change in percent against A, and none when A is 0', () => {
    expect(changePercent(200, 150)).toBe(-25);
    expect(changePercent(0, 1)).toBeNull();
    expect(changePercent(null, 1)).toBeNull();
  });
});
