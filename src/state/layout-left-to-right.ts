/**
 * Places a scenario's nodes left to right when it carries no positions (the presets do not):
 * requests flow from the clients on the left to the consumers on the right, as on a whiteboard.
 *
 * Longest-path layering: a node's column is the length of the longest path reaching it, so every
 * edge points rightwards. Within a column nodes are ordered by the mean row of their predecessors
 * (fewer crossings), ties by scenario order, so the result is deterministic. Each column is
 * stacked from an estimate of each kind's drawn height and centred on y = 0.
 */
import type { NodeKind, Position, Scenario } from '../scenario/types.ts';

export const COLUMN_GAP = 316;
/** Extra room between two columns per edge beyond four, so crowded meshes keep readable labels. */
export const GAP_PER_EXTRA_EDGE = 20;
/** Vertical space between two nodes of a column. */
export const ROW_GAP = 44;
/** Roughly how tall each kind of node is drawn (zoomed out, when its text is largest). */
export const NODE_HEIGHT: Record<NodeKind, number> = {
  client: 130,
  loadBalancer: 180,
  gateway: 195,
  orchestrator: 175,
  service: 180,
  queue: 220,
};

export function layoutLeftToRight(scenario: Pick<Scenario, 'nodes' | 'edges'>): Record<string, Position> {
  const ids = scenario.nodes.map((node) => node.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const preds: number[][] = ids.map(() => []);
  const succs: number[][] = ids.map(() => []);
  for (const edge of scenario.edges) {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (from === undefined || to === undefined || from === to) continue;
    preds[to].push(from);
    succs[from].push(to);
  }

  // Kahn's order; nodes left on a cycle keep the depth reached so far.
  const depth = ids.map(() => 0);
  const pending = preds.map((p) => p.length);
  const ready = ids.map((_, i) => i).filter((i) => pending[i] === 0);
  for (let head = 0; head < ready.length; head++) {
    const n = ready[head];
    for (const m of succs[n]) {
      depth[m] = Math.max(depth[m], depth[n] + 1);
      if (--pending[m] === 0) ready.push(m);
    }
  }

  const columns: number[][] = [];
  ids.forEach((_, i) => (columns[depth[i]] ??= []).push(i));
  const edgesAfter = columns.map(() => 0);
  succs.forEach((targets, from) =>
    targets.forEach((to) => depth[to] === depth[from] + 1 && edgesAfter[depth[from]]++),
  );
  const columnX = [0];
  for (let c = 1; c < columns.length; c++) {
    columnX[c] = columnX[c - 1] + COLUMN_GAP + GAP_PER_EXTRA_EDGE * Math.max(0, edgesAfter[c - 1] - 4);
  }
  const row = ids.map(() => 0);
  const kinds = scenario.nodes.map((node) => node.kind);
  const positions: Record<string, Position> = {};
  for (let x = 0; x < columns.length; x++) {
    const column = columns[x] ?? [];
    const key = (i: number): number =>
      x === 0 || preds[i].length === 0 ? i : preds[i].reduce((sum, p) => sum + row[p], 0) / preds[i].length;
    column.sort((a, b) => key(a) - key(b) || a - b);
    const height = column.reduce((sum, i) => sum + NODE_HEIGHT[kinds[i]], 0) + ROW_GAP * (column.length - 1);
    let y = -height / 2;
    column.forEach((i, r) => {
      row[i] = r - (column.length - 1) / 2;
      positions[ids[i]] = { x: columnX[x], y: Math.round(y) };
      y += NODE_HEIGHT[kinds[i]] + ROW_GAP;
    });
  }

  // A position written in the scenario wins over the computed one.
  for (const node of scenario.nodes) if (node.position) positions[node.id] = { ...node.position };
  return positions;
}
