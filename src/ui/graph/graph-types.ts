/** nodeTypes and edgeTypes at module scope: React Flow re-mounts every node if these change identity. */
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { ClientNodeView } from './nodes/client-node.tsx';
import { GatewayNodeView } from './nodes/gateway-node.tsx';
import { LoadBalancerNodeView } from './nodes/load-balancer-node.tsx';
import { OrchestratorNodeView } from './nodes/orchestrator-node.tsx';
import { QueueNodeView } from './nodes/queue-node.tsx';
import { ServiceNodeView } from './nodes/service-node.tsx';
import { ThroughputEdge } from './throughput-edge.tsx';

export const NODE_TYPES: NodeTypes = {
  client: ClientNodeView,
  loadBalancer: LoadBalancerNodeView,
  gateway: GatewayNodeView,
  orchestrator: OrchestratorNodeView,
  service: ServiceNodeView,
  queue: QueueNodeView,
};

export const EDGE_TYPES: EdgeTypes = { throughput: ThroughputEdge };
