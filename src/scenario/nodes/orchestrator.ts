/**
 * Orchestrator: calls every outgoing target for each request (in parallel, or one after another
 * in edge order) and answers when all have answered.
 */
import * as v from 'valibot';
import { capacity, integerIn, oneOf } from '../fields.ts';
import { distributionSchema, toDistribution } from '../distribution.ts';
import { LIMITS } from '../limits.ts';
import type { OrchestratorNode } from '../types.ts';
import { circuitBreakerSchema, toCircuitBreaker } from '../resilience.ts';
import { defineNodeKind, given, kindFields, toBase, type NodeParams } from './node-base.ts';

/** What an orchestrator does when a field is left out: fan out in parallel at no extra cost. */
export const ORCHESTRATOR_DEFAULTS: Readonly<NodeParams<OrchestratorNode>> = Object.freeze({
  workers: 8,
  serviceTime: Object.freeze({ dist: 'constant', mean: 0 }),
  capacity: null,
  mode: 'parallel',
  circuitBreaker: null,
});

export const orchestratorSchema = kindFields('orchestrator', {
  workers: v.optional(integerIn(1, LIMITS.workers)),
  serviceTime: v.optional(distributionSchema),
  capacity: v.optional(capacity()),
  mode: v.optional(oneOf(['parallel', 'sequential'])),
  circuitBreaker: v.optional(circuitBreakerSchema),
});

export type OrchestratorInput = v.InferInput<typeof orchestratorSchema>;

/** Fills in every default of a validated orchestrator. */
export function toOrchestratorNode(input: v.InferOutput<typeof orchestratorSchema>): OrchestratorNode {
  const d = ORCHESTRATOR_DEFAULTS;
  return {
    ...toBase('orchestrator', input),
    workers: given(input.workers, d.workers),
    serviceTime: input.serviceTime === undefined ? { ...d.serviceTime } : toDistribution(input.serviceTime),
    capacity: given(input.capacity, d.capacity),
    mode: given(input.mode, d.mode),
    circuitBreaker: toCircuitBreaker(input.circuitBreaker),
  };
}

export const orchestratorKind = defineNodeKind('orchestrator', orchestratorSchema, toOrchestratorNode);
