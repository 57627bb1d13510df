/**
 * The overload defences of format 2 (DESIGN.md section 8): `timeout` and `retry` (clients and
 * gateways), `circuitBreaker` (gateways and orchestrators) and `autoscale` (services). Each is
 * `null` by default, and a scenario without them runs exactly as in format 1.
 */
import * as v from 'valibot';
import { integerIn, numberIn, oneOf, positiveNumberUpTo, strictFields } from './fields.ts';
import { given } from './nodes/node-base.ts';
import {
  AUTOSCALE_METRICS,
  JITTER_MODES,
  RETRYABLE_OUTCOMES,
  type Autoscale,
  type Backoff,
  type CircuitBreaker,
  type RetryBudget,
  type RetryPolicy,
  type RetryableOutcome,
} from './types.ts';

/** Bounds of the new fields, with the rest of the format's bounds' spirit: sane, not restrictive. */
export const RESILIENCE_LIMITS = {
  timeoutS: 3600,
  attempts: 10,
  backoffBaseS: 60,
  backoffMaxS: 3600,
  multiplier: 10,
  budgetRatio: 10,
  budgetMinPerS: 100_000,
  breakerWindow: 1000,
  openForS: 3600,
  halfOpenCalls: 100,
  autoscaleWorkers: 1000,
  backlogTarget: 1_000_000,
  autoscaleIntervalS: 3600,
  startupS: 3600,
  scaleDownDelayS: 86_400,
} as const;

export const BACKOFF_DEFAULTS: Readonly<Backoff> = Object.freeze({
  base: 0.1,
  max: 10,
  multiplier: 2,
  jitter: 'full',
});
export const RETRY_ON_DEFAULT: readonly RetryableOutcome[] = Object.freeze([
  'error',
  'unavailable',
  'timeout',
]);
export const RETRY_DEFAULTS = Object.freeze({ attempts: 3, budget: null });
export const BREAKER_DEFAULTS: Readonly<CircuitBreaker> = Object.freeze({
  failureRate: 0.5,
  window: 20,
  minCalls: 10,
  openFor: 5,
  halfOpenCalls: 1,
});
export const AUTOSCALE_DEFAULTS: Readonly<Autoscale> = Object.freeze({
  min: 1,
  max: 10,
  metric: 'utilization',
  target: 0.7,
  interval: 15,
  startup: 30,
  scaleDownDelay: 60,
});

const L = RESILIENCE_LIMITS;

/** `null` (wait for ever) or seconds above 0. */
export const timeoutSchema = v.nullable(positiveNumberUpTo(L.timeoutS, 's'));

const retryableList = RETRYABLE_OUTCOMES.map((o) => `'${o}'`).join(', ');
const outcomeName = v.picklist(
  RETRYABLE_OUTCOMES,
  (issue) =>
    `must be one of ${retryableList} (400, 401 and 404 are never retried); got ${String(issue.received).slice(0, 80)}`,
);
const onList = v.pipe(
  v.array(
    outcomeName,
    (issue) => `must be a list of outcomes, e.g. ["error", "timeout"]; got ${issue.received}`,
  ),
  v.minLength(1, 'must name at least one outcome to retry'),
  v.maxLength(
    RETRYABLE_OUTCOMES.length,
    `must list each outcome once (at most ${RETRYABLE_OUTCOMES.length})`,
  ),
  v.check((list) => new Set(list).size === list.length, 'must list each outcome once'),
);

const backoffSchema = v.pipe(
  strictFields(
    {
      base: v.optional(numberIn(0, L.backoffBaseS, 's')),
      max: v.optional(numberIn(0, L.backoffMaxS, 's')),
      multiplier: v.optional(numberIn(1, L.multiplier)),
      jitter: v.optional(oneOf(JITTER_MODES)),
    },
    "a backoff { base?, max?, multiplier?, jitter?: 'none' | 'full' | 'equal' | 'decorrelated' }",
  ),
  v.check(
    (b) => (b.max ?? BACKOFF_DEFAULTS.max) >= (b.base ?? BACKOFF_DEFAULTS.base),
    'max must be at least base: the wait never shrinks below the first one',
  ),
);

const budgetSchema = v.nullable(
  strictFields(
    {
      ratio: numberIn(0, L.budgetRatio),
      minPerS: v.optional(numberIn(0, L.budgetMinPerS, 'retries/s')),
    },
    'null (no budget) or { ratio, minPerS? }',
  ),
);

