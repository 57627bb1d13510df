import type { NodeKind } from './types.ts';
import { quoteText } from './quote-text.ts';

/** An id in prose: 'api' (clipped and escaped: the graph rules also name ids that are not valid). */
export const quoted = (id: string): string => quoteText(id);

/** How each kind is named in prose ("load balancer 'lb' needs..."). */
export const NODE_KIND_NAMES: Readonly<Record<NodeKind, string>> = {
  client: 'client',
  loadBalancer: 'load balancer',
  gateway: 'gateway',
  orchestrator: 'orchestrator',
  service: 'service',
  queue: 'queue',
};

/** A node in prose: "load balancer 'lb'". */
export function named(node: { id: string; kind: NodeKind }): string {
  return `${NODE_KIND_NAMES[node.kind]} ${quoted(node.id)}`;
}

/** A kind with its article: "an orchestrator", "a load balancer". */
export function aKind(kind: NodeKind): string {
  const name = NODE_KIND_NAMES[kind];
  return `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name}`;
}
