/**
 * Timeouts and retries (DESIGN.md section 8). A caller — a client, or a gateway calling its routed
 * target — that has a timeout, a retry policy or breakers keeps its token and sends an *attempt*
 * for each try. When the timeout fires first the caller stops waiting: the attempt is *abandoned*,
 * not cancelled — it goes on using capacity downstream and its answer, when it comes, is dropped
 * and counted as a late answer where the work was done. Without those fields a caller sends its
 * token itself, exactly as in format 1.
 */
import type { ClientNode, GatewayNode, RetryPolicy } from '../scenario/types.ts';
import { breakerAdmits, breakerRecord } from './breaker.ts';
import { EV_RETRY, EV_TIMEOUT } from './event-kinds.ts';
import { finish, send } from './flow.ts';
import { KIND_GATEWAY, type NodeState } from './node-state.ts';
import { CIRCUIT_OPEN, OK, TIMEOUT } from './outcome-codes.ts';
import { DOT_STATE } from './report-types.ts';
import { backoffWaitS, CallerState } from './retry-policy.ts';
import type { Simulation } from './simulation.ts';
import { C_ATTEMPTS, C_LATE_ANSWERS, C_RETRIES, C_RETRIES_DENIED, C_TIMEOUTS } from './station-stats.ts';
import { TOKEN_ATTEMPT, type Token } from './token.ts';

type CallerParams = Pick<ClientNode | GatewayNode, 'timeout' | 'retry'>;

/** Sets up (or drops) the node's caller state after a change of its parameters. */
export function configureCaller(sim: Simulation, node: NodeState): void {
  const params = node.params as CallerParams & Partial<Pick<GatewayNode, 'circuitBreaker'>>;
  const calls = params.timeout !== null || params.retry !== null || (params.circuitBreaker ?? null) !== null;
  if (!calls) {
    // Tokens already calling finish their calls; the caller state stays for them.
    if (node.caller !== null) node.caller.configure(null);
    return;
  }
  node.caller ??= new CallerState(sim.seed, node.params.id);
  node.caller.configure(params.retry);
}

/** Does this node call through attempts (for tokens it sends from now on)? */
export function callsThroughAttempts(node: NodeState): boolean {
  if (node.caller === null) return false;
  const params = node.params as CallerParams & Partial<Pick<GatewayNode, 'circuitBreaker'>>;
  return params.timeout !== null || params.retry !== null || (params.circuitBreaker ?? null) !== null;
}

/** `caller` keeps `token` and calls `edgeIndex` for it, retrying as its policy says. */
export function startCall(sim: Simulation, caller: NodeState, token: Token, edgeIndex: number): void {
  const params = caller.params as CallerParams;
  token.node = caller.index;
  token.state = DOT_STATE.calling;
  token.callEdge = edgeIndex;
  token.attempts = 0;
  token.prevWaitS = params.retry?.backoff.base ?? 0;
  (caller.caller as CallerState).noteFirst(sim.nowS, params.retry?.budget ?? null);
  sendAttempt(sim, caller, token);
}

function sendAttempt(sim: Simulation, caller: NodeState, token: Token): void {
  const attempt = sim.allocate(TOKEN_ATTEMPT);
  attempt.id = token.id;
  attempt.inheritFrom(token);
  attempt.createdS = sim.nowS;
  attempt.parent = token;
  attempt.retryNo = token.attempts;
  attempt.lane = token.lane;
  token.attempts++;
  caller.stats.count(sim.nowS, C_ATTEMPTS);
  if (token.attempts > 1) caller.stats.count(sim.nowS, C_RETRIES);
  const position = caller.breakers === null ? -1 : caller.outEdges.indexOf(token.callEdge);
  if (position >= 0 && !breakerAdmits(sim, caller, position, attempt)) {
    sim.release(attempt);
    sim.recordEnding({
      nodeIndex: caller.index,
      outcome: 'circuit-open',
      atS: sim.nowS,
      mobile: token.mobile,
    });
    callEnded(sim, caller, token, CIRCUIT_OPEN);
    return;
  }
  token.call = attempt;
  const timeoutS = (caller.params as CallerParams).timeout;
  if (timeoutS !== null) {
    token.timerId = sim.nextTimerId++;
    sim.queue.schedule(sim.nowS + timeoutS, EV_TIMEOUT, caller.index, token.slot, token.timerId);
  } else {
    token.timerId = 0;
  }
  send(sim, attempt, token.callEdge);
}

