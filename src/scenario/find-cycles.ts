/**
 * Directed cycles. A request that can come back to a node it has passed would loop forever (and
 * an orchestrator waiting on itself would never answer), so every cycle is an error.
 */
import type { GraphEdge } from './graph-view.ts';
import type { ScenarioError } from './types.ts';

/**
 * One error per edge that closes a cycle in a depth-first search, naming the cycle's nodes in
 * order (`'a' → 'b' → 'a'`) at that edge's path. Every cycle has at least one such edge, so none
 * goes unreported. Self-edges are reported elsewhere.
 */
export function findCycles(ids: readonly string[], edges: readonly GraphEdge[]): ScenarioError[] {
  const out = new Map<string, GraphEdge[]>(ids.map((id) => [id, []]));
  for (const edge of edges) if (edge.from !== edge.to) out.get(edge.from)?.push(edge);

  const errors: ScenarioError[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  // Depth-first search; a node is "open" while on the trail, so an edge to an open node closes a cycle.
  // Depth is bounded by the node limit (200), so recursion is safe.
  const visit = (id: string): void => {
    state.set(id, 'open');
    trail.push(id);
    for (const edge of out.get(id) ?? []) {
      const seen = state.get(edge.to);
      if (seen === 'open') {
        const loop = [...trail.slice(trail.indexOf(edge.to)), edge.to];
        errors.push({
          path: edge.path,
          message: `closes a cycle ${loop.map((n) => `'${n}'`).join(' → ')}: a request would loop forever`,
        });
      } else if (seen === undefined) {
        visit(edge.to);
      }
    }
    trail.pop();
    state.set(id, 'done');
  };
  for (const id of ids) if (!state.has(id)) visit(id);
  return errors;
}