export const retrySchema = v.nullable(
  strictFields(
    {
      attempts: v.optional(integerIn(1, L.attempts, 'extra tries')),
      on: v.optional(onList),
      backoff: v.optional(backoffSchema),
      budget: v.optional(budgetSchema),
    },
    'null (no retries) or { attempts?, on?, backoff?, budget? }',
  ),
);

export const circuitBreakerSchema = v.nullable(
  v.pipe(
    strictFields(
      {
        failureRate: v.optional(positiveNumberUpTo(1)),
        window: v.optional(integerIn(1, L.breakerWindow, 'calls')),
        minCalls: v.optional(integerIn(1, L.breakerWindow, 'calls')),
        openFor: v.optional(positiveNumberUpTo(L.openForS, 's')),
        halfOpenCalls: v.optional(integerIn(1, L.halfOpenCalls, 'calls')),
      },
      'null (no breaker) or { failureRate?, window?, minCalls?, openFor?, halfOpenCalls? }',
    ),
    v.check(
      (b) => (b.minCalls ?? BREAKER_DEFAULTS.minCalls) <= (b.window ?? BREAKER_DEFAULTS.window),
      'minCalls must be at most window: the breaker only remembers the last window calls',
    ),
  ),
);

export const autoscaleSchema = v.nullable(
  v.pipe(
    strictFields(
      {
        min: v.optional(integerIn(1, L.autoscaleWorkers, 'workers')),
        max: v.optional(integerIn(1, L.autoscaleWorkers, 'workers')),
        metric: v.optional(oneOf(AUTOSCALE_METRICS)),
        target: v.optional(positiveNumberUpTo(L.backlogTarget)),
        interval: v.optional(positiveNumberUpTo(L.autoscaleIntervalS, 's')),
        startup: v.optional(numberIn(0, L.startupS, 's')),
        scaleDownDelay: v.optional(numberIn(0, L.scaleDownDelayS, 's')),
      },
      "null (fixed workers) or { min?, max?, metric?: 'utilization' | 'backlog', target?, interval?, startup?, scaleDownDelay? }",
    ),
    v.check(
      (a) => (a.min ?? AUTOSCALE_DEFAULTS.min) <= (a.max ?? AUTOSCALE_DEFAULTS.max),
      'min must be at most max',
    ),
    v.check(
      (a) => (a.metric ?? 'utilization') !== 'utilization' || (a.target ?? AUTOSCALE_DEFAULTS.target) <= 1,
      'target must be a share from 0 to 1 (e.g. 0.7) when the metric is utilization',
    ),
  ),
);

function toBackoff(input: v.InferOutput<typeof backoffSchema> | undefined): Backoff {
  const d = BACKOFF_DEFAULTS;
  return {
    base: given(input?.base, d.base),
    max: given(input?.max, d.max),
    multiplier: given(input?.multiplier, d.multiplier),
    jitter: given(input?.jitter, d.jitter),
  };
}

function toBudget(input: v.InferOutput<typeof budgetSchema> | undefined): RetryBudget | null {
  if (input === undefined || input === null) return null;
  return { ratio: input.ratio, minPerS: given(input.minPerS, 0) };
}

export function toRetry(input: v.InferOutput<typeof retrySchema> | undefined): RetryPolicy | null {
  if (input === undefined || input === null) return null;
  return {
    attempts: given(input.attempts, RETRY_DEFAULTS.attempts),
    on: [...given(input.on, RETRY_ON_DEFAULT)],
    backoff: toBackoff(input.backoff),
    budget: toBudget(input.budget),
  };
}

export function toCircuitBreaker(
  input: v.InferOutput<typeof circuitBreakerSchema> | undefined,
): CircuitBreaker | null {
  if (input === undefined || input === null) return null;
  const d = BREAKER_DEFAULTS;
  return {
    failureRate: given(input.failureRate, d.failureRate),
    window: given(input.window, d.window),
    minCalls: given(input.minCalls, d.minCalls),
    openFor: given(input.openFor, d.openFor),
    halfOpenCalls: given(input.halfOpenCalls, d.halfOpenCalls),
  };
}

export function toAutoscale(input: v.InferOutput<typeof autoscaleSchema> | undefined): Autoscale | null {
  if (input === undefined || input === null) return null;
  const d = AUTOSCALE_DEFAULTS;
  return {
    min: given(input.min, d.min),
    max: given(input.max, d.max),
    metric: given(input.metric, d.metric),
    target: given(input.target, d.target),
    interval: given(input.interval, d.interval),
    startup: given(input.startup, d.startup),
    scaleDownDelay: given(input.scaleDownDelay, d.scaleDownDelay),
  };
}
