/**
 * Places a scenario's nodes when it carries no positions (the presets do not): requests flow from
 * the clients to the consumers, left to right as on a whiteboard, or top to bottom on a narrow
 * (phone) screen, where a wide diagram would be shrunk to unreadable text.
 *
 * Longest-path layering: a node's layer is the length of the longest path reaching it, so every
 * edge points forwards. Within a layer nodes are ordered by the mean place of their predecessors
 * (fewer crossings), ties by scenario order, so the result is deterministic.
 *
 * Edge length: the gap between layers is wide enough for a rate label beside the edge and room
 * for the dots to travel in view (in the 30-vs-5 preset 80-unit edges showed one to three
 * dots under their label). A diagram of few layers gets longer edges, since the screen has room
 * for them; a crowded fan gets a little more, so its labels can stand apart.
 */
import type { NodeKind, Position, Scenario } from '../scenario/types.ts';

/** The drawn node width (NODE_WIDTH in ui/graph/node-geometry.ts; a test checks they agree). */
export const NODE_BOX_WIDTH = 236;
/** Base step from one column to the next: a node and the gap its edges cross. */
export const COLUMN_GAP = 316;
/** Longer edges per layer a diagram has fewer than six of (30-vs-5 has four: 160-unit edges). */
export const GAP_PER_MISSING_LAYER = 40;
/** Extra room between two columns per edge beyond four, so crowded fans keep readable labels. */
export const GAP_PER_EXTRA_EDGE = 8;
/** Vertical space between two nodes of a column. */
export const ROW_GAP = 14;
/** Top to bottom: the horizontal space between two nodes of a row. */
export const SIDE_GAP = 32;
/** Top to bottom: the vertical gap between two rows, the edges' length. */
export const ROW_STEP_GAP = 96;
/** Roughly how tall each kind of node is drawn (zoomed out, when its text is largest). */
export const NODE_HEIGHT: Record<NodeKind, number> = {
  client: 140,
  loadBalancer: 185,
  gateway: 235,
  orchestrator: 160,
  service: 190,
  queue: 270,
};

/** A node that publishes to a queue shows two more lines: its jobs published and lost. */
export const PUBLISHER_EXTRA_HEIGHT = 72;

/**
 * One figure row of a node card (zoomed out), for the rows the overload defences add: a caller's
 * tries, goodput and 504s, a breaker's opens, an autoscaled service's workers and those starting (two rows), and the "wasted"
 * work a service does after a caller gave up (shown once there is some, so it is reserved).
 */
export const DEFENCE_ROW_HEIGHT = 30;

/** How many figure rows the defences add to a node's card; 0 for a scenario without them. */
export function defenceRows(node: Scenario['nodes'][number], anyTimeout: boolean): number {
  switch (node.kind) {
    case 'client':
      return node.timeout !== null || node.retry !== null ? 3 : 0;
    case 'gateway':
      return (node.timeout !== null || node.retry !== null ? 1 : 0) + (node.circuitBreaker !== null ? 1 : 0);
    case 'orchestrator':
      return node.circuitBreaker !== null ? 1 : 0;
    case 'service':
      return (anyTimeout ? 2 : 0) + (node.autoscale !== null ? 2 : 0);
    default:
      return 0;
  }
}

export type FlowDirection = 'right' | 'down';

interface Layers {
  ids: string[];
  kinds: NodeKind[];
  /** Each node's expected drawn height (its kind's, plus the publisher lines). */
  heights: number[];
  preds: number[][];
  depth: number[];
  /** Node indexes per layer, ordered to limit crossings. */
  layers: number[][];
  /** Per layer, how many edges leave it for the next one. */
  edgesAfter: number[];
}

function layer(scenario: Pick<Scenario, 'nodes' | 'edges'>): Layers {
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
  const layers: number[][] = [];
  ids.forEach((_, i) => (layers[depth[i]] ??= []).push(i));
  for (let l = 0; l < layers.length; l++) layers[l] ??= [];
  const edgesAfter = layers.map(() => 0);
  succs.forEach((targets, from) =>
    targets.forEach((to) => depth[to] === depth[from] + 1 && edgesAfter[depth[from]]++),
  );
  const rank = ids.map(() => 0);
  layers.forEach((nodes, l) => {
    const key = (i: number): number =>
      l === 0 || preds[i].length === 0 ? i : preds[i].reduce((sum, p) => sum + rank[p], 0) / preds[i].length;
    nodes.sort((a, b) => key(a) - key(b) || a - b);
    nodes.forEach((i, r) => (rank[i] = r - (nodes.length - 1) / 2));
  });
  const kinds = scenario.nodes.map((n) => n.kind);
  const anyTimeout = scenario.nodes.some((n) => 'timeout' in n && n.timeout !== null);
  const heights = kinds.map(
    (kind, i) =>
      NODE_HEIGHT[kind] +
      (succs[i].some((t) => kinds[t] === 'queue') ? PUBLISHER_EXTRA_HEIGHT : 0) +
      defenceRows(scenario.nodes[i], anyTimeout) * DEFENCE_ROW_HEIGHT,
  );
  return { ids, kinds, heights, preds, depth, layers, edgesAfter };
}

/** The gap edges cross after layer `l`. */
function edgeGap(l: number, { layers, edgesAfter }: Layers, base: number): number {
  return (
    base +
    GAP_PER_MISSING_LAYER * Math.max(0, 6 - layers.length) +
    GAP_PER_EXTRA_EDGE * Math.max(0, edgesAfter[l] - 4)
  );
}

function keepGiven(scenario: Pick<Scenario, 'nodes'>, positions: Record<string, Position>) {
  // A position written in the scenario wins over the computed one.
  for (const node of scenario.nodes) if (node.position) positions[node.id] = { ...node.position };
  return positions;
}

export function layoutLeftToRight(scenario: Pick<Scenario, 'nodes' | 'edges'>): Record<string, Position> {
  const l = layer(scenario);
  const positions: Record<string, Position> = {};
  let x = 0;
  l.layers.forEach((column, c) => {
    const height = column.reduce((sum, i) => sum + l.heights[i], 0) + ROW_GAP * (column.length - 1);
    let y = -height / 2;
    for (const i of column) {
      positions[l.ids[i]] = { x, y: Math.round(y) };
      y += l.heights[i] + ROW_GAP;
    }
    x += NODE_BOX_WIDTH + edgeGap(c, l, COLUMN_GAP - NODE_BOX_WIDTH);
  });
  return keepGiven(scenario, positions);
}

export function layoutTopToBottom(scenario: Pick<Scenario, 'nodes' | 'edges'>): Record<string, Position> {
  const l = layer(scenario);
  const positions: Record<string, Position> = {};
  let y = 0;
  l.layers.forEach((row, r) => {
    const width = row.length * NODE_BOX_WIDTH + SIDE_GAP * (row.length - 1);
    row.forEach((i, k) => {
      positions[l.ids[i]] = { x: Math.round(-width / 2 + k * (NODE_BOX_WIDTH + SIDE_GAP)), y };
    });
    y += Math.max(...row.map((i) => l.heights[i])) + edgeGap(r, l, ROW_STEP_GAP);
  });
  return keepGiven(scenario, positions);
}

export function layoutGraph(
  scenario: Pick<Scenario, 'nodes' | 'edges'>,
  direction: FlowDirection,
): Record<string, Position> {
  return direction === 'down' ? layoutTopToBottom(scenario) : layoutLeftToRight(scenario);
}
