/**
 * Runs the engine once per replication, each with its own seed (seed, seed + 1, …), and times
 * the simulation work alone (not start-up or printing).
 */
import { advanceTo, collectReport, createSimulation, type Halt, type RunReport } from '../engine/index.ts';
import type { Scenario } from '../scenario/types.ts';

export interface ReplicationPlan {
  durationS: number;
  warmupS: number;
  /** The first replication's seed. */
  seed: number;
  replications: number;
  /** Passed to the engine; its default (`OVERLOAD_LIMIT`) when absent. */
  maxInFlight?: number;
}

export interface ReplicationRuns {
  /** One report per replication that ran; the last one is cut short when `halt` is set. */
  reports: RunReport[];
  /** Wall time of all the runs together, in milliseconds. */
  wallMs: number;
  /** Why a run stopped early, with its seed. Later replications are not started: they would halt too. */
  halt: (Halt & { seed: number }) | null;
}

export function runReplications(scenario: Scenario, plan: ReplicationPlan): ReplicationRuns {
  const reports: RunReport[] = [];
  let wallMs = 0;
  for (let index = 0; index < plan.replications; index++) {
    // The engine reads seeds as unsigned 32-bit words, so seeds past 2³²−1 wrap round.
    const seed = (plan.seed + index) >>> 0;
    const startMs = performance.now();
    const sim = createSimulation(scenario, { seed, warmupS: plan.warmupS, maxInFlight: plan.maxInFlight });
    advanceTo(sim, plan.durationS);
    const report = collectReport(sim);
    wallMs += performance.now() - startMs;
    reports.push(report);
    if (sim.halt !== null) return { reports, wallMs, halt: { ...sim.halt, seed } };
  }
  return { reports, wallMs, halt: null };
}
