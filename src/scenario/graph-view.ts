/**
 * The topology alone, read leniently from the raw input so that graph rules can be checked even
 * when some node parameters are invalid: every problem is reported in one pass.
 */
import type { NodeKind } from './types.ts';

export interface GraphNode {
  id: string;
  kind: NodeKind;
  /** Where the node sits in the input, e.g. `nodes[id=api]`. */
  path: string;
  /** A load balancer's algorithm, as given (may be invalid or absent). */
  algorithm?: unknown;
}

export interface GraphEdge {
  from: string;
  to: string;
  route?: string;
  weight: number;
  /** Where the edge sits in the input, e.g. `edges[3]`. */
  path: string;
}

export interface GraphView {
  nodes: GraphNode[];
  /** Ids of nodes whose kind is missing or unknown (reported elsewhere): they exist, but no kind rule applies. */
  otherIds: string[];
  edges: GraphEdge[];
}
