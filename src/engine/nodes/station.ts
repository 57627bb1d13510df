/**
 * What gateways, orchestrators and services share: `workers` serving in parallel and a FIFO
 * waiting room of `capacity` slots (waiting only, never those in service).
 */
import type { GatewayNode, OrchestratorNode, ServiceNode } from '../../scenario/types.ts';
import { sampleDuration } from '../distribution.ts';
import { EV_DONE } from '../event-kinds.ts';
import { finish } from '../flow.ts';
import { clampWorkers, configureScaler } from '../autoscaler.ts';
import { KIND_SERVICE, type NodeState } from '../node-state.ts';
import { QUEUE_FULL } from '../outcome-codes.ts';
import { DOT_STATE } from '../report-types.ts';
import type { Simulation } from '../simulation.ts';
import type { Token } from '../token.ts';
import { isTraced, recordStep } from '../trace.ts';
import { joinLine, leaveLine } from '../waiting-line.ts';
import { pullForStation } from './load-balancer.ts';
import { offerToConsumer, updateConsumerWorkers } from './queue.ts';

/** The node kinds that have workers. */
export type StationNode = GatewayNode | OrchestratorNode | ServiceNode;

/** Applies `workers` and `capacity`; more workers start on the waiting line at once. */
export function configureStation(sim: Simulation, node: NodeState, params: StationNode): void {
  node.capacity = params.capacity ?? Infinity;
  const autoscale = 'autoscale' in params ? params.autoscale : null;
  // An autoscaled service keeps the count its autoscaler reached; `workers` is where it starts.
  const workers =
    autoscale === null
      ? params.workers
      : clampWorkers(node.scaler === null ? params.workers : node.workers, autoscale);
  resizeWorkers(sim, node, workers);
  if (node.kind === KIND_SERVICE) configureScaler(sim, node);
}

/** Sets how many workers serve; more start on the waiting line at once, fewer let busy ones finish. */
export function resizeWorkers(sim: Simulation, node: NodeState, workers: number): void {
  node.stats.integrate(sim.nowS);
  node.stats.servers = workers + node.starting;
  node.workers = workers;
  const inUse = new Set<number>();
  for (const token of sim.active)
    if (token.node === node.index && token.workerSlot >= 0) inUse.add(token.workerSlot);
  node.freeSlots = [];
  for (let slot = workers - 1; slot >= 0; slot--) if (!inUse.has(slot)) node.freeSlots.push(slot);
  for (const queueIndex of node.sourceQueues) updateConsumerWorkers(sim, sim.nodes[queueIndex]);
  pullNext(sim, node);
}

/** A token arrives at a station: served at once, queued, or refused when the room is full. */
export function stationAccept(sim: Simulation, node: NodeState, token: Token, countArrival: boolean): void {
  const nowS = sim.nowS;
  if (countArrival) {
    node.stats.arrival(nowS);
    token.arrivedS = nowS;
  }
  token.queuedS = nowS;
  token.node = node.index;
  token.waited = false;
  // A worker promised to a token on the wire is kept for it: free for nobody else, and taken by
  // it on arrival even if others wait.
  const promised = releasePromise(node, token);
  if (node.busy + node.reserved < node.workers && (promised || node.line.length === 0)) {
    startService(sim, node, token);
  } else if (node.line.length >= node.capacity) {
    finish(sim, token, QUEUE_FULL, node.index);
  } else {
    token.waited = true;
    joinLine(sim, node, token);
  }
}

/** Clears the token's promised worker, if it had one; true when it had. */
export function releasePromise(node: NodeState, token: Token): boolean {
  if (!token.reserved) return false;
  token.reserved = false;
  node.reserved--;
  return true;
}

export function startService(sim: Simulation, node: NodeState, token: Token): void {
  const nowS = sim.nowS;
  node.stats.integrate(nowS);
  node.stats.busy++;
  node.busy++;
  token.node = node.index;
  token.state = DOT_STATE.inService;
  token.startS = nowS;
  token.workerSlot = node.freeSlots.pop() ?? node.busy - 1;
  const params = node.params as StationNode;
  // `slowFactor` is 1 unless a `slow` fault is active; × 1 leaves every duration exactly as it was.
  const durationS = sampleDuration(params.serviceTime, node.random) * node.slowFactor;
  token.doneEvent = sim.queue.schedule(nowS + durationS, EV_DONE, node.index, token.slot);
}

/** The worker that served `token` is free again; its visit is recorded. */
export function leaveWorker(sim: Simulation, node: NodeState, token: Token): void {
  const nowS = sim.nowS;
  node.stats.integrate(nowS);
  node.stats.busy--;
  node.busy--;
  if (token.workerSlot >= 0 && token.workerSlot < node.workers) node.freeSlots.push(token.workerSlot);
  token.workerSlot = -1;
  node.stats.visit(token.arrivedS, token.queuedS, token.startS, nowS, token.waited);
  if (isTraced(sim, token)) {
    const { arrivedS: fromS, queuedS, startS } = token;
    recordStep(sim, token, {
      kind: 'visit',
      nodeIndex: node.index,
      edgeIndex: -1,
      fromS,
      queuedS,
      startS,
      toS: nowS,
    });
  }
}

/** Fills idle workers: the station's own line first, then queues it consumes, then `fifo` balancers. */
export function pullNext(sim: Simulation, node: NodeState): void {
  while (node.busy + node.reserved < node.workers && node.line.length > 0) {
    startService(sim, node, leaveLine(sim, node));
  }
  while (node.busy + node.reserved < node.workers && node.line.length === 0) {
    if (!offerToConsumer(sim, node) && !pullForStation(sim, node)) break;
  }
}
