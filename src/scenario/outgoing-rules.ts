/**
 * Rules on a node's outgoing edges: how many each kind must have, and an unambiguous routing
 * table for gateways.
 */
import type { GraphEdge, GraphNode } from './graph-view.ts';
import { named, quoted as q } from './kind-names.ts';
import type { ScenarioError } from './types.ts';

const NEEDS = {
  loadBalancer: 'the servers it balances across',
  gateway: 'the nodes it routes to',
  orchestrator: 'the nodes it calls',
} as const;

/** How many edges each kind must send on, and the gateway's routing table being unambiguous. */
export function checkOutgoing(node: GraphNode, out: readonly GraphEdge[], errors: ScenarioError[]) {
  const targets = out.map((edge) => q(edge.to)).join(', ');
  switch (node.kind) {
    case 'client':
      if (out.length === 0) {
        errors.push({
          path: node.path,
          message: `${named(node)} sends to exactly one node; it has no outgoing edge`,
        });
      } else if (out.length > 1) {
        errors.push({
          path: node.path,
          message: `${named(node)} sends to exactly one node; it has ${out.length} outgoing edges (to ${targets}). To spread its requests, send them to a load balancer`,
        });
      }
      return;
    case 'queue':
      if (out.length === 0) {
        errors.push({
          path: node.path,
          message: `${named(node)} needs at least one consumer: add an edge from it to a service`,
        });
      }
      return;
    case 'loadBalancer':
    case 'gateway':
    case 'orchestrator': {
      const what = NEEDS[node.kind];
      if (out.length === 0)
        errors.push({ path: node.path, message: `${named(node)} needs at least one outgoing edge: ${what}` });
      if (node.kind === 'gateway') checkRoutingTable(node, out, errors);
      if (
        node.kind === 'loadBalancer' &&
        node.algorithm === 'weighted-round-robin' &&
        out.length > 0 &&
        out.every((e) => e.weight === 0)
      ) {
        errors.push({
          path: `${node.path}.algorithm`,
          message: `weighted round robin needs at least one outgoing edge with a weight above 0; every edge of ${q(node.id)} has weight 0`,
        });
      }
      return;
    }
    case 'service':
      return;
  }
}

/** Each route at most once per gateway, and at most one default (route-less) edge. */
function checkRoutingTable(node: GraphNode, out: readonly GraphEdge[], errors: ScenarioError[]) {
  const byRoute = new Map<string | undefined, GraphEdge>();
  for (const edge of out) {
    const first = byRoute.get(edge.route);
    if (!first) {
      byRoute.set(edge.route, edge);
    } else if (edge.route === undefined) {
      errors.push({
        path: edge.path,
        message: `${named(node)} already has a default edge without a route (${first.path}); give this edge a route such as '/orders'`,
      });
    } else {
      errors.push({
        path: `${edge.path}.route`,
        message: `${named(node)} already routes ${q(edge.route ?? '')} through ${first.path}; each route appears once per gateway`,
      });
    }
  }
}
