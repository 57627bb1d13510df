/**
 * One unit of work of `--compare` and `--sweep`: one scenario, one seed, one run. The same function
 * runs in the main thread and in a worker thread (`sim-thread.ts`), so where a job ran can never
 * change its numbers.
 */
import { advanceTo, collectReport, createSimulation, type RunReport } from '../engine/index.ts';
import type { Scenario } from '../scenario/types.ts';

export interface SimJob {
  /** Index into the scenarios the pool was given (sent to each thread once). */
  scenarioIndex: number;
  seed: number;
  durationS: number;
  warmupS: number;
  maxInFlight?: number;
}

export interface JobResult {
  report: RunReport;
  /** Wall time of this run alone, in milliseconds. */
  wallMs: number;
}

export function runJob(scenario: Scenario, job: SimJob): JobResult {
  const startMs = performance.now();
  const sim = createSimulation(scenario, {
    seed: job.seed,
    warmupS: job.warmupS,
    maxInFlight: job.maxInFlight,
  });
  advanceTo(sim, job.durationS);
  const report = collectReport(sim);
  return { report, wallMs: performance.now() - startMs };
}

/** Replication i of a run starting at `seed` (the engine reads seeds as unsigned 32-bit words). */
export function replicationSeed(seed: number, index: number): number {
  return (seed + index) >>> 0;
}
