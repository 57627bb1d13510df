/**
 * What the screen says about a full queue agrees with the engine: the
 * theory panel's wait for the 30-vs-5 queue, the measured share turned away, what `block` does,
 * the loss rates on the queue's card and the publisher's card (recent, so they fade after a policy
 * change), a held publisher's ρ, and the summary's jobs row.
 */
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { JobCounts, NodeMetrics, RunReport } from '../../../src/engine/index.ts';
import { FlowGraph } from '../../../src/ui/graph/flow-graph.tsx';
import { SummaryBar } from '../../../src/ui/panels/summary-bar.tsx';
import { TheoryPanel } from '../../../src/ui/teaching/theory-panel.tsx';
import { createTestRuntime } from '../test-runtime.tsx';

const NO_JOBS: JobCounts = { published: 0, done: 0, failed: 0, refused: 0, evicted: 0, deadLettered: 0 };

function queueMetrics(partial: Partial<NodeMetrics>): NodeMetrics {
  return {
    kind: 'queue',
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
    workersAtEnd: 0,
    meanWorkers: 0,
    ejections: 0,
    faultTime: 0,
    ...partial,
  };
}

function reportWith(nodes: Record<string, NodeMetrics>): RunReport {
  return {
    seed: 1,
    duration: 8,
    warmup: 0,
    nodes,
    clients: {},
    totals: {} as RunReport['totals'],
    events: 0,
    halt: null,
  };
}

/** A full 30-vs-5 queue: 30/s in, 25/s of them lost as `lost`, for `seconds` of simulated time. */
function feedFull(
  t: ReturnType<typeof createTestRuntime>,
  lost: 'queue-full' | 'evicted' | 'dead-lettered',
  fromS = 0,
  seconds = 8,
  held = 0,
) {
  const field = lost === 'queue-full' ? 'refused' : lost === 'evicted' ? 'evicted' : 'deadLettered';
  act(() => {
    for (let s = fromS; s <= fromS + seconds; s++) {
      t.feed({
        timeS: s,
        nodes: {
          api: {
            arrivals: 30 * s,
            held,
            jobs: { ...NO_JOBS, published: 30 * s, done: 5 * s, [field]: 25 * s },
          },
          jobs: {
            arrivals: 30 * s,
            waiting: 500,
            failed: { [lost]: 25 * s },
            deadLettered: lost === 'dead-lettered' ? 25 * s : 0,
          },
        },
      });
    }
  });
}

describe('theory of the full 30-vs-5 queue', () => {
  it('predicts the full line’s ≈ 100 s wait (it read 0 ms), and shows the measured share turned away', () => {
    const t = createTestRuntime('queue-30-vs-5');
    feedFull(t, 'queue-full');
    act(() =>
      t.runtime.store
        .getState()
        .setReport(
          reportWith({ jobs: queueMetrics({ arrivals: 240, meanWait: 11, dropProbability: 0.71 }) }),
        ),
    );
    t.renderUi(<TheoryPanel nodeId="jobs" />);
    const cells = within(screen.getByTestId('theory-wait')).getAllByRole('cell');
    // M/M/1/501 at λ = 30, μ = 5: Wq = (500 − 1/5)/5 = 99.96 s, shown in minutes.
    expect(cells[0]).toHaveTextContent('1.7 min');
    expect(cells[1]).toHaveTextContent('11 s');
    const lost = within(screen.getByTestId('theory-lost')).getAllByRole('cell');
    expect(screen.getByTestId('theory-lost')).toHaveTextContent('Turned away (new jobs refused)');
    expect(lost[0]).toHaveTextContent('83%');
    expect(lost[1]).toHaveTextContent('71%');
    expect(screen.getByTestId('theory-overload')).toHaveTextContent(/Then about 25\/s are refused/);
  });

  it('under block nothing is turned away: the publisher is held and the backlog moves upstream', () => {
    const t = createTestRuntime('queue-30-vs-5');
    act(() => t.runtime.controller.changeNode('jobs', { overflow: 'block' }));
    // Under block the API is held: only 5/s reach the queue, but the API still receives 30/s.
    act(() => {
      for (let s = 0; s <= 8; s++) {
        t.feed({
          timeS: s,
          nodes: {
            api: { arrivals: 30 * s, held: 4, busy: 4, jobs: { ...NO_JOBS, published: 5 * s, done: 5 * s } },
            jobs: { arrivals: 5 * s, waiting: 500 },
          },
        });
      }
    });
    t.renderUi(<TheoryPanel nodeId="jobs" />);
    expect(screen.getByTestId('theory-lost')).toHaveTextContent('Turned away (none: publisher held)');
    expect(within(screen.getByTestId('theory-lost')).getAllByRole('cell')[0]).toHaveTextContent('0%');
    expect(screen.getByTestId('theory-overload')).toHaveTextContent(
      /nothing is turned away: the publishers are held/,
    );
    expect(screen.getByTestId('theory-overload')).not.toHaveTextContent(/7\.9 min/);
    expect(screen.getByTestId('theory-holds')).toHaveTextContent(/backlog moves upstream/);
    expect(screen.getByTestId('theory-held')).toHaveTextContent('4 held now');
    // The full line's wait: 500 places drained at 5/s.
    expect(within(screen.getByTestId('theory-wait')).getAllByRole('cell')[0]).toHaveTextContent('1.7 min');
  });

  it('drop-oldest loses as much as reject-new, but the oldest jobs', () => {
    const t = createTestRuntime('queue-30-vs-5');
    act(() => t.runtime.controller.changeNode('jobs', { overflow: 'drop-oldest' }));
    feedFull(t, 'evicted');
    t.renderUi(<TheoryPanel nodeId="jobs" />);
    expect(screen.getByTestId('theory-lost')).toHaveTextContent('Lost (oldest evicted)');
    expect(within(screen.getByTestId('theory-lost')).getAllByRole('cell')[0]).toHaveTextContent('83%');
    expect(screen.getByTestId('theory-overload')).toHaveTextContent(
      /as many as “reject new” would refuse, but the old jobs go/,
    );
  });
});

