/**
 * The topology rules of format v1 (docs/scenario-format.md, "Graph rules"): what may connect to
 * what, so the engine never meets a shape it has no meaning for.
 */
import { didYouMean } from './did-you-mean.ts';
import { findCycles } from './find-cycles.ts';
import type { GraphEdge, GraphNode, GraphView } from './graph-view.ts';
import { aKind, named, quoted as q } from './kind-names.ts';
import { checkOutgoing } from './outgoing-rules.ts';
import type { ScenarioError } from './types.ts';

/** Every graph-rule violation, in input order. */
export function checkGraph(graph: GraphView): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const byId = new Map<string, GraphNode>();
  for (const node of graph.nodes) {
    const first = byId.get(node.id);
    if (first) {
      errors.push({
        path: `${node.path}.id`,
        message: `duplicate id ${q(node.id)}: ${first.path} has it already`,
      });
    } else {
      byId.set(node.id, node);
    }
  }
  if (!graph.nodes.some((node) => node.kind === 'client')) {
    errors.push({ path: 'nodes', message: 'needs at least one client: without one, nothing sends requests' });
  }
  const ids = new Set([...byId.keys(), ...graph.otherIds]);
  const joined = checkEndpoints(graph.edges, ids, errors);
  for (const edge of joined) {
    const [from, to] = [byId.get(edge.from), byId.get(edge.to)];
    if (from && to) checkEdgeKinds(edge, from, to, errors);
  }
  for (const node of byId.values()) {
    checkOutgoing(
      node,
      joined.filter((edge) => edge.from === node.id),
      errors,
    );
  }
  errors.push(...findCycles([...ids], joined));
  return errors;
}

/** Reports edges to missing nodes, self-edges and repeats; returns the edges that join two nodes once. */
function checkEndpoints(edges: readonly GraphEdge[], ids: ReadonlySet<string>, errors: ScenarioError[]) {
  const joined: GraphEdge[] = [];
  const seen = new Map<string, GraphEdge>();
  for (const edge of edges) {
    let ok = true;
    for (const end of ['from', 'to'] as const) {
      if (ids.has(edge[end])) continue;
      const guess = didYouMean(edge[end], [...ids]);
      const hint = guess ? `; did you mean ${q(guess)}?` : '';
      errors.push({ path: `${edge.path}.${end}`, message: `there is no node ${q(edge[end])}${hint}` });
      ok = false;
    }
    if (!ok) continue;
    if (edge.from === edge.to) {
      errors.push({
        path: edge.path,
        message: `goes from ${q(edge.from)} to itself: a request would loop forever`,
      });
      continue;
    }
    const key = `${edge.from}\u0000${edge.to}`;
    const first = seen.get(key);
    if (first) {
      errors.push({
        path: edge.path,
        message: `repeats ${first.path} (${q(edge.from)} → ${q(edge.to)}): two nodes are joined at most once`,
      });
      continue;
    }
    seen.set(key, edge);
    joined.push(edge);
  }
  return joined;
}

/** What may follow what: nothing into a client, services publish to queues, queues feed services. */
function checkEdgeKinds(edge: GraphEdge, from: GraphNode, to: GraphNode, errors: ScenarioError[]) {
  const hop = `${q(from.id)} → ${q(to.id)}`;
  if (to.kind === 'client') {
    errors.push({
      path: `${edge.path}.to`,
      message: `points into ${named(to)}: clients only send requests, nothing may send to them`,
    });
  } else if (from.kind === 'service' && to.kind !== 'queue') {
    errors.push({
      path: edge.path,
      message:
        `${hop}: a service's outgoing edges publish jobs to queues only, and ${q(to.id)} is ${aKind(to.kind)}. ` +
        'To call several services and wait for all of them, send the request to an orchestrator',
    });
  } else if (from.kind === 'queue' && to.kind !== 'service') {
    errors.push({
      path: edge.path,
      message: `${hop}: a queue's outgoing edges lead to its consumers, which must be services; ${q(to.id)} is ${aKind(to.kind)}`,
    });
  }
  if (edge.route !== undefined && from.kind !== 'gateway') {
    errors.push({
      path: `${edge.path}.route`,
      message: `only edges leaving a gateway have a route; ${q(from.id)} is ${aKind(from.kind)}`,
    });
  }
}
