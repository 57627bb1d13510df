/**
 * M/M/c through a queue node: 30 jobs/s over 7 consumer workers at 5/s each (a = λ/μ = 6,
 * ρ = 6/7), checked against Erlang C, once as one consumer service with 7 workers and once as 7
 * consumer services with one worker each (the queue hands the oldest job to any idle worker, so
 * both are the same M/M/7).
 *
 * Tolerance basis: 20 independent replications of 2,000 s (60,000 jobs each) after a 100 s warm-up
 * (at ρ = 6/7 with 7 servers the queue relaxes in a few seconds); 4 standard errors of the
 * replication mean, the standard error required below 2% of the theoretical value.
 */
import { beforeAll, describe, it } from 'vitest';
import type { ScenarioEdge, ScenarioNode } from '../../../src/scenario/types.ts';
import { client, edge, exponential, queue, service } from '../build-scenario.ts';
import { expectWithinSe, replicate, type Replicated } from './replicate.ts';

const LAMBDA = 30;
const MU = 5;
const C = 7;
const RUN = { replications: 20, warmupS: 100, durationS: 2000 };

/** Erlang C: the probability that an arrival waits in M/M/c. */
export function erlangC(c: number, a: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const top = ((term * a) / c) * (c / (c - a));
  return top / (sum + top);
}

const P_WAIT = erlangC(C, LAMBDA / MU); // ≈ 0.6138
const WQ = P_WAIT / (C * MU - LAMBDA); // ≈ 0.1228 s

function checkErlang(label: string, runs: () => Replicated) {
  it(`${label}: P(wait) = C(7, 6) ≈ ${P_WAIT.toFixed(4)}, Wq = C/(cμ − λ) ≈ ${WQ.toFixed(4)} s`, () => {
    expectWithinSe(
      `M/M/7 ${label} P(wait)`,
      runs().stat((r) => r.nodes.q.probabilityOfWaiting),
      P_WAIT,
    );
    expectWithinSe(
      `M/M/7 ${label} Wq`,
      runs().stat((r) => r.nodes.q.meanWait),
      WQ,
    );
    expectWithinSe(
      `M/M/7 ${label} W`,
      runs().stat((r) => r.nodes.q.meanTimeInSystem),
      WQ + 1 / MU,
    );
    expectWithinSe(
      `M/M/7 ${label} Lq`,
      runs().stat((r) => r.nodes.q.meanQueueLength),
      LAMBDA * WQ,
    );
    expectWithinSe(
      `M/M/7 ${label} utilization`,
      runs().stat((r) => r.nodes.q.utilization),
      LAMBDA / MU / C,
      {
        maxRelativeSe: 0.005,
      },
    );
  });
}

describe('M/M/c (Erlang C) at a queue node: 30/s over 7 consumers at 5/s', () => {
  let oneService: Replicated;
  let sevenServices: Replicated;
  beforeAll(() => {
    const producer = client('c', { rate: LAMBDA });
    oneService = replicate(
      [producer, queue('q'), service('k', { workers: C, serviceTime: exponential(1 / MU) })],
      [edge('c', 'q'), edge('q', 'k')],
      RUN,
    );
    const consumers: ScenarioNode[] = Array.from({ length: C }, (_, i) =>
      service(`k${i}`, { serviceTime: exponential(1 / MU) }),
    );
    const edges: ScenarioEdge[] = [edge('c', 'q'), ...consumers.map((k) => edge('q', k.id))];
    sevenServices = replicate([producer, queue('q'), ...consumers], edges, RUN);
  });

  it('Erlang C itself', () => {
    // C(7, 6) by the textbook formula, independently: a^c/c! · c/(c − a) / (Σ_{k<c} a^k/k! + that).
    let sum = 0;
    let fact = 1;
    for (let k = 0; k < C; k++) {
      if (k > 0) fact *= k;
      sum += 6 ** k / fact;
    }
    const top = (6 ** C / (fact * C)) * (C / (C - 6));
    expectWithinSe('Erlang C formula', { mean: P_WAIT, se: 1e-12 }, top / (sum + top));
  });
  checkErlang('one consumer with 7 workers', () => oneService);
  checkErlang('7 one-worker consumers', () => sevenServices);
});
