/**
 * `--sweep`: one scenario per point (and per `--by` line), each run with its replications on
 * seeds seed … seed+R−1, all jobs on the thread pool. A point is exactly a single run of that
 * scenario with that seed: the same function runs both.
 */
import type { Scenario } from '../scenario/types.ts';
import { buildResult } from './build-result.ts';
import { metricValue, type MetricValue } from './metric-path.ts';
import type { RunPlan } from './run-compare.ts';
import { replicationSeed, type SimJob } from './sim-job.ts';
import type { SweepSpec } from './sweep-spec.ts';
import { runJobs, type PoolOptions } from './thread-pool.ts';

export interface SweepPoint {
  /** The swept value as written (`least-connections`, `0.25`). */
  value: string;
  /** The `--by` value of this point's line, or null without `--by`. */
  by: string | null;
  /** The chosen metric's mean and 95% half-width over the replications that ran. */
  metric: MetricValue;
  replications: number;
  /** Replications stopped early as overloaded (their figures up to then are included). */
  halted: number;
}

export interface SweepResult {
  scenario: string;
  parameter: string;
  by: string | null;
  metric: string;
  seed: number;
  duration: number;
  warmup: number;
  replications: number;
  points: SweepPoint[];
  events: number;
  wallMs: number;
}

export interface SweepInput {
  source: string;
  sweep: SweepSpec;
  by: SweepSpec | null;
  metricPath: string[];
  /** One scenario per line (`by` value) and point, lines outer: `scenarios[line * points + point]`. */
  scenarios: Scenario[];
  plan: RunPlan;
  pool: PoolOptions;
}

export async function runSweep(input: SweepInput): Promise<SweepResult> {
  const { plan, scenarios } = input;
  const jobs: SimJob[] = scenarios.flatMap((_, scenarioIndex) =>
    Array.from({ length: plan.replications }, (_unused, i) => ({
      scenarioIndex,
      seed: replicationSeed(plan.seed, i),
      durationS: plan.durationS,
      warmupS: plan.warmupS,
      maxInFlight: plan.maxInFlight,
    })),
  );
  const results = await runJobs(scenarios, jobs, input.pool);
  const points: SweepPoint[] = scenarios.map((_, scenarioIndex) => {
    const own = results.slice(scenarioIndex * plan.replications, (scenarioIndex + 1) * plan.replications);
    const reports = own.map((result) => result.report);
    const result = buildResult({
      source: input.source,
      seed: plan.seed,
      durationS: plan.durationS,
      warmupS: plan.warmupS,
      reports,
      wallMs: 0,
      halt: null,
    });
    const line = Math.floor(scenarioIndex / input.sweep.values.length);
    return {
      value: input.sweep.values[scenarioIndex % input.sweep.values.length],
      by: input.by ? input.by.values[line] : null,
      metric: metricValue(result, input.metricPath),
      replications: reports.length,
      halted: reports.filter((report) => report.halt !== null).length,
    };
  });
  return {
    scenario: input.source,
    parameter: input.sweep.name,
    by: input.by?.name ?? null,
    metric: input.metricPath.join('.'),
    seed: plan.seed,
    duration: plan.durationS,
    warmup: plan.warmupS,
    replications: plan.replications,
    points,
    events: results.reduce((sum, result) => sum + result.report.events, 0),
    wallMs: Math.round(results.reduce((sum, result) => sum + result.wallMs, 0) * 10) / 10,
  };
}
