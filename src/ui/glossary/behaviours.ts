/**
 * One sentence on how each overflow policy behaves (docs/engine.md): the inspector's and the
 * component explanation's. The balancing algorithms' sentences are their records' lines
 * (src/content/algorithms).
 */
import type { OverflowPolicy } from '../../scenario/types.ts';

export const OVERFLOW_BEHAVIOUR: Readonly<Record<OverflowPolicy, string>> = {
  'reject-new':
    'When the queue is full it rejects new jobs with 503, so the producer finds out at once and the jobs already waiting are kept.',
  'drop-oldest':
    'When the queue is full it throws away the oldest waiting job to make room: fresh work wins, old work is lost (evicted).',
  'dead-letter':
    'When the queue is full it moves the oldest waiting job to a dead-letter queue, where it is kept for someone to inspect or replay later.',
  block:
    'When the queue is full the producer must wait until there is room (backpressure): nothing is lost, but the backlog moves upstream to the producer.',
};
