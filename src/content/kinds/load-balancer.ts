import { KIND_NAME } from '../kind-names.ts';
import type { ContentRecord } from '../content-record.ts';

export const LOAD_BALANCER: ContentRecord = {
  name: KIND_NAME.loadBalancer,
  line: 'A load balancer decides which of several identical servers gets each request, in no time.',
  body: 'One machine cannot serve a very large audience, so several servers run side by side behind one address. The balancer hands each request to one of them. Its algorithm decides how even the work is and how long the slowest requests take.',
  glossary: {
    id: 'load-balancer',
    aliases: ['load balancer', 'balancer', 'load balancing'],
    seeAlso: ['round-robin', 'least-connections', 'fifo', 'power-of-two-choices'],
  },
};
