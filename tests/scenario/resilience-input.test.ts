// @vitest-environment node
/**
 * Hostile and mistaken input for every field of DESIGN.md section 8 that this format adds to
 * nodes: timeout, retry (attempts, on, backoff, budget), circuitBreaker and autoscale. Each gets
 * one short message naming the field and what is allowed; nothing crashes.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/index.ts';
import { expectSomeError, scenarioOf, withNode } from './helpers.ts';

type Case = [id: string, patch: Record<string, unknown>, path: string, text: string];

const cases: Case[] = [
  ['web', { timeout: 0 }, 'nodes[id=web].timeout', 'above 0 and at most 3,600 s'],
  ['web', { timeout: -1 }, 'nodes[id=web].timeout', 'above 0'],
  ['web', { timeout: 'soon' }, 'nodes[id=web].timeout', 'above 0'],
  ['web', { timeout: Infinity }, 'nodes[id=web].timeout', 'above 0'],
  ['web', { retry: { attempts: 0 } }, 'nodes[id=web].retry.attempts', 'from 1 to 10'],
  ['web', { retry: { attempts: 11 } }, 'nodes[id=web].retry.attempts', 'from 1 to 10'],
  ['web', { retry: { attempts: 2.5 } }, 'nodes[id=web].retry.attempts', 'whole number'],
  ['web', { retry: { on: ['teapot'] } }, 'nodes[id=web].retry.on[0]', 'never retried'],
  [
    'web',
    { retry: { on: ['unauthorized'] } },
    'nodes[id=web].retry.on[0]',
    '400, 401 and 404 are never retried',
  ],
  ['web', { retry: { on: [] } }, 'nodes[id=web].retry.on', 'at least one outcome'],
  ['web', { retry: { on: ['error', 'error'] } }, 'nodes[id=web].retry.on', 'each outcome once'],
  ['web', { retry: { on: 'error' } }, 'nodes[id=web].retry.on', 'list of outcomes'],
  ['web', { retry: { backoff: { base: 61 } } }, 'nodes[id=web].retry.backoff.base', 'from 0 to 60 s'],
  [
    'web',
    { retry: { backoff: { base: 2, max: 1 } } },
    'nodes[id=web].retry.backoff',
    'max must be at least base',
  ],
  [
    'web',
    { retry: { backoff: { multiplier: 0.5 } } },
    'nodes[id=web].retry.backoff.multiplier',
    'from 1 to 10',
  ],
  [
    'web',
    { retry: { backoff: { jitter: 'random' } } },
    'nodes[id=web].retry.backoff.jitter',
    "'decorrelated'",
  ],
  ['web', { retry: { budget: { ratio: -0.1 } } }, 'nodes[id=web].retry.budget.ratio', 'from 0 to 10'],
  ['web', { retry: { budget: { minPerS: 1 } } }, 'nodes[id=web].retry.budget.ratio', 'required'],
  ['web', { retry: { attempts: 2, tries: 3 } }, 'nodes[id=web].retry.tries', "unknown field 'tries'"],
  ['web', { circuitBreaker: {} }, 'nodes[id=web].circuitBreaker', "unknown field 'circuitBreaker'"],
  ['api', { retry: { attempts: 1 } }, 'nodes[id=api].retry', "unknown field 'retry'"],
  ['gw', { circuitBreaker: { failureRate: 0 } }, 'nodes[id=gw].circuitBreaker.failureRate', 'above 0'],
  ['gw', { circuitBreaker: { window: 0 } }, 'nodes[id=gw].circuitBreaker.window', 'from 1 to 1,000'],
  [
    'gw',
    { circuitBreaker: { minCalls: 30 } },
    'nodes[id=gw].circuitBreaker',
    'minCalls must be at most window',
  ],
  ['orch', { circuitBreaker: { openFor: 0 } }, 'nodes[id=orch].circuitBreaker.openFor', 'above 0'],
  [
    'orch',
    { circuitBreaker: { halfOpenCalls: 0 } },
    'nodes[id=orch].circuitBreaker.halfOpenCalls',
    'from 1 to 100',
  ],
  ['orch', { circuitBreaker: [] }, 'nodes[id=orch].circuitBreaker', 'got a list'],
  ['api', { autoscale: { min: 5, max: 2 } }, 'nodes[id=api].autoscale', 'min must be at most max'],
  ['api', { autoscale: { min: 0 } }, 'nodes[id=api].autoscale.min', 'from 1 to 1,000'],
  ['api', { autoscale: { target: 1.5 } }, 'nodes[id=api].autoscale', 'share from 0 to 1'],
  ['api', { autoscale: { metric: 'cpu' } }, 'nodes[id=api].autoscale.metric', "'utilization', 'backlog'"],
  ['api', { autoscale: { interval: 0 } }, 'nodes[id=api].autoscale.interval', 'above 0'],
  ['api', { autoscale: { startup: -1 } }, 'nodes[id=api].autoscale.startup', 'from 0 to 3,600 s'],
  [
    'api',
    { autoscale: { scaleDownDelay: 1e9 } },
    'nodes[id=api].autoscale.scaleDownDelay',
    'from 0 to 86,400 s',
  ],
  ['jobs', { autoscale: { min: 1 } }, 'nodes[id=jobs].autoscale', "unknown field 'autoscale'"],
];

describe('hostile input for the overload defences', () => {
  it.each(cases)('%s %j → %s', (id, patch, path, text) => {
    expectSomeError(withNode(id, patch), path, text);
  });

  it('quotes at most ~80 characters of a bad outcome name', () => {
    const result = parseScenario(withNode('web', { retry: { on: ['x'.repeat(5000)] } }));
    expect(result.ok).toBe(false);
    if (!result.ok) for (const e of result.errors) expect(e.message.length).toBeLessThan(300);
  });

  it('fills every default of the new fields', () => {
    const s = scenarioOf(withNode('web', { timeout: 1, retry: {} }));
    expect(s.nodes[0]).toMatchObject({
      timeout: 1,
      retry: {
        attempts: 3,
        on: ['error', 'unavailable', 'timeout'],
        backoff: { base: 0.1, max: 10, multiplier: 2, jitter: 'full' },
        budget: null,
      },
    });
    expect(scenarioOf(withNode('gw', { circuitBreaker: {} })).nodes[2]).toMatchObject({
      circuitBreaker: { failureRate: 0.5, window: 20, minCalls: 10, openFor: 5, halfOpenCalls: 1 },
    });
    expect(scenarioOf(withNode('api', { autoscale: {} })).nodes[4]).toMatchObject({
      autoscale: {
        min: 1,
        max: 10,
        metric: 'utilization',
        target: 0.7,
        interval: 15,
        startup: 30,
        scaleDownDelay: 60,
      },
    });
    expect(
      scenarioOf(withNode('api', { autoscale: { metric: 'backlog', target: 50 } })).nodes[4],
    ).toMatchObject({
      autoscale: { metric: 'backlog', target: 50 },
    });
  });
});
