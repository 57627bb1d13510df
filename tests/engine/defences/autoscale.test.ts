/**
 * Autoscaling (DESIGN.md section 8) settles where the utilisation the autoscaler measures, λ·E[S]
 * busy workers out of c, meets its target: desired = ceil(c · (λ·E[S]/c) / target) =
 * ceil(λ·E[S]/target), whatever c it starts from.
 */
import { describe, expect, it } from 'vitest';
import { advanceTo, collectReport, takeSnapshot } from '../../../src/engine/index.ts';
import type { Autoscale } from '../../../src/scenario/types.ts';
import { client, constant, edge, exponential, queue, service, simulate } from '../build-scenario.ts';

const autoscale: Autoscale = {
  min: 1,
  max: 30,
  metric: 'utilization',
  target: 0.7,
  interval: 15,
  startup: 30,
  scaleDownDelay: 60,
};

const thirtyVsFive = (patch: Partial<Autoscale>, arrival: 'poisson' | 'constant', dist = exponential(0.2)) =>
  simulate(
    [
      client('producer', { rate: 30, arrival }),
      queue('jobs'),
      service('consumer', { workers: 1, serviceTime: dist, autoscale: { ...autoscale, ...patch } }),
    ],
    [edge('producer', 'jobs'), edge('jobs', 'consumer')],
    { warmupS: 1200 },
  );

describe('autoscaling a queue consumer (30 jobs/s, 5 per worker-second)', () => {
  it('with constant arrivals and service settles at exactly ceil(30·0.2/0.7) = 9', () => {
    const sim = thirtyVsFive({}, 'constant', constant(0.2));
    advanceTo(sim, 1800);
    const r = collectReport(sim).nodes.consumer;
    expect(r.workersAtEnd).toBe(9);
    expect(r.meanWorkers).toBeCloseTo(9, 6);
  });

  it('with Poisson arrivals and exponential service settles at 9 (10 when noise lifts a reading)', () => {
    // Basis: a 15 s reading averages ≈ 450 jobs, so the measured busy share has a relative
    // standard deviation ≈ √(2/450) ≈ 7%: 8.57 ± 0.6 needs 9 workers, sometimes 10, and scaling
    // down waits 60 s; 8 would need a reading 1 SD low four readings in a row.
    for (const seed of [1, 2, 3]) {
      const sim = simulate(
        [
          client('producer', { rate: 30 }),
          queue('jobs'),
          service('consumer', { workers: 1, serviceTime: exponential(0.2), autoscale }),
        ],
        [edge('producer', 'jobs'), edge('jobs', 'consumer')],
        { warmupS: 1200, seed },
      );
      advanceTo(sim, 2400);
      const r = collectReport(sim).nodes.consumer;
      expect(r.meanWorkers).toBeGreaterThanOrEqual(8.7);
      expect(r.meanWorkers).toBeLessThanOrEqual(10.3);
    }
  });

  it('counts starting workers as current, and the backlog grows while they start', () => {
    const sim = thirtyVsFive({}, 'constant', constant(0.2));
    advanceTo(sim, 15.01);
    let snap = takeSnapshot(sim);
    const consumer = snap.nodes[2];
    // At t = 15 one worker, busy all the time: desired = ceil(1·1/0.7) = 2; one starts, ready at 45.
    expect(consumer.workers).toBe(1);
    expect(consumer.starting).toBe(1);
    expect(consumer.desiredWorkers).toBe(2);
    expect(consumer.nextReadyInS).toBeCloseTo(30 - 0.01, 6);
    const backlogAt15 = snap.nodes[1].waiting;
    advanceTo(sim, 44);
    snap = takeSnapshot(sim);
    // 30 in, 5 out per second: the backlog grows by 25 a second during the start-up.
    expect(snap.nodes[1].waiting - backlogAt15).toBeGreaterThan(25 * 28);
  });

  it('the backlog metric scales to the waiting jobs per worker over the target', () => {
    const sim = thirtyVsFive(
      { metric: 'backlog', target: 100, startup: 0, interval: 5 },
      'constant',
      constant(0.2),
    );
    advanceTo(sim, 5.001);
    // 5 s × 25 jobs/s ≈ 125 waiting, one worker: ceil(1 · 125 / 100) = 2.
    expect(takeSnapshot(sim).nodes[2].workers).toBe(2);
  });

  it('scales down only after desired stays below current for scaleDownDelay, cancelling starters first', () => {
    const sim = simulate(
      [
        client('c', { rate: 2, arrival: 'constant' }),
        service('api', {
          workers: 5,
          serviceTime: constant(0.1),
          autoscale: { ...autoscale, scaleDownDelay: 30 },
        }),
      ],
      [edge('c', 'api')],
    );
    advanceTo(sim, 40);
    expect(takeSnapshot(sim).nodes[1].workers).toBe(5);
    // Desired 1 since t = 15 (0.2 busy of 5 → ceil(0.29) = 1); at t = 45, 30 s later, it scales down.
    advanceTo(sim, 46);
    expect(takeSnapshot(sim).nodes[1].workers).toBe(1);
  });
});
