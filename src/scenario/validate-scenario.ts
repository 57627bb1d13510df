/**
 * Validates a raw scenario of the current format: top-level fields, every node by its kind's
 * schema, every edge, then the graph rules. All problems are collected, none stops the others.
 */
import * as v from 'valibot';
import { parseEdge } from './edge.ts';
import { checkFault, FAULT_EDGE_SEPARATOR, parseFault } from './fault.ts';
import { childPath, issuesToErrors } from './error-path.ts';
import { formatNumber, integerIn, plainText, strictFields } from './fields.ts';
import { checkGraph } from './graph-rules.ts';
import type { GraphView } from './graph-view.ts';
import { ID_PATTERN, LIMITS } from './limits.ts';
import { parseNode } from './parse-node.ts';
import { describeValue } from './read-input.ts';
import {
  NODE_KINDS,
  SCENARIO_VERSION,
  type NodeKind,
  type Fault,
  type ParseResult,
  type Scenario,
  type ScenarioEdge,
  type ScenarioError,
  type ScenarioNode,
} from './types.ts';

/** Filled in when the scenario leaves them out. */
export const SCENARIO_DEFAULTS = Object.freeze({ name: 'Untitled scenario', seed: 1 });

const topSchema = strictFields(
  {
    version: v.literal(SCENARIO_VERSION),
    name: v.optional(plainText(LIMITS.nameChars)),
    seed: v.optional(integerIn(0, LIMITS.seed)),
    nodes: v.unknown(),
    edges: v.optional(v.unknown()),
    faults: v.optional(v.unknown()),
  },
  'a scenario { version, name?, seed?, nodes, edges, faults? }',
);

const CONFIG = { abortPipeEarly: true } as const;
const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isKind = (x: unknown): x is NodeKind =>
  typeof x === 'string' && (NODE_KINDS as readonly string[]).includes(x);

/** The scenario with its defaults, or every problem found. */
export function validateScenario(raw: Record<string, unknown>): ParseResult {
  const errors: ScenarioError[] = [];
  const top = v.safeParse(topSchema, raw, CONFIG);
  if (!top.success) errors.push(...issuesToErrors(top.issues, ''));

  const rawNodes = readList(raw.nodes, 'nodes', LIMITS.nodes, errors);
  const rawEdges = readList(raw.edges, 'edges', LIMITS.edges, errors);
  const nodePaths = pathsOf(rawNodes ?? []);

  const nodes = (rawNodes ?? []).map((node, i) => parseNode(node, nodePaths[i], errors));
  const edges = (rawEdges ?? []).map((edge, i) => {
    const result = parseEdge(edge);
    if (!result.ok) errors.push(...issuesToErrors(result.issues, `edges[${i}]`));
    return result.ok ? result.edge : undefined;
  });
  // The graph is only meaningful when both lists could be read; a missing list is reported above.
  if (rawNodes && rawEdges) errors.push(...checkGraph(graphOf(rawNodes, nodePaths, rawEdges)));
  const faults = readFaults(raw.faults, nodes, edges, errors);

  if (errors.length > 0 || !top.success) return { ok: false, errors };
  const scenario: Scenario = {
    version: SCENARIO_VERSION,
    name: top.output.name ?? SCENARIO_DEFAULTS.name,
    seed: top.output.seed ?? SCENARIO_DEFAULTS.seed,
    nodes: nodes.filter((n) => n !== undefined),
    edges: edges.filter((e) => e !== undefined),
    faults,
  };
  return { ok: true, scenario };
}

/** The faults, each checked against the nodes and edges that could be read. */
function readFaults(
  value: unknown,
  nodes: readonly (ScenarioNode | undefined)[],
  edges: readonly (ScenarioEdge | undefined)[],
  errors: ScenarioError[],
): Fault[] {
  const list = readList(value, 'faults', LIMITS.faults, errors) ?? [];
  const graph = {
    nodes: new Map(nodes.filter((n) => n !== undefined).map((n) => [n.id, n.kind] as const)),
    edges: new Set(
      edges.filter((e) => e !== undefined).map((e) => `${e.from}${FAULT_EDGE_SEPARATOR}${e.to}`),
    ),
  };
  const faults: Fault[] = [];
  list.forEach((raw, i) => {
    const path = childPath('faults', i);
    const result = parseFault(raw);
    if (!result.ok) {
      errors.push(...issuesToErrors(result.issues, path));
      return;
    }
    errors.push(...checkFault(result.fault, path, graph));
    faults.push(result.fault);
  });
  return faults;
}

/** A bounded list; undefined when absent (edges default to none) or unusable (reported). */
function readList(value: unknown, path: 'nodes' | 'edges' | 'faults', max: number, errors: ScenarioError[]) {
  if (value === undefined) return path === 'nodes' ? undefined : [];
  if (!Array.isArray(value)) {
    errors.push({ path, message: `must be a list [...] of ${path}; got ${describeValue(value)}` });
    return undefined;
  }
  if (value.length > max) {
    errors.push({
      path,
      message: `may hold at most ${formatNumber(max)} ${path}; got ${formatNumber(value.length)}`,
    });
    return undefined;
  }
  return value as unknown[];
}

/** `nodes[id=api]` when the id is valid and unique (readable), else `nodes[2]` (unambiguous). */
function pathsOf(rawNodes: readonly unknown[]): string[] {
  const ids = rawNodes.map((node) =>
    isRecord(node) && typeof node.id === 'string' && ID_PATTERN.test(node.id) ? node.id : undefined,
  );
  const count = new Map<string, number>();
  for (const id of ids) if (id) count.set(id, (count.get(id) ?? 0) + 1);
  return ids.map((id, i) => (id && count.get(id) === 1 ? `nodes[id=${id}]` : childPath('nodes', i)));
}

/** The topology as far as it can be read, for the graph rules. */
function graphOf(
  rawNodes: readonly unknown[],
  nodePaths: readonly string[],
  rawEdges: readonly unknown[],
): GraphView {
  const graph: GraphView = { nodes: [], otherIds: [], edges: [] };
  rawNodes.forEach((node, i) => {
    if (!isRecord(node) || typeof node.id !== 'string') return;
    if (isKind(node.kind)) {
      graph.nodes.push({ id: node.id, kind: node.kind, path: nodePaths[i], algorithm: node.algorithm });
    } else {
      graph.otherIds.push(node.id);
    }
  });
  rawEdges.forEach((edge, i) => {
    if (!isRecord(edge) || typeof edge.from !== 'string' || typeof edge.to !== 'string') return;
    graph.edges.push({
      from: edge.from,
      to: edge.to,
      route: typeof edge.route === 'string' ? edge.route : undefined,
      weight: typeof edge.weight === 'number' ? edge.weight : 1,
      path: `edges[${i}]`,
    });
  });
  return graph;
}
