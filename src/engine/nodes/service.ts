/**
 * A service: an application server, a microservice, a monolith or a queue consumer. After
 * service, `errorRate` of requests fail; a `down` (or crashed) service answers `unavailable` at once. Its
 * outgoing edges go to queues: one job per finished request, published without waiting — except
 * under `block`, where the worker holds until every job it published has been accepted.
 */
import { createJob, finish, send } from '../flow.ts';
import type { NodeState } from '../node-state.ts';
import { refuseArrival } from '../crash.ts';
import { ERROR, OK } from '../outcome-codes.ts';
import type { RandomStream } from '../random.ts';
import type { ServiceNode } from '../../scenario/types.ts';
import type { Simulation } from '../simulation.ts';
import type { Token } from '../token.ts';
import { jobDoneAtConsumer, mustBlock } from './queue.ts';
import { leaveWorker, stationAccept } from './station.ts';
import { pullNext } from './station-workers.ts';

export function serviceArrive(sim: Simulation, node: NodeState, token: Token): void {
  if ((node.params as ServiceNode).down) {
    refuseArrival(sim, node, token);
    return;
  }
  stationAccept(sim, node, token, true);
}

export function serviceDone(sim: Simulation, node: NodeState, token: Token): void {
  const params = node.params as ServiceNode;
  let failed = params.errorRate > 0 && node.random.next() < params.errorRate;
  // An `errors` fault draws again from its own stream: it fails if either draw fails.
  if (node.extraErrorRate > 0 && (node.faultRandom as RandomStream).next() < node.extraErrorRate)
    failed = true;
  if (failed) {
    release(sim, node, token, ERROR);
    return;
  }
  // One extra pending ack while publishing, so a synchronous acceptance cannot release the
  // worker before every edge has had its job.
  token.pendingAcks = 1;
  for (const edgeIndex of node.outEdges) {
    const job = createJob(sim, token, node.index);
    if (mustBlock(sim, sim.edges[edgeIndex].toIndex)) {
      job.holder = token;
      token.pendingAcks++;
    }
    send(sim, job, edgeIndex);
  }
  acknowledgePublish(sim, token);
}

/** One publish of `producer` was accepted (or refused); the last one frees its worker. */
export function acknowledgePublish(sim: Simulation, producer: Token): void {
  if (--producer.pendingAcks > 0) return;
  release(sim, sim.nodes[producer.node], producer, OK);
}

function release(sim: Simulation, node: NodeState, token: Token, outcome: number): void {
  // The queue's system is left first so a trace lists the queue before its consumer.
  if (token.queueNode >= 0) jobDoneAtConsumer(sim, token, outcome);
  leaveWorker(sim, node, token);
  if (outcome === OK) node.stats.complete(sim.nowS);
  finish(sim, token, outcome, node.index);
  pullNext(sim, node);
}
