/**
 * How much a headless run may simulate. The cost of a run grows with the requests it simulates,
 * not with how many runs it is cut into: 10,000 runs of 10 s are as cheap as one run of 100,000 s.
 * So the limit is on the requests the clients offer over all replications, which is known before
 * anything runs: replications × duration × (sum of the clients' mean arrival rates).
 */
import { formatNumber } from '../scenario/fields.ts';
import type { Scenario } from '../scenario/types.ts';

/**
 * Tens of minutes of work: the `full` preset simulates about 65,000 offered requests (8 events
 * each) per wall second on the shared 2-core build machine, so this is ≈ 25 minutes there
 * (docs/cli.md). More is almost certainly a slip in a flag.
 */
export const MAX_OFFERED_REQUESTS = 100_000_000;

export interface WorkPlan {
  durationS: number;
  replications: number;
}

/** The requests the clients offer over every replication (their mean rates times the run time). */
export function offeredRequests(scenario: Scenario, plan: WorkPlan): number {
  let ratePerS = 0;
  for (const node of scenario.nodes) if (node.kind === 'client') ratePerS += node.rate;
  return plan.replications * plan.durationS * ratePerS;
}

/** A message saying the limit when the plan is over it, else null. */
export function checkWork(scenario: Scenario, plan: WorkPlan): string | null {
  const offered = offeredRequests(scenario, plan);
  if (offered <= MAX_OFFERED_REQUESTS) return null;
  const ratePerS = offered / (plan.replications * plan.durationS);
  return (
    `too much to simulate: ${formatNumber(plan.replications)} replication(s) × ${formatNumber(plan.durationS)} s ` +
    `× ${formatNumber(ratePerS)} req/s offered = ${formatNumber(Math.round(offered))} requests, above the limit of ` +
    `${formatNumber(MAX_OFFERED_REQUESTS)} requests per command; shorten --duration or lower --replications`
  );
}