/**
 * An attempt ended with `outcome` (already released). `nodeIndex` decided it (-1: an ack), and
 * `atNode` is where it was. An abandoned attempt's answer is late: counted where the work was done.
 */
export function attemptFinished(
  sim: Simulation,
  token: Token | null,
  outcome: number,
  decidedAt: number,
  epoch: number,
): void {
  if (token === null) {
    if (decidedAt >= 0) sim.nodes[decidedAt].stats.count(sim.nowS, C_LATE_ANSWERS);
    return;
  }
  const caller = sim.nodes[token.node];
  token.call = null;
  token.timerId = 0;
  if (caller.breakers !== null) {
    breakerRecord(sim, caller, caller.outEdges.indexOf(token.callEdge), epoch, outcome);
  }
  callEnded(sim, caller, token, outcome);
}

/** EV_TIMEOUT: the caller stops waiting for the attempt (if this timer is still the live one). */
export function callTimedOut(sim: Simulation, caller: NodeState, token: Token, timerId: number): void {
  if (token.timerId !== timerId || token.call === null) return;
  const attempt = token.call;
  attempt.parent = null;
  attempt.abandoned = true;
  token.call = null;
  token.timerId = 0;
  caller.stats.count(sim.nowS, C_TIMEOUTS);
  sim.recordEnding({ nodeIndex: caller.index, outcome: 'timeout', atS: sim.nowS, mobile: token.mobile });
  if (caller.breakers !== null) {
    breakerRecord(sim, caller, caller.outEdges.indexOf(token.callEdge), attempt.breakerEpoch, TIMEOUT);
  }
  callEnded(sim, caller, token, TIMEOUT);
}

/** EV_RETRY: the backoff is over, the retry goes out. */
export function retryDue(sim: Simulation, caller: NodeState, token: Token, timerId: number): void {
  if (token.timerId !== timerId) return;
  token.timerId = 0;
  sendAttempt(sim, caller, token);
}

/** One try ended: done, or retried after a backoff if the policy and the budget allow. */
function callEnded(sim: Simulation, caller: NodeState, token: Token, outcome: number): void {
  const retry = (caller.params as CallerParams).retry;
  const state = caller.caller as CallerState;
  if (outcome === OK || retry === null || !state.retriesOn(outcome) || token.attempts > retry.attempts) {
    endCall(sim, caller, token, outcome);
    return;
  }
  if (!state.budgetAllows(sim.nowS, retry.budget)) {
    caller.stats.count(sim.nowS, C_RETRIES_DENIED);
    endCall(sim, caller, token, outcome);
    return;
  }
  scheduleRetry(sim, caller, token, retry);
}

function scheduleRetry(sim: Simulation, caller: NodeState, token: Token, retry: RetryPolicy): void {
  const waitS = backoffWaitS(
    retry.backoff,
    token.attempts,
    token.prevWaitS,
    (caller.caller as CallerState).jitter,
  );
  token.prevWaitS = waitS;
  if (waitS > 0) {
    token.timerId = sim.nextTimerId++;
    sim.queue.schedule(sim.nowS + waitS, EV_RETRY, caller.index, token.slot, token.timerId);
  } else {
    sendAttempt(sim, caller, token);
  }
}

/**
 * The caller's final answer for its token. Outcomes decided downstream were counted there; a
 * gateway's own timeout or circuit-open counts at the gateway (a client's in its sent/failed).
 */
function endCall(sim: Simulation, caller: NodeState, token: Token, outcome: number): void {
  if (caller.kind === KIND_GATEWAY && (outcome === TIMEOUT || outcome === CIRCUIT_OPEN)) {
    caller.stats.fail(sim.nowS, outcome, false);
  }
  finish(sim, token, outcome, -1);
}
