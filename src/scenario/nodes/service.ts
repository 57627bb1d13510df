/**
 * Service: an application server, microservice, monolith or queue consumer. Workers serve in
 * parallel; the rest wait first-in-first-out in a waiting room of `capacity` slots.
 */
import * as v from 'valibot';
import { capacity, flag, integerIn, share } from '../fields.ts';
import { distributionSchema, toDistribution } from '../distribution.ts';
import { LIMITS } from '../limits.ts';
import type { ServiceNode } from '../types.ts';
import { autoscaleSchema, toAutoscale } from '../resilience.ts';
import { defineNodeKind, given, kindFields, toBase, type NodeParams } from './node-base.ts';

/** What a service does when a field is left out: one worker, 0.1 s exponential, never fails. */
export const SERVICE_DEFAULTS: Readonly<NodeParams<ServiceNode>> = Object.freeze({
  workers: 1,
  serviceTime: Object.freeze({ dist: 'exponential', mean: 0.1 }),
  capacity: null,
  errorRate: 0,
  down: false,
  autoscale: null,
});

export const serviceSchema = kindFields('service', {
  workers: v.optional(integerIn(1, LIMITS.workers)),
  serviceTime: v.optional(distributionSchema),
  capacity: v.optional(capacity()),
  errorRate: v.optional(share()),
  down: v.optional(flag()),
  autoscale: v.optional(autoscaleSchema),
});

export type ServiceInput = v.InferInput<typeof serviceSchema>;

/** Fills in every default of a validated service. */
export function toServiceNode(input: v.InferOutput<typeof serviceSchema>): ServiceNode {
  const d = SERVICE_DEFAULTS;
  return {
    ...toBase('service', input),
    workers: given(input.workers, d.workers),
    serviceTime: input.serviceTime === undefined ? { ...d.serviceTime } : toDistribution(input.serviceTime),
    capacity: given(input.capacity, d.capacity),
    errorRate: given(input.errorRate, d.errorRate),
    down: given(input.down, d.down),
    autoscale: toAutoscale(input.autoscale),
  };
}

export const serviceKind = defineNodeKind('service', serviceSchema, toServiceNode);
