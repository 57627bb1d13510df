// @vitest-environment node
/**
 * The overload defences in the readable link form (docs/links.md): a setting may reach a group
 * inside a group (`web.retry.backoff.jitter`), a list is written comma-separated
 * (`web.retry.on=error,timeout`), and a group that was null is written field by field. Every
 * change a control can make stays readable and comes back exactly.
 */
import { describe, expect, it } from 'vitest';
import { cloneScenario } from '../../../src/scenario/clone-scenario.ts';
import { decodeScenarioLink, encodeScenarioLink } from '../../../src/scenario/link/index.ts';
import { getPreset } from '../../../src/scenario/presets/index.ts';
import type { ClientNode, GatewayNode, Scenario, ServiceNode } from '../../../src/scenario/types.ts';
import { errorLines, expectScenario, normalised } from './link-helpers.ts';

const storm = () => cloneScenario(getPreset('retry-storm')!.scenario);
const node = <T>(s: Scenario, id: string) => s.nodes.find((n) => n.id === id) as T;

function roundTrip(scenario: Scenario): string {
  const link = encodeScenarioLink(scenario);
  expectScenario(decodeScenarioLink(link), normalised(scenario));
  return link;
}

describe('overload defences in readable links', () => {
  it('a backoff jitter is one setting three names deep', () => {
    const s = storm();
    node<ClientNode>(s, 'web').retry!.backoff.jitter = 'equal';
    expect(roundTrip(s)).toBe('#v=1&preset=retry-storm&seed=1&web.retry.backoff.jitter=equal');
  });

  it('every backoff field, the attempts and the list of retried outcomes', () => {
    const s = storm();
    const retry = node<ClientNode>(s, 'web').retry!;
    retry.attempts = 5;
    retry.on = ['error', 'timeout', 'circuit-open'];
    retry.backoff = { base: 0.2, max: 7.5, multiplier: 3, jitter: 'decorrelated' };
    expect(roundTrip(s)).toBe(
      '#v=1&preset=retry-storm&seed=1&web.retry.attempts=5&web.retry.on=error,timeout,circuit-open' +
        '&web.retry.backoff.base=0.2&web.retry.backoff.max=7.5&web.retry.backoff.multiplier=3' +
        '&web.retry.backoff.jitter=decorrelated',
    );
  });

  it('turning a retry budget on writes its fields; changing its ratio writes one', () => {
    const s = storm();
    node<ClientNode>(s, 'web').retry!.budget = { ratio: 0.1, minPerS: 0.5 };
    const on = roundTrip(s);
    expect(on).toBe('#v=1&preset=retry-storm&seed=1&web.retry.budget.ratio=0.1&web.retry.budget.minPerS=0.5');
    const budget = cloneScenario(getPreset('retry-storm-budget')!.scenario);
    node<ClientNode>(budget, 'web').retry!.budget!.ratio = 0.25;
    expect(roundTrip(budget)).toBe('#v=1&preset=retry-storm-budget&seed=1&web.retry.budget.ratio=0.25');
    // And off again.
    node<ClientNode>(budget, 'web').retry!.budget = null;
    expect(roundTrip(budget)).toBe('#v=1&preset=retry-storm-budget&seed=1&web.retry.budget=null');
  });

  it('all of it at once (timeouts, retries, budget, breaker, autoscale) stays readable', () => {
    const s = storm();
    const gateway = node<GatewayNode>(s, 'gateway');
    gateway.timeout = 0.9;
    gateway.retry = {
      attempts: 2,
      on: ['error', 'unavailable'],
      backoff: { base: 0.05, max: 1, multiplier: 2, jitter: 'full' },
      budget: { ratio: 0.2, minPerS: 1 },
    };
    gateway.circuitBreaker = { failureRate: 0.4, window: 30, minCalls: 8, openFor: 3, halfOpenCalls: 2 };
    node<ServiceNode>(s, 'app-2').autoscale = {
      min: 1,
      max: 6,
      metric: 'backlog',
      target: 5,
      interval: 10,
      startup: 12,
      scaleDownDelay: 40,
    };
    node<ClientNode>(s, 'web').timeout = 2;
    const link = roundTrip(s);
    expect(link).not.toContain('z=');
    expect(link).toContain('&gateway.retry.budget.minPerS=1');
    expect(link).toContain('&gateway.circuitBreaker.halfOpenCalls=2');
    expect(link).toContain('&app-2.autoscale.metric=backlog');
    expect(link.length).toBeLessThan(1000);
  });

  it('retries off is one setting', () => {
    const s = storm();
    node<ClientNode>(s, 'web').retry = null;
    expect(roundTrip(s)).toBe('#v=1&preset=retry-storm&seed=1&web.retry=null');
  });

  it('bad values get the field’s own message', () => {
    const base = '#v=1&preset=retry-storm&seed=1';
    expect(errorLines(decodeScenarioLink(`${base}&web.retry.on=error,eror`)).join('\n')).toMatch(/eror/);
    expect(errorLines(decodeScenarioLink(`${base}&web.retry.backoff.jitter=wobbly`)).join('\n')).toMatch(
      /jitter.*wobbly/s,
    );
    expect(errorLines(decodeScenarioLink(`${base}&web.retry.on=`)).join('\n')).toMatch(/has no value/);
    expect(errorLines(decodeScenarioLink(`${base}&web.rate.x.y=1`)).join('\n')).toMatch(
      /'rate', which is a single value/,
    );
  });
});
