/**
 * A crashed node (a `crash` fault) is down: what it holds is lost and ends `unavailable` where it
 * is — in service, waiting, or (at an orchestrator) waiting for its calls — and every arrival ends
 * `unavailable` at once. The same refusal serves a service marked `down`.
 */
import { EV_CANCELLED } from './event-kinds.ts';
import { finish } from './flow.ts';
import { KIND_ORCHESTRATOR, type NodeState } from './node-state.ts';
import { jobDoneAtConsumer } from './nodes/queue.ts';
import { releasePromise } from './nodes/station.ts';
import { pullNext } from './nodes/station-workers.ts';
import { UNAVAILABLE } from './outcome-codes.ts';
import { DOT_STATE } from './report-types.ts';
import { dotFlags } from './snapshot.ts';
import type { Simulation } from './simulation.ts';
import { TOKEN_JOB, type Token } from './token.ts';
import { leaveLine } from './waiting-line.ts';

/** A request or job reaches a node that is down: it ends `unavailable` there, at once. */
export function refuseArrival(sim: Simulation, node: NodeState, token: Token): void {
  releasePromise(node, token);
  node.stats.arrival(sim.nowS);
  // A job that was on its way from its queue when the consumer went down leaves the queue's system.
  if (token.queueNode >= 0) {
    token.startS = sim.nowS;
    jobDoneAtConsumer(sim, token, UNAVAILABLE);
  }
  finish(sim, token, UNAVAILABLE, node.index);
}

/** The node just crashed: everything it holds ends `unavailable`, in a fixed order. */
export function loseWork(sim: Simulation, node: NodeState): void {
  const inService: Token[] = [];
  const joining: Token[] = [];
  for (const token of sim.active) {
    if (token.node !== node.index) continue;
    if (token.state === DOT_STATE.inService && token.workerSlot >= 0) inService.push(token);
    else if (token.state === DOT_STATE.joining && node.kind === KIND_ORCHESTRATOR) joining.push(token);
  }
  // Oldest first, so the order of endings does not depend on the pool's layout.
  inService.sort((a, b) => a.id - b.id || a.lane - b.lane);
  node.lostInCrash = inService.length + node.line.length;
  for (const token of inService) {
    markLost(sim, node, token, DOT_STATE.inService, token.workerSlot);
    loseInService(sim, node, token);
  }
  for (let place = 0; node.line.length > 0; place++) {
    const token = leaveLine(sim, node);
    markLost(sim, node, token, DOT_STATE.waiting, place);
    finish(sim, token, UNAVAILABLE, node.index);
  }
  // Calls already made cannot be recalled: the request fails when they answer, and no more are made.
  for (const parent of joining) {
    parent.failedOutcome = UNAVAILABLE;
    parent.nextBranch = node.outEdges.length;
  }
}

/** Tells the view where a lost request stood, so it ends there visibly (no effect on the run). */
function markLost(sim: Simulation, node: NodeState, token: Token, state: number, pos: number): void {
  sim.recordLost({ nodeIndex: node.index, state, pos, flags: dotFlags(token) });
}

function loseInService(sim: Simulation, node: NodeState, token: Token): void {
  if (token.doneEvent >= 0) sim.queue.cancel(token.doneEvent, EV_CANCELLED);
  token.doneEvent = -1;
  node.stats.integrate(sim.nowS);
  node.stats.busy--;
  node.busy--;
  if (token.workerSlot < node.workers) node.freeSlots.push(token.workerSlot);
  token.workerSlot = -1;
  if (token.pendingAcks > 0) {
    // A worker held by publishes under `block`: the jobs go on without a publisher to free.
    for (const other of sim.active)
      if (other.kind === TOKEN_JOB && other.holder === token) other.holder = null;
    token.pendingAcks = 0;
  }
  if (token.queueNode >= 0) jobDoneAtConsumer(sim, token, UNAVAILABLE);
  finish(sim, token, UNAVAILABLE, node.index);
}

/** The crash healed: idle workers take work again (from queues and `fifo` balancers in front). */
export function resumeAfterCrash(sim: Simulation, node: NodeState): void {
  pullNext(sim, node);
}
