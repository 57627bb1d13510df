import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NodeMetrics, RunReport } from '../../../src/engine/index.ts';
import { stationTheory } from '../../../src/state/theory.ts';
import { TheoryPanel } from '../../../src/ui/teaching/theory-panel.tsx';
import { createTestRuntime } from '../test-runtime.tsx';

function metrics(partial: Partial<NodeMetrics>): NodeMetrics {
  return {
    kind: 'service',
    arrivals: 0,
    completed: 0,
    failed: {},
    throughput: 0,
    dropRate: 0,
    dropProbability: 0,
    utilization: 0,
    meanQueueLength: 0,
    meanNumberInSystem: 0,
    meanWait: 0,
    meanTimeInSystem: 0,
    p50: 0,
    p95: 0,
    p99: 0,
    probabilityOfWaiting: 0,
    waitingAtEnd: 0,
    inSystemAtEnd: 0,
    firstDropAt: null,
    timeouts: 0,
    lateAnswers: 0,
    breakerOpens: 0,
    workersAtEnd: 1,
    meanWorkers: 1,
    ejections: 0,
    faultTime: 0,
    ...partial,
  };
}

function report(nodes: Record<string, NodeMetrics>): RunReport {
  return {
    seed: 1,
    duration: 10,
    warmup: 0,
    nodes,
    clients: {},
    totals: {} as RunReport['totals'],
    events: 0,
    halt: null,
  };
}

/** Two snapshots 4 s apart so the rate window measures `perS` arrivals at `id`. */
function feedRate(
  t: ReturnType<typeof createTestRuntime>,
  id: string,
  perS: number,
  extra: Record<string, object> = {},
) {
  act(() => t.feed({ timeS: 0, nodes: { [id]: { arrivals: 0 } } }));
  act(() => t.feed({ timeS: 4, nodes: { [id]: { arrivals: perS * 4 }, ...extra } }));
}

describe('theory beside measurement', () => {
  it('queue 30 vs 5: ρ = 6, overloaded, backlog grows 25/s, full after 500/25 = 20 s', () => {
    const t = createTestRuntime('queue-30-vs-5');
    feedRate(t, 'jobs', 30);
    const s = t.runtime.store.getState();
    const theory = stationTheory(s.scenario, s.live, null, 'jobs')!;
    expect(theory.arrivalRatePerS).toBeCloseTo(30, 5);
    expect(theory.servers).toBe(1);
    expect(theory.rho).toBeCloseTo(6, 5);
    expect(theory.overloaded).toBe(true);
    expect(theory.growthPerS).toBeCloseTo(25, 5);
    expect(theory.timeToFullS).toBeCloseTo(20, 5);

    t.renderUi(<TheoryPanel nodeId="jobs" />);
    expect(screen.getByTestId('theory-rho')).toHaveTextContent('ρ = 6.00');
    expect(screen.getByTestId('theory-overload')).toHaveTextContent(/Overloaded/);
    expect(screen.getByTestId('theory-growth')).toHaveTextContent('25/s');
    expect(screen.getByTestId('theory-time-to-full')).toHaveTextContent('20 s');
  });

  it('seven consumers drain it: ρ = 6/7, M/M/7/507 prediction next to the measured figures, Little checked', () => {
    const t = createTestRuntime('queue-30-vs-5');
    act(() => t.runtime.controller.changeNode('consumer', { workers: 7 }));
    feedRate(t, 'jobs', 30);
    act(() =>
      t.runtime.store.getState().setReport(
        report({
          jobs: metrics({
            kind: 'queue',
            meanWait: 0.31,
            meanQueueLength: 9.3,
            meanNumberInSystem: 15.3,
            throughput: 30,
            meanTimeInSystem: 0.51,
          }),
        }),
      ),
    );
    const s = t.runtime.store.getState();
    const theory = stationTheory(s.scenario, s.live, s.report, 'jobs')!;
    expect(theory.rho).toBeCloseTo((30 * 0.2) / 7, 5);
    expect(theory.overloaded).toBe(false);
    expect(theory.model).toBe('M/M/7/507');
    expect(theory.exact).toBe(true);
    expect(theory.prediction.meanWaitS).toBeGreaterThan(0);
    expect(theory.little!.lambdaW).toBeCloseTo(15.3, 5);
    expect(theory.little!.holds).toBe(true);

    t.renderUi(<TheoryPanel nodeId="jobs" />);
    const wait = screen.getByTestId('theory-wait');
    expect(within(wait).getAllByRole('cell')[1]).toHaveTextContent('310 ms');
    expect(screen.getByTestId('theory-table')).toHaveTextContent('Predicted (M/M/7/507)');
    expect(screen.getByTestId('theory-holds')).toHaveTextContent(/Poisson/);
    expect(screen.getByTestId('theory-little')).toHaveTextContent(/They agree/);
    expect(screen.queryByTestId('theory-overload')).toBeNull();
  });

  it('a single exponential server matches M/M/1: Wq = ρ/(μ−λ)', () => {
    const t = createTestRuntime('queue-30-vs-5');
    act(() =>
      t.runtime.controller.changeNode('consumer', {
        workers: 1,
        serviceTime: { dist: 'exponential', mean: 0.1 },
      }),
    );
    act(() => t.runtime.controller.changeNode('jobs', { capacity: null }));
    feedRate(t, 'jobs', 5);
    const s = t.runtime.store.getState();
    const theory = stationTheory(s.scenario, s.live, null, 'jobs')!;
    // λ = 5, μ = 10: ρ = 0.5, Wq = 0.5 / (10 − 5) = 0.1 s, Lq = 0.5.
    expect(theory.model).toBe('M/M/1');
    expect(theory.prediction.meanWaitS).toBeCloseTo(0.1, 6);
    expect(theory.prediction.meanQueueLength).toBeCloseTo(0.5, 6);
  });

  it('does not show for stations that do not queue, and a consumer points to its queue', () => {
    const t = createTestRuntime('queue-30-vs-5');
    feedRate(t, 'jobs', 30);
    const s = t.runtime.store.getState();
    expect(stationTheory(s.scenario, s.live, null, 'producer')).toBeNull();
    t.renderUi(<TheoryPanel nodeId="consumer" />);
    expect(screen.getByTestId('theory')).toHaveTextContent(/consumers of its queue/);
    expect(screen.getByTestId('theory-rho')).toHaveTextContent('ρ = 6.00');
  });
});
