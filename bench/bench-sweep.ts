/**
 * The sweep budget of DESIGN.md section 6: `--sweep` over 20 points × 10 replications of `full`,
 * 600 simulated seconds each, must use every core and run ≥ 1.8× faster on 2 threads than on 1.
 * Both timings run here, one after the other, on the same jobs through the runner's own thread
 * pool, so they are a baseline and its figure measured in the same run. The results of the two
 * must be identical (checked: a speed-up that changed the numbers would be worthless).
 */
import { runJobs } from '../src/cli/thread-pool.ts';
import { applyChanges } from '../src/cli/settings-text.ts';
import { replicationSeed, type SimJob } from '../src/cli/sim-job.ts';
import { getPreset } from '../src/scenario/presets/index.ts';
import type { Scenario } from '../src/scenario/types.ts';
import type { Figure } from './report.ts';

export const SWEEP_SPEEDUP_BUDGET = 1.8;

export interface SweepSize {
  points: number;
  replications: number;
  durationS: number;
}

export const FULL_SWEEP: SweepSize = { points: 20, replications: 10, durationS: 600 };
/** For trying the harness (and CI): the same shape, a fraction of the work. */
export const QUICK_SWEEP: SweepSize = { points: 4, replications: 4, durationS: 120 };

/** The mobile client's rate from 10 req/s up, one point per req/s: the load a lecturer would sweep. */
function sweepScenarios(points: number): Scenario[] {
  const full = getPreset('full')!.scenario;
  return Array.from({ length: points }, (_, i) => {
    const changed = applyChanges(full, [{ name: 'mobile.rate', value: String(10 + i) }], 'bench');
    if (!changed.ok) throw new Error(changed.message);
    return changed.scenario;
  });
}

async function timeSweep(scenarios: Scenario[], jobs: SimJob[], threads: number) {
  const startMs = performance.now();
  // The process's CPU time counts its worker threads too: CPU ÷ wall shows how many cores it got.
  const cpuStart = process.cpuUsage();
  const results = await runJobs(scenarios, jobs, { threads });
  const cpu = process.cpuUsage(cpuStart);
  return { wallMs: performance.now() - startMs, cpuMs: (cpu.user + cpu.system) / 1000, results };
}

const cores = (run: { wallMs: number; cpuMs: number }) => `${(run.cpuMs / run.wallMs).toFixed(2)} cores busy`;

export async function benchSweep(size: SweepSize): Promise<Figure[]> {
  const scenarios = sweepScenarios(size.points);
  const warmupS = Math.min(60, size.durationS / 10);
  const jobs: SimJob[] = scenarios.flatMap((_, scenarioIndex) =>
    Array.from({ length: size.replications }, (_unused, i) => ({
      scenarioIndex,
      seed: replicationSeed(1, i),
      durationS: size.durationS,
      warmupS,
    })),
  );
  const one = await timeSweep(scenarios, jobs, 1);
  const two = await timeSweep(scenarios, jobs, 2);
  const same =
    JSON.stringify(one.results.map((r) => r.report)) === JSON.stringify(two.results.map((r) => r.report));
  const speedup = one.wallMs / two.wallMs;
  const label = `${size.points} points × ${size.replications} replications × ${size.durationS} s of full`;
  return [
    { label: `${label}, 1 thread`, value: `${(one.wallMs / 1000).toFixed(1)} s`, note: cores(one) },
    { label: `${label}, 2 threads`, value: `${(two.wallMs / 1000).toFixed(1)} s`, note: cores(two) },
    {
      label: 'speed-up, 2 threads over 1',
      value: `${speedup.toFixed(2)}×`,
      budget: `≥ ${SWEEP_SPEEDUP_BUDGET}×`,
      pass: speedup >= SWEEP_SPEEDUP_BUDGET && same,
      note:
        (same ? 'results identical' : 'RESULTS DIFFER between 1 and 2 threads') +
        (two.cpuMs / two.wallMs < 1.8
          ? '; the 2 threads did not get 2 cores: the machine is busy, rerun when idle'
          : ''),
    },
  ];
}
