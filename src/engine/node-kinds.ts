/**
 * Every node kind's handlers, declared in one place: how it is configured from its parameters,
 * what starts it, what happens when a token arrives, and when a worker finishes; and the table of
 * calls the lower layers make back into the kinds (KIND_HANDLERS, see kind-handlers.ts).
 */
import {
  KIND_CLIENT,
  KIND_GATEWAY,
  KIND_LB,
  KIND_ORCHESTRATOR,
  KIND_QUEUE,
  KIND_SERVICE,
  type NodeState,
} from './node-state.ts';
import { configureClient, scheduleArrivals } from './nodes/client.ts';
import { gatewayDone } from './nodes/gateway.ts';
import { answeredBy, configureLoadBalancer, loadBalancerArrive } from './nodes/load-balancer.ts';
import { branchDone, orchestratorArrive, orchestratorDone } from './nodes/orchestrator.ts';
import { configureQueue, queueArrive } from './nodes/queue.ts';
import { acknowledgePublish, serviceArrive, serviceDone } from './nodes/service.ts';
import { stationAccept, type StationNode } from './nodes/station.ts';
import { configureStation } from './nodes/station-workers.ts';
import type { GatewayNode, OrchestratorNode } from '../scenario/types.ts';
import { configureBreakers } from './breaker.ts';
import { attemptFinished, configureCaller } from './callers.ts';
import { configureScaler } from './autoscaler.ts';
import type { KindHandlers } from './kind-handlers.ts';
import { refuseArrival } from './crash.ts';
import type { Simulation } from './simulation.ts';
import type { Token } from './token.ts';

/** Applies the node's current parameters to its running state (at creation and after a live change). */
export function configureNode(sim: Simulation, node: NodeState): void {
  switch (node.kind) {
    case KIND_CLIENT:
      configureClient(sim, node);
      return configureCaller(sim, node);
    case KIND_LB:
      return configureLoadBalancer(sim, node);
    case KIND_QUEUE:
      return configureQueue(sim, node);
    default:
      configureStation(sim, node, node.params as StationNode);
      if (node.kind === KIND_SERVICE) configureScaler(sim, node);
      if (node.kind === KIND_GATEWAY) configureCaller(sim, node);
      if (node.kind !== KIND_SERVICE) {
        configureBreakers(node, (node.params as GatewayNode | OrchestratorNode).circuitBreaker);
      }
  }
}

export function startNode(sim: Simulation, node: NodeState): void {
  if (node.kind === KIND_CLIENT) scheduleArrivals(sim, node, true);
}

export function arriveAt(sim: Simulation, token: Token, node: NodeState): void {
  if (node.crashed) {
    refuseArrival(sim, node, token);
    return;
  }
  switch (node.kind) {
    case KIND_LB:
      return loadBalancerArrive(sim, node, token);
    case KIND_GATEWAY:
      return stationAccept(sim, node, token, true);
    case KIND_ORCHESTRATOR:
      return orchestratorArrive(sim, node, token);
    case KIND_SERVICE:
      return serviceArrive(sim, node, token);
    case KIND_QUEUE:
      return queueArrive(sim, node, token);
    case KIND_CLIENT:
      throw new Error('a request cannot be sent to a client');
  }
}

export function workerDone(sim: Simulation, node: NodeState, token: Token): void {
  switch (node.kind) {
    case KIND_GATEWAY:
      return gatewayDone(sim, node, token);
    case KIND_ORCHESTRATOR:
      return orchestratorDone(sim, node, token);
    case KIND_SERVICE:
      return serviceDone(sim, node, token);
  }
}

/** The calls flow.ts and queue.ts make back up the layers (kind-handlers.ts); `sim.handlers`. */
export const KIND_HANDLERS: KindHandlers = {
  arriveAt,
  answeredBy,
  acknowledgePublish,
  branchDone,
  attemptFinished,
};
