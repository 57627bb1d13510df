/**
 * Random scenarios with every defence of DESIGN.md section 8 switched on somewhere: timeouts and
 * retries (every jitter mode, budgets) on clients and gateways, breakers on gateways and
 * orchestrators, autoscaling on services — on top of the random topologies of random-scenario.ts.
 */
import fc from 'fast-check';
import type {
  Autoscale,
  CircuitBreaker,
  RetryPolicy,
  Scenario,
  ScenarioNode,
} from '../../../src/scenario/types.ts';
import { JITTER_MODES, RETRYABLE_OUTCOMES } from '../../../src/scenario/types.ts';
import { randomScenario } from '../random-scenario.ts';

const timeout = fc.oneof(fc.constant(null), fc.double({ min: 0.01, max: 0.5, noNaN: true }));

const retry: fc.Arbitrary<RetryPolicy | null> = fc.oneof(
  fc.constant(null),
  fc.record({
    attempts: fc.integer({ min: 1, max: 4 }),
    on: fc.subarray([...RETRYABLE_OUTCOMES], { minLength: 1 }),
    backoff: fc.record({
      base: fc.double({ min: 0, max: 0.2, noNaN: true }),
      max: fc.double({ min: 0.2, max: 1, noNaN: true }),
      multiplier: fc.double({ min: 1, max: 3, noNaN: true }),
      jitter: fc.constantFrom(...JITTER_MODES),
    }),
    budget: fc.oneof(
      fc.constant(null),
      fc.record({
        ratio: fc.double({ min: 0, max: 1, noNaN: true }),
        minPerS: fc.double({ min: 0, max: 2, noNaN: true }),
      }),
    ),
  }),
);

const breaker: fc.Arbitrary<CircuitBreaker | null> = fc.oneof(
  fc.constant(null),
  fc.record({
    failureRate: fc.double({ min: 0.05, max: 1, noNaN: true }),
    window: fc.integer({ min: 5, max: 20 }),
    minCalls: fc.integer({ min: 1, max: 5 }),
    openFor: fc.double({ min: 0.1, max: 3, noNaN: true }),
    halfOpenCalls: fc.integer({ min: 1, max: 3 }),
  }),
);

const autoscale: fc.Arbitrary<Autoscale | null> = fc.oneof(
  fc.constant(null),
  fc
    .record({
      min: fc.integer({ min: 1, max: 2 }),
      extra: fc.integer({ min: 0, max: 4 }),
      metric: fc.constantFrom('utilization' as const, 'backlog' as const),
      target: fc.double({ min: 0.2, max: 1, noNaN: true }),
      interval: fc.double({ min: 0.5, max: 5, noNaN: true }),
      startup: fc.oneof(fc.constant(0), fc.double({ min: 0.1, max: 5, noNaN: true })),
      scaleDownDelay: fc.oneof(fc.constant(0), fc.double({ min: 0.1, max: 10, noNaN: true })),
    })
    .map(({ extra, ...a }) => ({ ...a, max: a.min + extra })),
);

const perNode = fc.record({ timeout, retry, breaker, autoscale });

export const randomScenarioWithDefences: fc.Arbitrary<Scenario> = randomScenario.chain((s) =>
  fc.array(perNode, { minLength: s.nodes.length, maxLength: s.nodes.length }).map((extras) => ({
    ...s,
    nodes: s.nodes.map((node, i): ScenarioNode => {
      const e = extras[i];
      switch (node.kind) {
        case 'client':
          return { ...node, timeout: e.timeout, retry: e.retry };
        case 'gateway':
          return { ...node, timeout: e.timeout, retry: e.retry, circuitBreaker: e.breaker };
        case 'orchestrator':
          return { ...node, circuitBreaker: e.breaker };
        case 'service':
          return { ...node, autoscale: e.autoscale };
        default:
          return node;
      }
    }),
  })),
);
