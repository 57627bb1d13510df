/**
 * Load balancer: picks one outgoing target per request, in zero time, by its algorithm.
 */
import * as v from 'valibot';
import { oneOf } from '../fields.ts';
import { LB_ALGORITHMS, type LoadBalancerNode } from '../types.ts';
import { defineNodeKind, given, kindFields, toBase, type NodeParams } from './node-base.ts';

/** What a load balancer does when a field is left out. */
export const LOAD_BALANCER_DEFAULTS: Readonly<NodeParams<LoadBalancerNode>> = Object.freeze({
  algorithm: 'round-robin',
});

export const loadBalancerSchema = kindFields('loadBalancer', {
  algorithm: v.optional(oneOf(LB_ALGORITHMS)),
});

export type LoadBalancerInput = v.InferInput<typeof loadBalancerSchema>;

/** Fills in every default of a validated load balancer. */
export function toLoadBalancerNode(input: v.InferOutput<typeof loadBalancerSchema>): LoadBalancerNode {
  return {
    ...toBase('loadBalancer', input),
    algorithm: given(input.algorithm, LOAD_BALANCER_DEFAULTS.algorithm),
  };
}

export const loadBalancerKind = defineNodeKind('loadBalancer', loadBalancerSchema, toLoadBalancerNode);
