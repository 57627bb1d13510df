/**
 * Every parameter of the overload defences has a control in the inspector (DESIGN.md section 8),
 * each change goes through the one door to the store and the engine, and the scenario it makes
 * stays in the readable link form (docs/links.md).
 */
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { encodeScenarioLink } from '../../src/scenario/link/index.ts';
import { NodeParams } from '../../src/ui/controls/node-params.tsx';
import { useAppStore } from '../../src/ui/sim-context.ts';
import { createTestRuntime } from './test-runtime.tsx';

type Fields = Record<string, unknown>;
const field = (t: ReturnType<typeof createTestRuntime>, id: string) =>
  t.runtime.store.getState().scenario.nodes.find((n) => n.id === id) as unknown as Fields;

/** The inspector's controls of one node, following the store as the inspector does. */
function Params({ id }: { id: string }) {
  const node = useAppStore((s) => s.scenario.nodes.find((n) => n.id === id)!);
  return <NodeParams node={node} full />;
}

/** Moves a slider to the stop whose shown value is `text`. */
function slide(testId: string, text: string) {
  const slider = screen.getByTestId(testId) as HTMLInputElement;
  for (let i = 0; i <= Number(slider.max); i++) {
    fireEvent.change(slider, { target: { value: String(i) } });
    if ((screen.getByTestId(testId) as HTMLInputElement).getAttribute('aria-valuetext') === text) return;
  }
  throw new Error(`${testId} has no stop showing ${text}`);
}

const SLOW = { timeout: 10_000 };
const lastPatch = (t: ReturnType<typeof createTestRuntime>) => t.client.applyChange.mock.lastCall?.[0];

describe('overload defence controls', () => {
  it('a client’s retry policy: outcomes, backoff base, multiplier, longest wait, jitter, budget', async () => {
    const t = createTestRuntime('retry-storm');
    const user = userEvent.setup();
    t.renderUi(<Params id="web" />);
    // The controls load on demand (initial JavaScript budget).
    await user.click(
      await screen.findByRole('checkbox', { name: '503 breaker open, retry, Web clients (28 req/s)' }, SLOW),
    );
    expect((field(t, 'web').retry as Fields).on).toEqual(['error', 'unavailable', 'timeout', 'circuit-open']);
    slide('param-web-retry-base', '100 ms');
    slide('param-web-retry-multiplier', '×3');
    slide('param-web-retry-max', '5.0 s');
    await user.selectOptions(screen.getByTestId('param-web-retry-jitter'), 'equal');
    expect((field(t, 'web').retry as Fields).backoff).toEqual({
      base: 0.1,
      max: 5,
      multiplier: 3,
      jitter: 'equal',
    });
    // The hint works the scenario's numbers: 0.1, 0.3, 0.9 s between half and all of each.
    expect(screen.getByText(/between half and all of 100 ms, 300 ms, 900 ms/)).toBeInTheDocument();
    await user.click(screen.getByTestId('param-web-retry-budget-on'));
    slide('param-web-retry-budget', '10%');
    slide('param-web-retry-budget-min', '0.5/s');
    expect((field(t, 'web').retry as Fields).budget).toEqual({ ratio: 0.1, minPerS: 0.5 });
    // 28/s of first tries × 10% + 0.5/s: at most 3.3/s of retries.
    expect(screen.getByText(/At 28\/s that is at most 3\.3\/s of retries: 1\.12 tries/)).toBeInTheDocument();
    // Each change went to the engine through the door, whole and checked.
    expect(lastPatch(t)).toMatchObject({
      type: 'node',
      nodeId: 'web',
      patch: { retry: { budget: { minPerS: 0.5 } } },
    });
    const link = encodeScenarioLink(t.runtime.store.getState().scenario);
    expect(link).toContain('web.retry.on=error,unavailable,timeout,circuit-open');
    expect(link).toContain('web.retry.backoff.jitter=equal');
    expect(link).toContain('web.retry.budget.ratio=0.1&web.retry.budget.minPerS=0.5');
    expect(link).not.toContain('z=');
  });

  it('the last retried outcome cannot be unticked (a policy retries something)', async () => {
    const t = createTestRuntime('retry-storm');
    const user = userEvent.setup();
    t.renderUi(<Params id="web" />);
    await screen.findByTestId('param-web-retry-outcome-error', {}, SLOW);
    for (const outcome of ['error', 'unavailable', 'timeout'])
      await user.click(screen.getByTestId(`param-web-retry-outcome-${outcome}`));
    expect((field(t, 'web').retry as Fields).on).toEqual(['timeout']);
    expect(screen.getByTestId('param-web-retry-outcome-timeout')).toBeChecked();
  });

  it('a gateway’s timeout and every breaker field', async () => {
    const t = createTestRuntime('retry-storm');
    const user = userEvent.setup();
    t.renderUi(<Params id="gateway" />);
    await screen.findByTestId('param-gateway-breaker-on', {}, SLOW);
    await user.click(screen.getByTestId('param-gateway-timeout-on'));
    slide('param-gateway-timeout', '900 ms');
    await user.click(screen.getByTestId('param-gateway-breaker-on'));
    slide('param-gateway-breaker-window', '30');
    slide('param-gateway-breaker-min-calls', '5');
    slide('param-gateway-breaker-trials', '3');
    slide('param-gateway-breaker-open-for', '3.0 s');
    slide('param-gateway-breaker-rate', '30%');
    expect(field(t, 'gateway').timeout).toBe(0.9);
    expect(field(t, 'gateway').circuitBreaker).toEqual({
      failureRate: 0.3,
      window: 30,
      minCalls: 5,
      openFor: 3,
      halfOpenCalls: 3,
    });
    // ceil(30% × 5) = 2 failures can open it soonest.
    expect(screen.getByText(/after 2 failures in the first 5 calls/)).toBeInTheDocument();
    expect(screen.getByText(/3 calls go through: if all succeed/)).toBeInTheDocument();
    const link = encodeScenarioLink(t.runtime.store.getState().scenario);
    expect(link).toContain('gateway.timeout=0.9');
    expect(link).toContain('gateway.circuitBreaker.halfOpenCalls=3');
  });

  it('every autoscale field of a service', async () => {
    const t = createTestRuntime('retry-storm');
    const user = userEvent.setup();
    t.renderUi(<Params id="app-2" />);
    await screen.findByTestId('param-app-2-autoscale-on', {}, SLOW);
    await user.click(screen.getByTestId('param-app-2-autoscale-on'));
    await user.selectOptions(screen.getByTestId('param-app-2-autoscale-metric'), 'backlog');
    slide('param-app-2-autoscale-target', '5');
    // (The sweep to a stop passes max = 1, which pulls min down with it: set max first.)
    slide('param-app-2-autoscale-max', '6');
    slide('param-app-2-autoscale-min', '2');
    slide('param-app-2-autoscale-startup', '10 s');
    slide('param-app-2-autoscale-interval', '5.0 s');
    slide('param-app-2-autoscale-scale-down', '30 s');
    expect(field(t, 'app-2').autoscale).toEqual({
      min: 2,
      max: 6,
      metric: 'backlog',
      target: 5,
      interval: 5,
      startup: 10,
      scaleDownDelay: 30,
    });
    // Noticed up to 5 s late, served 10 s after: up to 15 s in all.
    expect(screen.getByText(/up to 15 s in all/)).toBeInTheDocument();
    expect(encodeScenarioLink(t.runtime.store.getState().scenario)).toContain(
      'app-2.autoscale.metric=backlog',
    );
  });
});
