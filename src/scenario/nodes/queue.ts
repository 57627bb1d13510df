/**
 * Queue: a message broker's queue. Its consumers are the services on its outgoing edges; what
 * happens when it is full is its `overflow` policy.
 */
import * as v from 'valibot';
import { capacity, oneOf } from '../fields.ts';
import { OVERFLOW_POLICIES, type QueueNode } from '../types.ts';
import { defineNodeKind, given, kindFields, toBase, type NodeParams } from './node-base.ts';

/** What a queue does when a field is left out: unbounded, refusing new jobs if ever bounded. */
export const QUEUE_DEFAULTS: Readonly<NodeParams<QueueNode>> = Object.freeze({
  capacity: null,
  overflow: 'reject-new',
});

export const queueSchema = kindFields('queue', {
  capacity: v.optional(capacity()),
  overflow: v.optional(oneOf(OVERFLOW_POLICIES)),
});

export type QueueInput = v.InferInput<typeof queueSchema>;

/** Fills in every default of a validated queue. */
export function toQueueNode(input: v.InferOutput<typeof queueSchema>): QueueNode {
  return {
    ...toBase('queue', input),
    capacity: given(input.capacity, QUEUE_DEFAULTS.capacity),
    overflow: given(input.overflow, QUEUE_DEFAULTS.overflow),
  };
}

export const queueKind = defineNodeKind('queue', queueSchema, toQueueNode);
