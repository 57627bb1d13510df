/**
 * API gateway: validates (400), authenticates (401), rate-limits (429), then routes by the
 * longest matching route prefix of its outgoing edges (else the edge without a route, else 404).
 */
import * as v from 'valibot';
import { capacity, flag, integerIn, numberIn, oneOf, positiveNumberUpTo, strictFields } from '../fields.ts';
import { distributionSchema, toDistribution } from '../distribution.ts';
import { LIMITS } from '../limits.ts';
import type { GatewayNode, RateLimit } from '../types.ts';
import {
  circuitBreakerSchema,
  retrySchema,
  timeoutSchema,
  toCircuitBreaker,
  toRetry,
} from '../resilience.ts';
import { defineNodeKind, given, kindFields, toBase, type NodeParams } from './node-base.ts';

/** What a gateway does when a field is left out: checks on, no rate limit, 4 fast workers. */
export const GATEWAY_DEFAULTS: Readonly<NodeParams<GatewayNode>> = Object.freeze({
  workers: 4,
  serviceTime: Object.freeze({ dist: 'exponential', mean: 0.005 }),
  capacity: null,
  auth: true,
  validate: true,
  rateLimit: null,
  timeout: null,
  retry: null,
  circuitBreaker: null,
});

/** Defaults inside a rate limit: the bucket holds one second's worth of tokens, per user. */
export const RATE_LIMIT_DEFAULTS = Object.freeze({ per: 'user' as const });

const rateLimitSchema = v.nullable(
  strictFields(
    {
      rate: positiveNumberUpTo(LIMITS.rateLimitRate, 'req/s'),
      burst: v.optional(numberIn(1, LIMITS.burst, 'requests')),
      per: v.optional(oneOf(['user', 'global'])),
    },
    "null (no limit) or a token bucket { rate, burst?, per?: 'user' | 'global' }",
  ),
);

export const gatewaySchema = kindFields('gateway', {
  workers: v.optional(integerIn(1, LIMITS.workers)),
  serviceTime: v.optional(distributionSchema),
  capacity: v.optional(capacity()),
  auth: v.optional(flag()),
  validate: v.optional(flag()),
  rateLimit: v.optional(rateLimitSchema),
  timeout: v.optional(timeoutSchema),
  retry: v.optional(retrySchema),
  circuitBreaker: v.optional(circuitBreakerSchema),
});

export type GatewayInput = v.InferInput<typeof gatewaySchema>;

/** Burst defaults to the rate (one second of tokens), but never below one whole request. */
function toRateLimit(input: v.InferOutput<typeof rateLimitSchema>): RateLimit | null {
  if (input === null) return null;
  return {
    rate: input.rate,
    burst: given(input.burst, Math.max(1, input.rate)),
    per: given(input.per, RATE_LIMIT_DEFAULTS.per),
  };
}

/** Fills in every default of a validated gateway. */
export function toGatewayNode(input: v.InferOutput<typeof gatewaySchema>): GatewayNode {
  const d = GATEWAY_DEFAULTS;
  return {
    ...toBase('gateway', input),
    workers: given(input.workers, d.workers),
    serviceTime: input.serviceTime === undefined ? { ...d.serviceTime } : toDistribution(input.serviceTime),
    capacity: given(input.capacity, d.capacity),
    auth: given(input.auth, d.auth),
    validate: given(input.validate, d.validate),
    rateLimit: input.rateLimit === undefined ? d.rateLimit : toRateLimit(input.rateLimit),
    timeout: given(input.timeout, d.timeout),
    retry: toRetry(input.retry),
    circuitBreaker: toCircuitBreaker(input.circuitBreaker),
  };
}

export const gatewayKind = defineNodeKind('gateway', gatewaySchema, toGatewayNode);
