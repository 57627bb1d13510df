/**
 * The node kinds, keyed by `kind`. Adding a kind means one new file here and one entry below.
 */
import type { NodeKind } from '../types.ts';
import { clientKind, type ClientInput } from './client.ts';
import { gatewayKind, type GatewayInput } from './gateway.ts';
import { loadBalancerKind, type LoadBalancerInput } from './load-balancer.ts';
import type { NodeKindSpec } from './node-base.ts';
import { orchestratorKind, type OrchestratorInput } from './orchestrator.ts';
import { queueKind, type QueueInput } from './queue.ts';
import { serviceKind, type ServiceInput } from './service.ts';

export const NODE_KIND_SPECS: Readonly<Record<NodeKind, NodeKindSpec>> = {
  client: clientKind,
  loadBalancer: loadBalancerKind,
  gateway: gatewayKind,
  orchestrator: orchestratorKind,
  service: serviceKind,
  queue: queueKind,
};

/** A node as a file may hold it: only id and kind required. */
export type NodeInput =
  ClientInput | LoadBalancerInput | GatewayInput | OrchestratorInput | ServiceInput | QueueInput;

export { CLIENT_DEFAULTS } from './client.ts';
export {
  LOAD_BALANCER_DEFAULTS,
  HEALTH_CHECK_DEFAULTS,
  OUTLIER_DETECTION_DEFAULTS,
} from './load-balancer.ts';
export { GATEWAY_DEFAULTS, RATE_LIMIT_DEFAULTS } from './gateway.ts';
export { ORCHESTRATOR_DEFAULTS } from './orchestrator.ts';
export { SERVICE_DEFAULTS } from './service.ts';
export { QUEUE_DEFAULTS } from './queue.ts';
export type { ClientInput, GatewayInput, LoadBalancerInput, OrchestratorInput, QueueInput, ServiceInput };
export type { NodeKindSpec, NodeParams } from './node-base.ts';
