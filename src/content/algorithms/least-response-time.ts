import { ALGORITHM_NAME } from '../algorithm-names.ts';
import type { ContentRecord } from '../content-record.ts';

export const LEAST_RESPONSE_TIME: ContentRecord = {
  name: ALGORITHM_NAME['least-response-time'],
  line: 'Least response time remembers how quickly each server has been answering and prefers the fastest one, weighted by how many requests it has open.',
  body: 'The balancer keeps a running average of each server’s response time. A fast server with few open requests scores best. It adapts to servers that slow down, a little after the fact.',
  glossary: {
    id: 'least-response-time',
    aliases: ['least response time'],
    seeAlso: [],
  },
};
