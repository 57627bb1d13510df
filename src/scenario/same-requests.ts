/**
 * Whether B's clients send exactly A's requests. A client's requests (instants, users, routes,
 * credentials) come from its own random streams, derived from the seed and its id, so on the same
 * seed they are the same in A and B exactly when the client itself is unchanged. A label or a
 * position draws nothing, and an edge's latency delays requests without changing them.
 */
import type { Scenario } from './types.ts';

export interface SameRequests {
  holds: boolean;
  /** Clients of A that B changed or removed. */
  changedClients: string[];
}

export function sameRequests(a: Scenario, b: Scenario): SameRequests {
  const changedClients: string[] = [];
  const strip = (node: object) => JSON.stringify({ ...node, label: undefined, position: undefined });
  for (const node of a.nodes) {
    if (node.kind !== 'client') continue;
    const other = b.nodes.find((candidate) => candidate.id === node.id);
    if (!other || strip(other) !== strip(node)) changedClients.push(node.id);
  }
  return { holds: changedClients.length === 0, changedClients };
}
