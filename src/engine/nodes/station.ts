/**
 * What gateways, orchestrators and services share: `workers` serving in parallel and a FIFO
 * waiting room of `capacity` slots (waiting only, never those in service). How many workers there
 * are and where an idle one looks for work is station-workers.ts.
 */
import type { GatewayNode, OrchestratorNode, ServiceNode } from '../../scenario/types.ts';
import { sampleDuration } from '../distribution.ts';
import { EV_DONE } from '../event-kinds.ts';
import { finish } from '../flow.ts';
import { QUEUE_FULL } from '../outcome-codes.ts';
import type { NodeState } from '../node-state.ts';
import { DOT_STATE } from '../report-types.ts';
import type { Simulation } from '../simulation.ts';
import type { Token } from '../token.ts';
import { isTraced, recordStep } from '../trace.ts';
import { joinLine } from '../waiting-line.ts';

/** The node kinds that have workers. */
export type StationNode = GatewayNode | OrchestratorNode | ServiceNode;

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