describe('the producer and the queue show the jobs lost now', () => {
  it('cards: 25/s refused at the API and the queue, fading to 0/s after a switch to block', () => {
    const t = createTestRuntime('queue-30-vs-5');
    t.renderUi(<FlowGraph />);
    feedFull(t, 'dead-lettered', 0, 8);
    act(() => t.runtime.controller.changeNode('jobs', { overflow: 'dead-letter' }));
    expect(screen.getByTestId('queue-loss-dead-lettered-jobs')).toHaveTextContent('25/s');
    expect(screen.getByTestId('jobs-deadLettered-api')).toHaveTextContent('25/s');
    expect(screen.getByTestId('jobs-published-api')).toHaveTextContent('30/s');
    // Switch to block: no more dead letters. After the 4-s window has passed the rate reads 0/s and
    // the kept count is no longer a main figure.
    act(() => t.runtime.controller.changeNode('jobs', { overflow: 'block' }));
    act(() => {
      for (let s = 9; s <= 14; s++) {
        t.feed({
          timeS: s,
          nodes: {
            api: {
              arrivals: 30 * s,
              held: 4,
              busy: 4,
              jobs: { ...NO_JOBS, published: 240, done: 40, deadLettered: 200 },
            },
            jobs: { arrivals: 240, waiting: 500, failed: { 'dead-lettered': 200 }, deadLettered: 200 },
          },
        });
      }
    });
    expect(screen.queryByTestId('queue-loss-dead-lettered-jobs')).toBeNull();
    expect(screen.queryByTestId('jobs-deadLettered-api')).toBeNull();
    expect(screen.getByTestId('queue-dlq-jobs').closest('.fs-figure')).toHaveClass('fs-secondary');
    // The held API: its ρ says the workers are held, not a calm 0.15.
    expect(screen.getByTestId('rho-api')).toHaveTextContent('4 held');
    expect(screen.getByTestId('jobs-held-api')).toHaveTextContent('4');
  });

  it('the summary bar has a jobs row beside the clients: published, done, refused/s, backlog', () => {
    const t = createTestRuntime('queue-30-vs-5');
    t.renderUi(<SummaryBar />);
    feedFull(t, 'queue-full');
    act(() =>
      t.runtime.store.getState().setReport({
        ...reportWith({}),
        clients: {
          producer: {
            sent: 240,
            ok: 240,
            failed: {},
            latency: { mean: 0.06, p50: 0.05, p95: 0.1, p99: 0.12 },
            attempts: 240,
            retries: 0,
            retriesDenied: 0,
          },
        },
      }),
    );
    expect(screen.getByTestId('summary-Producer (30 req/s)')).toHaveTextContent(/success\s*100%/);
    const row = screen.getByTestId('summary-jobs');
    expect(row).toHaveTextContent(/published\s*240/);
    expect(row).toHaveTextContent(/done\s*40/);
    expect(screen.getByTestId('summary-jobs-refused')).toHaveTextContent('25/s');
    expect(screen.getByTestId('summary-jobs-backlog')).toHaveTextContent('500');
  });
});
