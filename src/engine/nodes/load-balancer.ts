/**
 * The load balancer picks one target per request in zero time — except `fifo`, which keeps one
 * shared first-in-first-out line and hands a request over only when a target has an idle worker.
 * Targets are positions in its outgoing edge list.
 */
import { finish, send } from '../flow.ts';
import { UNAVAILABLE } from '../outcome-codes.ts';
import { KIND_GATEWAY, KIND_SERVICE, KIND_ORCHESTRATOR, type NodeState } from '../node-state.ts';
import type { LoadBalancerNode, ServiceNode } from '../../scenario/types.ts';
import type { Simulation } from '../simulation.ts';
import type { Token } from '../token.ts';
import { joinLine, leaveLine } from '../waiting-line.ts';
import { isTraced, recordStep } from '../trace.ts';
import { pickInRotation, pickTarget } from './balancing.ts';
import { configureHealth, noteAnswer } from './target-health.ts';

/** Weight of the newest response time in the least-response-time average. */
const EWMA_WEIGHT = 0.3;

export function configureLoadBalancer(sim: Simulation, node: NodeState): void {
  const targets = node.outEdges.length;
  if (node.outstanding.length !== targets) {
    node.outstanding = new Int32Array(targets);
    node.forwarded = new Float64Array(targets);
    node.responseEwmaS = new Float64Array(targets);
    node.smoothWeights = new Float64Array(targets);
  }
  configureHealth(sim, node);
  // Leaving `fifo`: the shared line is handed out under the new algorithm, oldest first.
  if (!isFifo(node))
    while (node.line.length > 0) forwardHead(sim, node, pickTarget(sim, node, node.line.peek() as Token));
}

export function loadBalancerArrive(sim: Simulation, node: NodeState, token: Token): void {
  node.stats.arrival(sim.nowS);
  token.arrivedS = sim.nowS;
  token.waited = false;
  const health = node.health;
  const restricted = health !== null && !health.allIn;
  if (restricted && health.available.length === 0) {
    // With no target in rotation there is nobody to send it to: it ends at once.
    finish(sim, token, UNAVAILABLE, node.index);
    return;
  }
  if (!isFifo(node)) {
    const position = restricted
      ? pickInRotation(sim, node, token, health.available)
      : pickTarget(sim, node, token);
    forward(sim, node, token, position);
    return;
  }
  const target = node.line.length === 0 ? acceptingTarget(sim, node) : -1;
  if (target >= 0) {
    forward(sim, node, token, target);
    return;
  }
  token.waited = true;
  joinLine(sim, node, token);
}

function isFifo(node: NodeState): boolean {
  return (node.params as LoadBalancerNode).algorithm === 'fifo';
}

function forward(sim: Simulation, node: NodeState, token: Token, position: number): void {
  const nowS = sim.nowS;
  node.stats.visit(token.arrivedS, token.arrivedS, nowS, nowS, token.waited);
  if (isTraced(sim, token)) {
    const fromS = token.arrivedS;
    recordStep(sim, token, {
      kind: 'visit',
      nodeIndex: node.index,
      edgeIndex: -1,
      fromS,
      startS: nowS,
      toS: nowS,
    });
  }
  node.stats.complete(nowS);
  node.outstanding[position]++;
  node.forwarded[position]++;
  token.frames.push(node.index, position, nowS);
  const edgeIndex = node.outEdges[position];
  const edge = sim.edges[edgeIndex];
  if (isFifo(node) && edge.latency > 0 && hasWorkersToPromise(sim.nodes[edge.toIndex])) {
    sim.nodes[edge.toIndex].reserved++;
    token.reserved = true;
  }
  send(sim, token, edgeIndex);
}

function forwardHead(sim: Simulation, node: NodeState, position: number): void {
  forward(sim, node, leaveLine(sim, node), position);
}

/** Services and gateways start a request on arrival; an orchestrator fans out first. */
function hasWorkersToPromise(node: NodeState): boolean {
  return node.kind === KIND_SERVICE || node.kind === KIND_GATEWAY;
}

function isStation(node: NodeState): boolean {
  return node.kind === KIND_SERVICE || node.kind === KIND_GATEWAY || node.kind === KIND_ORCHESTRATOR;
}

/** Can this target start a request now? Non-stations always can; a down or crashed one answers at once. */
function canAccept(target: NodeState): boolean {
  if (!isStation(target) || target.kind === KIND_ORCHESTRATOR || target.crashed) return true;
  if (target.kind === KIND_SERVICE && (target.params as ServiceNode).down) return true;
  return target.busy + target.reserved < target.workers && target.line.length === 0;
}

/** The next target (rotating) with an idle worker, or -1. */
function acceptingTarget(sim: Simulation, node: NodeState): number {
  const targets = node.outEdges.length;
  for (let i = 0; i < targets; i++) {
    const position = (node.cursor + i) % targets;
    if (node.health !== null && !node.health.inRotation(position)) continue;
    if (canAccept(sim.nodes[sim.edges[node.outEdges[position]].toIndex])) {
      node.cursor = (position + 1) % targets;
      return position;
    }
  }
  return -1;
}

/** A station has an idle worker: it takes the oldest request waiting at a `fifo` balancer in front of it. */
export function pullForStation(sim: Simulation, station: NodeState): boolean {
  let source: NodeState | null = null;
  for (const feederIndex of station.fifoFeeders) {
    const feeder = sim.nodes[feederIndex];
    if (feeder.line.length === 0 || !isFifo(feeder)) continue;
    if (feeder.health !== null && !feeder.health.inRotation(positionAt(sim, feeder, station))) continue;
    if (source === null || (feeder.line.peek() as Token).arrivedS < (source.line.peek() as Token).arrivedS) {
      source = feeder;
    }
  }
  if (source === null) return false;
  forwardHead(sim, source, positionAt(sim, source, station));
  return true;
}

function positionAt(sim: Simulation, balancer: NodeState, station: NodeState): number {
  return balancer.outEdges.findIndex((edgeIndex) => sim.edges[edgeIndex].toIndex === station.index);
}

/** A request this balancer forwarded has been answered, whatever the outcome. */
export function answeredBy(
  sim: Simulation,
  nodeIndex: number,
  position: number,
  forwardedS: number,
  outcome: number,
): void {
  const node = sim.nodes[nodeIndex];
  if (node.health !== null) noteAnswer(sim, node, position, outcome);
  node.outstanding[position]--;
  const responseS = sim.nowS - forwardedS;
  const previous = node.responseEwmaS[position];
  node.responseEwmaS[position] = previous === 0 ? responseS : previous + EWMA_WEIGHT * (responseS - previous);
}
