/**
 * The orchestration layer: for each request it calls every outgoing target (all at once, or one
 * after another in edge order), waits for all of them, then spends its aggregation time on a
 * worker and answers. The first branch to fail decides the request's outcome; a sequential
 * orchestrator stops calling at that point.
 */
import { breakerAdmits, breakerRecord } from '../breaker.ts';
import { finish, send } from '../flow.ts';
import type { NodeState } from '../node-state.ts';
import { CIRCUIT_OPEN, OK } from '../outcome-codes.ts';
import { DOT_STATE } from '../report-types.ts';
import type { OrchestratorNode } from '../../scenario/types.ts';
import type { Simulation } from '../simulation.ts';
import { TOKEN_BRANCH, type Token } from '../token.ts';
import { leaveWorker, stationAccept } from './station.ts';
import { pullNext } from './station-workers.ts';

export function orchestratorArrive(sim: Simulation, node: NodeState, parent: Token): void {
  const nowS = sim.nowS;
  node.stats.arrival(nowS);
  node.stats.integrate(nowS);
  node.stats.other++;
  node.joining++;
  parent.arrivedS = nowS;
  parent.node = node.index;
  parent.state = DOT_STATE.joining;
  parent.failedOutcome = -1;
  const targets = node.outEdges;
  if ((node.params as OrchestratorNode).mode === 'parallel') {
    // Count every branch before sending any: one may answer synchronously.
    parent.pendingBranches = targets.length;
    parent.nextBranch = targets.length;
    targets.forEach((edgeIndex, position) => spawnBranch(sim, parent, edgeIndex, position + 1));
  } else {
    parent.pendingBranches = 1;
    parent.nextBranch = 1;
    spawnBranch(sim, parent, targets[0], 1);
  }
}

function spawnBranch(sim: Simulation, parent: Token, edgeIndex: number, lane: number): void {
  const branch = sim.allocate(TOKEN_BRANCH);
  branch.id = parent.id;
  branch.inheritFrom(parent);
  branch.createdS = sim.nowS;
  branch.parent = parent;
  branch.lane = lane;
  if (
    sim.nodes[parent.node].breakers !== null &&
    !breakerAdmits(sim, sim.nodes[parent.node], lane - 1, branch)
  ) {
    // Refused by the edge's breaker: the branch fails at once; the parent's failure is counted here.
    finish(sim, branch, CIRCUIT_OPEN, -1);
    return;
  }
  send(sim, branch, edgeIndex);
}

/** A branch answered. The join completes when the last one has. */
export function branchDone(sim: Simulation, parent: Token, outcome: number, lane = 0, epoch = -1): void {
  const node = sim.nodes[parent.node];
  if (node.breakers !== null && lane > 0) breakerRecord(sim, node, lane - 1, epoch, outcome);
  if (outcome !== OK && parent.failedOutcome < 0) parent.failedOutcome = outcome;
  parent.pendingBranches--;
  const targets = node.outEdges;
  if (parent.pendingBranches > 0) return;
  if (parent.failedOutcome < 0 && parent.nextBranch < targets.length) {
    parent.pendingBranches = 1;
    spawnBranch(sim, parent, targets[parent.nextBranch], parent.nextBranch + 1);
    parent.nextBranch++;
    return;
  }
  node.stats.integrate(sim.nowS);
  node.stats.other--;
  node.joining--;
  if (parent.failedOutcome >= 0) finish(sim, parent, parent.failedOutcome, node.index);
  else stationAccept(sim, node, parent, false);
}

/** Aggregation finished: the orchestrator answers its caller. */
export function orchestratorDone(sim: Simulation, node: NodeState, parent: Token): void {
  leaveWorker(sim, node, parent);
  node.stats.complete(sim.nowS);
  finish(sim, parent, OK, node.index);
  pullNext(sim, node);
}
