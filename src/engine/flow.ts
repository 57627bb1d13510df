/**
 * How tokens move: along an edge (`send`), into a node (`arriveAt`, dispatched by kind in
 * node-kinds.ts) and out of the run (`finish`, where every token gets its one outcome). Every
 * kind imports this module, so it reaches the kinds only through `sim.handlers` (kind-handlers.ts).
 */
import type { Deque } from '../lib/deque.ts';
import { OUTCOMES } from '../scenario/types.ts';
import { EV_HOP } from './event-kinds.ts';
import { KIND_QUEUE } from './node-state.ts';
import { IS_DROP, OK } from './outcome-codes.ts';
import { DOT_STATE } from './report-types.ts';
import type { Simulation } from './simulation.ts';
import { isTraced, recordStep } from './trace.ts';
import { TOKEN_ATTEMPT, TOKEN_BRANCH, TOKEN_JOB, TOKEN_REQUEST, type Token } from './token.ts';

/** Puts a token on an edge; with no latency it arrives at once. Across a cut it waits at the cut. */
export function send(sim: Simulation, token: Token, edgeIndex: number): void {
  const edge = sim.edges[edgeIndex];
  sim.edgeCounts[edgeIndex]++;
  token.edge = edgeIndex;
  token.node = edge.toIndex;
  if (edge.cut) {
    waitAtCut(edge.pile as Deque<Token>, token);
    return;
  }
  crossEdge(sim, token, edgeIndex);
}

/** The hop itself: the edge's latency plus any a fault adds. */
export function crossEdge(sim: Simulation, token: Token, edgeIndex: number): void {
  const edge = sim.edges[edgeIndex];
  const latency = edge.latency + edge.extraLatency;
  if (isTraced(sim, token)) {
    const toS = sim.nowS + latency;
    recordStep(sim, token, {
      kind: 'travel',
      nodeIndex: edge.toIndex,
      edgeIndex,
      fromS: sim.nowS,
      startS: sim.nowS,
      toS,
    });
  }
  if (latency > 0) {
    token.state = DOT_STATE.traveling;
    token.departS = sim.nowS;
    token.arriveS = sim.nowS + latency;
    sim.queue.schedule(token.arriveS, EV_HOP, edge.toIndex, token.slot);
  } else {
    sim.handlers.arriveAt(sim, token, sim.nodes[edge.toIndex]);
  }
}

function waitAtCut(pile: Deque<Token>, token: Token): void {
  token.state = DOT_STATE.atCut;
  token.lineSeq = pile.pushedCount;
  pile.push(token);
}

/**
 * Ends a token with its outcome. `nodeIndex` is the node that decided it (-1 when a publisher is
 * simply acknowledged). Balancers on its way learn the answer, a branch reports to its join, and
 * a request or job is counted once.
 */
export function finish(sim: Simulation, token: Token, outcome: number, nodeIndex: number): void {
  const nowS = sim.nowS;
  if (outcome !== OK && nodeIndex >= 0) {
    sim.nodes[nodeIndex].stats.fail(nowS, outcome, IS_DROP[outcome]);
    sim.recordEnding({ nodeIndex, outcome: OUTCOMES[outcome], atS: nowS, mobile: token.mobile });
  }
  // The publisher learns its job's fate: decided at the queue, or by the consumer that ran it.
  if (
    token.publisher >= 0 &&
    nodeIndex >= 0 &&
    (token.kind === TOKEN_JOB || sim.nodes[nodeIndex].kind === KIND_QUEUE)
  ) {
    sim.nodes[token.publisher].publishing.end(nowS, outcome);
  }
  if (isTraced(sim, token)) {
    recordStep(
      sim,
      token,
      { kind: 'end', nodeIndex, edgeIndex: -1, fromS: nowS, startS: nowS, toS: nowS },
      outcome,
    );
  }
  const frames = token.frames;
  for (let i = frames.length - 3; i >= 0; i -= 3)
    sim.handlers.answeredBy(sim, frames[i], frames[i + 1], frames[i + 2], outcome);
  if (token.holder !== null) {
    const holder = token.holder;
    token.holder = null;
    sim.handlers.acknowledgePublish(sim, holder);
  }
  if (token.kind === TOKEN_BRANCH) {
    const parent = token.parent as Token;
    const { lane, breakerEpoch } = token;
    sim.release(token);
    sim.handlers.branchDone(sim, parent, outcome, lane, breakerEpoch);
    return;
  }
  if (token.kind === TOKEN_ATTEMPT) {
    const caller = token.parent;
    const epoch = token.breakerEpoch;
    const decidedAt = nodeIndex >= 0 ? nodeIndex : token.node;
    sim.release(token);
    sim.handlers.attemptFinished(sim, caller, outcome, decidedAt, epoch);
    return;
  }
  if (token.kind === TOKEN_REQUEST) {
    sim.requests.finished++;
    sim.requests.byOutcome[outcome]++;
    const client = sim.nodes[token.client];
    if (outcome === OK) {
      client.stats.complete(nowS);
      sim.clientStats.get(token.client)?.answered(nowS, token.createdS);
    } else {
      client.stats.fail(nowS, outcome, false);
    }
  } else if (token.kind === TOKEN_JOB) {
    sim.jobs.finished++;
    sim.jobs.byOutcome[outcome]++;
  }
  sim.release(token);
}

/** A job for the work a request (or job) publishes; it inherits the parent's identity for the view. */
export function createJob(sim: Simulation, parent: Token, publisher: number): Token {
  const job = sim.allocate(TOKEN_JOB);
  job.id = sim.nextId++;
  job.inheritFrom(parent);
  job.createdS = sim.nowS;
  job.publisher = publisher;
  sim.jobs.created++;
  if (isTraced(sim, parent)) sim.tracedIds.add(job.id);
  return job;
}
