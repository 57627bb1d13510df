/**
 * The structural part of a scenario: which nodes and edges exist. The graph rebuilds its React
 * Flow nodes and edges only when this changes, never when a parameter or a live figure does.
 */
import type { NodeKind, Scenario } from '../scenario/types.ts';

export interface TopologyNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** Index in the scenario (and in the engine's per-node arrays). */
  index: number;
}

export interface TopologyEdge {
  /** Stable React Flow id. */
  id: string;
  source: string;
  target: string;
  /** Index in the scenario (and in the engine's per-edge arrays). */
  index: number;
  /** An edge into a queue publishes and does not wait: drawn dashed. */
  async: boolean;
}

export interface Topology {
  nodes: TopologyNode[];
  edges: TopologyEdge[];
  /** Outgoing edge indexes per node id, in scenario order. */
  outEdges: Record<string, number[]>;
  /** Services fed by a queue: that queue's consumers. */
  isConsumer: Record<string, boolean>;
}

export function topologyOf(scenario: Scenario): Topology {
  const kindOf = new Map(scenario.nodes.map((node) => [node.id, node.kind]));
  const outEdges: Record<string, number[]> = {};
  const isConsumer: Record<string, boolean> = {};
  for (const node of scenario.nodes) outEdges[node.id] = [];
  const edges = scenario.edges.map((edge, index) => {
    outEdges[edge.from]?.push(index);
    if (kindOf.get(edge.from) === 'queue') isConsumer[edge.to] = true;
    return {
      id: `e${index}-${edge.from}-${edge.to}`,
      source: edge.from,
      target: edge.to,
      index,
      async: kindOf.get(edge.to) === 'queue',
    };
  });
  const nodes = scenario.nodes.map((node, index) => ({
    id: node.id,
    kind: node.kind,
    label: node.label,
    index,
  }));
  return { nodes, edges, outEdges, isConsumer };
}
