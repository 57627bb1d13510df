/**
 * The node kinds' names. Apart from their records (kinds/) because the diagram shows them on the
 * first page, and the records' prose loads on demand (initial JavaScript budget, DESIGN.md
 * section 6); each record takes its name from here.
 */
import type { NodeKind } from '../scenario/types.ts';

/** As on the diagram, in menus and headings. */
export const KIND_NAME: Readonly<Record<NodeKind, string>> = {
  client: 'Client',
  loadBalancer: 'Load balancer',
  gateway: 'API gateway',
  orchestrator: 'Orchestrator',
  service: 'Service',
  queue: 'Queue',
};
