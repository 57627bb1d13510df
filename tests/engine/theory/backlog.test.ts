/**
 * The process-queue lesson: a producer publishes 30 jobs/s into a 500-slot queue (reject-new) that
 * one consumer drains at 5/s. The backlog grows at 25/s until the queue is full, at ≈ 500/25 = 20 s,
 * and from then on ≈ 25 jobs/s are refused.
 */
import { describe, expect, it } from 'vitest';
import { advanceTo, collectReport, createSimulation, takeSnapshot } from '../../../src/engine/index.ts';
import type { Distribution } from '../../../src/scenario/types.ts';
import {
  client,
  constant,
  edge,
  exponential,
  meanAndSe,
  nodeIndex,
  queue,
  scenario,
  service,
} from '../build-scenario.ts';
import { expectWithin, expectWithinSe, logFigure } from './replicate.ts';

const CAPACITY = 500;
const INSTANTS = [2, 5, 10, 15];

function build(arrival: 'constant' | 'poisson', consumerTime: Distribution, seed: number) {
  return createSimulation(
    scenario(
      [
        client('producer', { rate: 30, arrival }),
        service('api', { serviceTime: constant(0), workers: 1 }),
        queue('jobs', { capacity: CAPACITY, overflow: 'reject-new' }),
        service('consumer', { serviceTime: consumerTime }),
      ],
      [edge('producer', 'api'), edge('api', 'jobs'), edge('jobs', 'consumer')],
      seed,
    ),
    { warmupS: 40 },
  );
}

/** Waiting jobs at each instant, then the queue's report over [40, 240] s. */
function observe(arrival: 'constant' | 'poisson', consumerTime: Distribution, seed: number) {
  const sim = build(arrival, consumerTime, seed);
  const q = nodeIndex(sim, 'jobs');
  const waiting = INSTANTS.map((t) => {
    advanceTo(sim, t);
    return takeSnapshot(sim).nodes[q].waiting;
  });
  advanceTo(sim, 240);
  return { waiting, report: collectReport(sim).nodes.jobs };
}

describe('30 jobs/s into a 500-slot queue drained at 5/s', () => {
  it('constant arrivals and service: backlog 25·t, full at 20 s, then 25/s refused', () => {
    // Deterministic: by t the producer has published ⌊30t⌋ + 1 jobs and the consumer has taken
    // ⌊5t⌋ + 1 of them, so the line holds 25t up to the rounding of the two grids: ±2.
    const { waiting, report } = observe('constant', constant(0.2), 1);
    INSTANTS.forEach((t, i) => expectWithin(`backlog constant waiting(${t})`, waiting[i], 25 * t, 2));
    // The line holds 500 at t = 20 s; the next publish (1/30 s later at most) is refused: ±0.1 s.
    expect(report.firstDropAt).not.toBeNull();
    expectWithin('backlog constant firstDropAt', report.firstDropAt ?? 0, CAPACITY / 25, 0.1);
    // Over [40, 240] s exactly 30/s arrive and 5/s are taken: refusals 25/s up to one job at
    // each end of the window (2/200 s = 0.01/s).
    expectWithin('backlog constant dropRate', report.dropRate, 25, 0.011);
    expectWithin('backlog constant throughput', report.throughput, 5, 0.011);
    expect(report.failed['queue-full']).toBeGreaterThan(4990);
  });

  it('poisson arrivals, exponential service: the same on average', () => {
    // Tolerance basis: 20 independent replications. Until the queue fills the consumer never
    // idles (after the first job), so waiting(t) ≈ A(t) − D(t) − 1 with A ~ Poisson(30t) and D ~
    // Poisson(5t): mean 25t − 1 (the −1 is the job in service, 0.2% at t = 10), sd √(35t).
    // Checks use 4 standard errors of the replication mean.
    const runs = Array.from({ length: 20 }, (_, i) => observe('poisson', exponential(0.2), 100 + i));
    INSTANTS.forEach((t, i) => {
      const stat = meanAndSe(runs.map((r) => r.waiting[i]));
      expectWithinSe(`backlog poisson waiting(${t})`, stat, 25 * t - 1, { maxRelativeSe: 0.05 });
      // The spread is the one the Poisson counts predict (the sample sd within a factor 1.6).
      const sd = stat.se * Math.sqrt(runs.length);
      logFigure(`backlog poisson sd waiting(${t})`, sd, Math.sqrt(35 * t), 0);
      expect(sd).toBeGreaterThan(Math.sqrt(35 * t) / 1.6);
      expect(sd).toBeLessThan(Math.sqrt(35 * t) * 1.6);
    });
    // First refusal: the line (500) plus the job in service plus the refused one, 502 jobs net
    // of departures at 25/s: E ≈ 20.08 s (sd of a drifted walk's hitting time ≈ √(35·20)/25 ≈ 1.06 s).
    expectWithinSe(
      'backlog poisson firstDropAt',
      meanAndSe(runs.map((r) => r.report.firstDropAt ?? Infinity)),
      (CAPACITY + 2) / 25,
    );
    // After it is full the consumer is always busy: refusals 30 − 5 = 25/s (P(line < 500) is
    // negligible: a drift of 25/s pulls it back within a fraction of a second).
    expectWithinSe('backlog poisson dropRate', meanAndSe(runs.map((r) => r.report.dropRate)), 25);
    expectWithinSe('backlog poisson throughput', meanAndSe(runs.map((r) => r.report.throughput)), 5);
  });
});
