/**
 * Places a scenario's nodes left to right when it carries no positions (the presets do not):
 * requests flow from the clients on the left to the consumers on the right, as on a whiteboard.
 *
 * Longest-path layering: a node's column is the length of the longest path reaching it, so every
 * edge points rightwards. Within a column nodes are ordered by the mean row of their predecessors
 * (fewer crossings), ties by scenario order, so the result is deterministic.
 */
import type { Position, Scenario } from '../scenario/types.ts';

export const COLUMN_GAP = 330;
export const ROW_GAP = 210;

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
  const row = ids.map(() => 0);
  const positions: Record<string, Position> = {};
  for (let x = 0; x < columns.length; x++) {
    const column = columns[x] ?? [];
    const key = (i: number): number =>
      x === 0 || preds[i].length === 0 ? i : preds[i].reduce((sum, p) => sum + row[p], 0) / preds[i].length;
    column.sort((a, b) => key(a) - key(b) || a - b);
    column.forEach((i, r) => {
      row[i] = r - (column.length - 1) / 2;
      positions[ids[i]] = { x: x * COLUMN_GAP, y: row[i] * ROW_GAP };
    });
  }

  // A position written in the scenario wins over the computed one.
  for (const node of scenario.nodes) if (node.position) positions[node.id] = { ...node.position };
  return positions;
}
