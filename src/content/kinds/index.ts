/** Every node kind's record (content-record.ts), one file each. */
import type { NodeKind } from '../../scenario/types.ts';
import type { ContentRecord } from '../content-record.ts';
import { CLIENT } from './client.ts';
import { LOAD_BALANCER } from './load-balancer.ts';
import { GATEWAY } from './gateway.ts';
import { ORCHESTRATOR } from './orchestrator.ts';
import { SERVICE } from './service.ts';
import { QUEUE } from './queue.ts';

export const KIND_CONTENT: Readonly<Record<NodeKind, ContentRecord>> = {
  client: CLIENT,
  loadBalancer: LOAD_BALANCER,
  gateway: GATEWAY,
  orchestrator: ORCHESTRATOR,
  service: SERVICE,
  queue: QUEUE,
};
