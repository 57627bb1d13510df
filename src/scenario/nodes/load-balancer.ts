/**
 * Load balancer: picks one outgoing target per request, in zero time, by its algorithm. From
 * format 2 it may also probe its targets (`healthCheck`) and eject the ones whose answers keep
 * failing (`outlierDetection`); both are off (null) unless given, which keeps format-1 runs intact.
 */
import * as v from 'valibot';
import { integerIn, numberIn, oneOf, share, strictFields } from '../fields.ts';
import { LIMITS } from '../limits.ts';
import { LB_ALGORITHMS, type HealthCheck, type LoadBalancerNode, type OutlierDetection } from '../types.ts';
import { defineNodeKind, given, kindFields, toBase, type NodeParams } from './node-base.ts';

/** What a load balancer does when a field is left out. */
export const LOAD_BALANCER_DEFAULTS: Readonly<NodeParams<LoadBalancerNode>> = Object.freeze({
  algorithm: 'round-robin',
  healthCheck: null,
  outlierDetection: null,
});

/** A health check's fields when `healthCheck: {}` leaves them out (Envoy-like figures). */
export const HEALTH_CHECK_DEFAULTS: Readonly<HealthCheck> = Object.freeze({
  interval: 5,
  unhealthyThreshold: 3,
  healthyThreshold: 2,
});

/** Outlier detection's fields when `outlierDetection: {}` leaves them out (Envoy's defaults). */
export const OUTLIER_DETECTION_DEFAULTS: Readonly<OutlierDetection> = Object.freeze({
  consecutiveFailures: 5,
  ejectionTime: 30,
  maxEjectedShare: 0.5,
});

const seconds = () =>
  v.pipe(
    numberIn(0, LIMITS.healthInterval, 's'),
    v.check((x) => x > 0, 'must be above 0 s'),
  );
const threshold = () => integerIn(1, LIMITS.healthThreshold);

const healthCheckSchema = strictFields(
  {
    interval: v.optional(seconds()),
    unhealthyThreshold: v.optional(threshold()),
    healthyThreshold: v.optional(threshold()),
  },
  'a health check { interval?, unhealthyThreshold?, healthyThreshold? } or null',
);

const outlierDetectionSchema = strictFields(
  {
    consecutiveFailures: v.optional(threshold()),
    ejectionTime: v.optional(seconds()),
    maxEjectedShare: v.optional(share()),
  },
  'outlier detection { consecutiveFailures?, ejectionTime?, maxEjectedShare? } or null',
);

export const loadBalancerSchema = kindFields('loadBalancer', {
  algorithm: v.optional(oneOf(LB_ALGORITHMS)),
  healthCheck: v.optional(v.nullable(healthCheckSchema)),
  outlierDetection: v.optional(v.nullable(outlierDetectionSchema)),
});

export type LoadBalancerInput = v.InferInput<typeof loadBalancerSchema>;

/** Fills in every default of a validated load balancer. */
export function toLoadBalancerNode(input: v.InferOutput<typeof loadBalancerSchema>): LoadBalancerNode {
  const hc = input.healthCheck;
  const od = input.outlierDetection;
  const h = HEALTH_CHECK_DEFAULTS;
  const o = OUTLIER_DETECTION_DEFAULTS;
  return {
    ...toBase('loadBalancer', input),
    algorithm: given(input.algorithm, LOAD_BALANCER_DEFAULTS.algorithm),
    healthCheck: hc
      ? {
          interval: given(hc.interval, h.interval),
          unhealthyThreshold: given(hc.unhealthyThreshold, h.unhealthyThreshold),
          healthyThreshold: given(hc.healthyThreshold, h.healthyThreshold),
        }
      : null,
    outlierDetection: od
      ? {
          consecutiveFailures: given(od.consecutiveFailures, o.consecutiveFailures),
          ejectionTime: given(od.ejectionTime, o.ejectionTime),
          maxEjectedShare: given(od.maxEjectedShare, o.maxEjectedShare),
        }
      : null,
  };
}

export const loadBalancerKind = defineNodeKind('loadBalancer', loadBalancerSchema, toLoadBalancerNode);
