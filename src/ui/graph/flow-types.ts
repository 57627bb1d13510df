/** The React Flow node and edge types of the graph. */
import type { Edge, Node } from '@xyflow/react';
import type { NodeKind } from '../../scenario/types.ts';

export type FlowNodeData = { label: string; kind: NodeKind; index: number };
export type FlowNode = Node<FlowNodeData, NodeKind>;

export type FlowEdgeData = { index: number; async: boolean };
export type FlowEdge = Edge<FlowEdgeData, 'throughput'>;
