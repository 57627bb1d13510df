/**
 * `--compare`: A and B on common random numbers. Replication i of both runs with seed + i, so
 * every draw the change does not touch is the same in A and B (each node draws from its own
 * streams): the difference is the change's, not luck's.
 */
import type { Halt, RunReport } from '../engine/index.ts';
import { presetDiff } from '../scenario/link/preset-diff.ts';
import { sameRequests } from '../scenario/same-requests.ts';
import type { Scenario } from '../scenario/types.ts';
import { buildResult, type CliResult } from './build-result.ts';
import { pairedDifference, type Difference } from './paired-difference.ts';
import { replicationSeed, type SimJob } from './sim-job.ts';
import { runJobs, type PoolOptions } from './thread-pool.ts';

export interface RunPlan {
  durationS: number;
  warmupS: number;
  seed: number;
  replications: number;
  maxInFlight?: number;
}

export interface CompareResult {
  /** A's source, as for a single run. */
  scenario: string;
  /** B's source: a file, "share link", or "changes" when B is A with `node.field=value` changes. */
  compare: string;
  /** B as changes against A, in link syntax (`lb.algorithm=least-connections`); null when the diagrams differ. */
  changes: string[] | null;
  /** Whether B's clients send exactly A's requests, and which clients were changed if not. */
  sameRequests: { holds: boolean; changedClients: string[] };
  seed: number;
  duration: number;
  warmup: number;
  /** Pairs that ran (fewer than asked only after a halt). */
  replications: number;
  a: CliResult;
  b: CliResult;
  /** B − A per replication, averaged, with the paired 95% half-width in `ci95`. */
  difference: Difference;
  halt?: Halt & { seed: number; side: 'A' | 'B' };
}

export interface CompareInput {
  a: { scenario: Scenario; source: string };
  b: { scenario: Scenario; source: string };
  plan: RunPlan;
  pool: PoolOptions;
}

export async function runCompare(input: CompareInput): Promise<CompareResult> {
  const { plan } = input;
  const jobs: SimJob[] = [];
  for (let i = 0; i < plan.replications; i++) {
    for (const scenarioIndex of [0, 1]) {
      jobs.push({
        scenarioIndex,
        seed: replicationSeed(plan.seed, i),
        durationS: plan.durationS,
        warmupS: plan.warmupS,
        maxInFlight: plan.maxInFlight,
      });
    }
  }
  const results = await runJobs([input.a.scenario, input.b.scenario], jobs, input.pool);
  const aRuns: RunReport[] = [];
  const bRuns: RunReport[] = [];
  let aWallMs = 0;
  let bWallMs = 0;
  let halt: CompareResult['halt'];
  // Pairs up to the first halt on either side: a difference needs both halves of a pair.
  for (let i = 0; i < plan.replications && halt === undefined; i++) {
    const [left, right] = [results[2 * i], results[2 * i + 1]];
    aRuns.push(left.report);
    bRuns.push(right.report);
    aWallMs += left.wallMs;
    bWallMs += right.wallMs;
    const stopped = left.report.halt ? ('A' as const) : right.report.halt ? ('B' as const) : undefined;
    if (stopped) {
      const report = stopped === 'A' ? left.report : right.report;
      halt = { ...(report.halt as Halt), seed: report.seed, side: stopped };
    }
  }
  const common = { seed: plan.seed, durationS: plan.durationS, warmupS: plan.warmupS, halt: null };
  const diff = presetDiff(input.a.scenario, input.b.scenario);
  const result: CompareResult = {
    scenario: input.a.source,
    compare: input.b.source,
    changes: diff ? diff.filter((p) => p.name !== 'seed').map((p) => `${p.name}=${p.value}`) : null,
    sameRequests: sameRequests(input.a.scenario, input.b.scenario),
    seed: plan.seed,
    duration: plan.durationS,
    warmup: plan.warmupS,
    replications: aRuns.length,
    a: buildResult({ ...common, source: input.a.source, reports: aRuns, wallMs: aWallMs }),
    b: buildResult({ ...common, source: input.b.source, reports: bRuns, wallMs: bWallMs }),
    difference: pairedDifference(aRuns, bRuns),
  };
  if (halt) result.halt = halt;
  return result;
}
