/**
 * An autoscaled service's inspector charts its workers over time (DESIGN.md section 8): serving,
 * serving plus starting, and the autoscaler's target, from the samples the snapshots carry. A
 * service without autoscaling shows no such chart, and its samples carry its fixed count.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AUTOSCALE_DEFAULTS } from '../../src/scenario/resilience.ts';
import { App } from '../../src/ui/app.tsx';
import { createTestRuntime } from './test-runtime.tsx';

const clickNode = (id: string) => fireEvent.click(screen.getByTestId(`node-${id}`));
const SLOW = { timeout: 10_000 };

describe('the workers chart', () => {
  it('follows serving, starting and target workers of an autoscaled consumer', async () => {
    const t = createTestRuntime('queue-30-vs-5');
    act(() => void t.runtime.controller.changeNode('consumer', { autoscale: { ...AUTOSCALE_DEFAULTS } }));
    t.renderUi(<App />);
    // 15 s: the autoscaler asks for 3 more, which start for 30 s; 45 s: they serve.
    act(() => t.feed({ timeS: 10, nodes: { consumer: { workers: 1, busy: 1, desiredWorkers: 1 } } }));
    act(() =>
      t.feed({ timeS: 16, nodes: { consumer: { workers: 1, busy: 1, starting: 3, desiredWorkers: 4 } } }),
    );
    act(() => t.feed({ timeS: 46, nodes: { consumer: { workers: 4, busy: 4, desiredWorkers: 4 } } }));
    const series = t.runtime.store.getState().series.consumer;
    expect(series.map((p) => [p.tS, p.workers, p.workersWithStarting, p.targetWorkers])).toEqual([
      [10, 1, 1, 1],
      [16, 1, 4, 4],
      [46, 4, 4, 4],
    ]);
    clickNode('consumer');
    const inspector = await screen.findByTestId('inspector', {}, SLOW);
    const chart = await within(inspector).findByTestId('chart-workers', {}, SLOW);
    expect(chart).toHaveTextContent(/Workers \(autoscaled\)/);
    expect(within(chart).getByRole('img')).toHaveAttribute(
      'aria-label',
      'Workers (autoscaled): serving 4, incl. starting 4, target 4',
    );
    // Three lines, drawn as steps (a count jumps; it does not slide).
    expect(chart.querySelectorAll('path[data-series="first"]')).toHaveLength(3);
  });

  it('is not shown for a service without autoscaling, whose samples hold its fixed workers', async () => {
    const t = createTestRuntime('queue-30-vs-5');
    t.renderUi(<App />);
    act(() => t.feed({ timeS: 2, nodes: { consumer: { workers: 1, busy: 1 } } }));
    expect(t.runtime.store.getState().series.consumer[0]).toMatchObject({
      workers: 1,
      workersWithStarting: 1,
      targetWorkers: 0,
    });
    clickNode('consumer');
    const inspector = await screen.findByTestId('inspector', {}, SLOW);
    await within(inspector).findByTestId('chart-utilization', {}, SLOW);
    expect(within(inspector).queryByTestId('chart-workers')).toBeNull();
  });
});
