import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { checkChange, type ScenarioChange } from '../../src/scenario/change/index.ts';
import { LIMITS } from '../../src/scenario/limits.ts';
import { getPreset } from '../../src/scenario/presets/index.ts';
import type { Distribution } from '../../src/scenario/types.ts';
import { ParamPanel } from '../../src/ui/controls/param-panel.tsx';
import {
  BURST_STEPS,
  CAPACITY_STEPS,
  CONSUMER_RATE_STEPS,
  RATE_LIMIT_STEPS,
  RATE_STEPS,
  SERVICE_TIME_STEPS,
  SHARE_STEPS,
  WEIGHT_STEPS,
  workerSteps,
} from '../../src/ui/controls/steps.ts';
import { TransportBar } from '../../src/ui/controls/transport-bar.tsx';
import { RunAlerts } from '../../src/ui/panels/run-alerts.tsx';
import { createTestRuntime } from './test-runtime.tsx';

const full = getPreset('full')!.scenario;
const exp = (mean: number): Distribution => ({ dist: 'exponential', mean });
const capacity = (v: number) => (Number.isFinite(v) ? v : null);
const limit = (patch: object) => ({ rateLimit: { rate: 10, burst: 10, per: 'global' as const, ...patch } });

/** Each ladder, the change one of its stops makes, and the bound its top stop must be. */
const LADDERS: Array<[string, readonly number[], (v: number) => ScenarioChange, number]> = [
  ['rate', RATE_STEPS, (rate) => ({ type: 'node', nodeId: 'mobile', patch: { rate } }), LIMITS.rate],
  ['share', SHARE_STEPS, (errorRate) => ({ type: 'node', nodeId: 'users', patch: { errorRate } }), 1],
  [
    'service time',
    SERVICE_TIME_STEPS,
    (v) => ({ type: 'node', nodeId: 'users', patch: { serviceTime: exp(v) } }),
    LIMITS.serviceTimeMean,
  ],
  [
    'consumer rate',
    CONSUMER_RATE_STEPS,
    (v) => ({ type: 'node', nodeId: 'users', patch: { serviceTime: exp(1 / v) } }),
    1000,
  ],
  [
    'capacity',
    CAPACITY_STEPS.slice(0, -1),
    (v) => ({ type: 'node', nodeId: 'jobs', patch: { capacity: capacity(v) } }),
    LIMITS.capacity,
  ],
  [
    'rate limit',
    RATE_LIMIT_STEPS,
    (rate) => ({ type: 'node', nodeId: 'gateway-1', patch: limit({ rate }) }),
    LIMITS.rateLimitRate,
  ],
  [
    'burst',
    BURST_STEPS,
    (burst) => ({ type: 'node', nodeId: 'gateway-1', patch: limit({ burst }) }),
    LIMITS.burst,
  ],
  [
    'weight',
    WEIGHT_STEPS,
    (weight) => ({ type: 'edge', edgeIndex: 2, patch: { weight } }),
    LIMITS.edgeWeight,
  ],
  [
    'workers',
    workerSteps(1),
    (workers) => ({ type: 'node', nodeId: 'users', patch: { workers } }),
    LIMITS.workers,
  ],
];

describe('slider ranges come from the scenario limits', () => {
  it.each(LADDERS)(
    '%s: the top stop is the bound, and the door accepts every stop',
    (_, steps, change, top) => {
      expect(steps.at(-1)).toBe(top);
      for (const value of steps) {
        const result = checkChange(full, change(value));
        expect(result.ok ? 'accepted' : result.errors).toBe('accepted');
      }
    },
  );

  it('capacity offers unbounded after its top stop', () => {
    expect(CAPACITY_STEPS.at(-1)).toBe(Infinity);
    expect(checkChange(full, { type: 'node', nodeId: 'jobs', patch: { capacity: null } }).ok).toBe(true);
  });

  it('the worker ladder keeps an off-ladder value as a stop', () => {
    expect(workerSteps(37)).toContain(37);
    expect(workerSteps(37).at(-1)).toBe(LIMITS.workers);
  });

  it('a refused change shows a readable alert and leaves the slider and the run as they were', () => {
    const t = createTestRuntime('full');
    t.renderUi(
      <>
        <RunAlerts />
        <ParamPanel />
      </>,
    );
    const slider = screen.getByRole('slider', { name: 'Rate (requests/s), Mobile app' });
    const before = slider.getAttribute('aria-valuetext');
    // As an inspector field or a forged call might: beyond the bound.
    let ok = true;
    act(() => {
      ok = t.runtime.controller.changeNode('mobile', { rate: LIMITS.rate * 10 }).ok;
    });
    expect(ok).toBe(false);
    const alert = screen.getByTestId('notice-alert');
    expect(alert).toHaveTextContent(
      'That change was refused. nodes[id=mobile].rate: must be a number from 0 to 100,000 req/s; got 1000000',
    );
    expect(slider.getAttribute('aria-valuetext')).toBe(before);
    expect(t.client.applyChange).not.toHaveBeenCalled();
  });

  it('the seed field takes its bound from LIMITS and refuses a seed beyond it', () => {
    const t = createTestRuntime('full');
    t.renderUi(
      <>
        <RunAlerts />
        <TransportBar />
      </>,
    );
    const seed = screen.getByTestId('seed-input');
    expect(seed).toHaveAttribute('max', String(LIMITS.seed));
    fireEvent.change(seed, { target: { value: String(LIMITS.seed + 1) } });
    fireEvent.blur(seed);
    expect(screen.getByTestId('notice-alert')).toHaveTextContent(
      /That seed was refused\. seed: must be a whole number/,
    );
    expect(t.runtime.store.getState().seed).toBe(1);
  });
});
