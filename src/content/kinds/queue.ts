import { KIND_NAME } from '../kind-names.ts';
import type { ContentRecord } from '../content-record.ts';

export const QUEUE: ContentRecord = {
  name: KIND_NAME.queue,
  line: 'A queue stores jobs between a producer and its consumers, so neither has to wait for the other.',
  body: 'The producer hands a job to the queue and moves on at once. Consumers take the oldest job whenever they are free. A queue absorbs bursts, but if work arrives faster than it is consumed, the backlog grows until the queue is full.',
  glossary: {
    id: 'process-queue',
    term: 'Process queue',
    aliases: ['process queue', 'message queue', 'queue'],
    seeAlso: ['producer', 'consumer', 'backlog', 'overflow-policy'],
  },
};
