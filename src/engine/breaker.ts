/**
 * A circuit breaker on one outgoing edge of a gateway or orchestrator (DESIGN.md section 8).
 * Closed: it remembers the outcomes of the last `window` calls and opens when at least `minCalls`
 * of them hold a failed share ≥ `failureRate`. Open: calls end `circuit-open` at once for
 * `openFor` seconds. Half-open: up to `halfOpenCalls` trials go through; all succeed → closed with
 * a fresh window; one fails → open again.
 *
 * Open turns half-open when the first call after `openFor` asks (and the view computes the same
 * from the clock), so a breaker schedules no event. Every change of state bumps `epoch`: an answer
 * to a call sent in an earlier state is ignored, so only calls of the current state count.
 */
import type { CircuitBreaker } from '../scenario/types.ts';
import { ERROR, QUEUE_FULL, TIMEOUT, UNAVAILABLE } from './outcome-codes.ts';
import { C_BREAKER_OPENS } from './station-stats.ts';
import type { NodeState } from './node-state.ts';
import type { Simulation } from './simulation.ts';
import type { Token } from './token.ts';

export const BREAKER_CLOSED = 0;
export const BREAKER_OPEN = 1;
export const BREAKER_HALF_OPEN = 2;

export class Breaker {
  state = BREAKER_CLOSED;
  openUntilS = 0;
  epoch = 0;
  /** Ring of the last `window` outcomes while closed: 1 = failed. */
  ring = new Uint8Array(0);
  ringNext = 0;
  ringCount = 0;
  failures = 0;
  trialsSent = 0;
  trialsOk = 0;
}

/** The failed outcomes a breaker counts: error, unavailable, timeout, queue-full. */
export function breakerCountsAsFailure(outcome: number): boolean {
  return outcome === ERROR || outcome === UNAVAILABLE || outcome === TIMEOUT || outcome === QUEUE_FULL;
}

/** Builds or keeps the node's breakers, one per outgoing edge (a new window size starts afresh). */
export function configureBreakers(node: NodeState, config: CircuitBreaker | null): void {
  if (config === null) {
    node.breakers = null;
    return;
  }
  const breakers = node.breakers ?? node.outEdges.map(() => new Breaker());
  for (const breaker of breakers) {
    if (breaker.ring.length !== config.window) {
      breaker.ring = new Uint8Array(config.window);
      breaker.ringNext = 0;
      breaker.ringCount = 0;
      breaker.failures = 0;
    }
  }
  node.breakers = breakers;
}

/** The breaker's state as seen at `nowS` (open turns half-open once `openFor` has passed). */
export function breakerStateAt(breaker: Breaker, nowS: number): number {
  return breaker.state === BREAKER_OPEN && nowS >= breaker.openUntilS ? BREAKER_HALF_OPEN : breaker.state;
}

/** May `call` go over the edge at `position`? Stamps it with the breaker's epoch; false = circuit-open. */
export function breakerAdmits(sim: Simulation, node: NodeState, position: number, call: Token): boolean {
  const breaker = (node.breakers as Breaker[])[position];
  const config = (node.params as { circuitBreaker: CircuitBreaker }).circuitBreaker;
  if (breaker.state === BREAKER_OPEN) {
    if (sim.nowS < breaker.openUntilS) return false;
    breaker.state = BREAKER_HALF_OPEN;
    breaker.epoch++;
    breaker.trialsSent = 0;
    breaker.trialsOk = 0;
  }
  if (breaker.state === BREAKER_HALF_OPEN) {
    if (breaker.trialsSent >= config.halfOpenCalls) return false;
    breaker.trialsSent++;
    call.trial = true;
  }
  call.breakerEpoch = breaker.epoch;
  return true;
}

/** The answer to a call that went through the breaker at `position`. */
export function breakerRecord(
  sim: Simulation,
  node: NodeState,
  position: number,
  epoch: number,
  outcome: number,
): void {
  const breakers = node.breakers;
  if (breakers === null || epoch < 0) return;
  const breaker = breakers[position];
  if (epoch !== breaker.epoch) return;
  const config = (node.params as { circuitBreaker: CircuitBreaker }).circuitBreaker;
  const failed = breakerCountsAsFailure(outcome);
  if (breaker.state === BREAKER_HALF_OPEN) {
    if (failed) open(sim, node, breaker, config);
    else if (++breaker.trialsOk >= config.halfOpenCalls) close(breaker);
    return;
  }
  if (breaker.state !== BREAKER_CLOSED) return;
  const ring = breaker.ring;
  if (breaker.ringCount === ring.length) breaker.failures -= ring[breaker.ringNext];
  else breaker.ringCount++;
  ring[breaker.ringNext] = failed ? 1 : 0;
  breaker.failures += ring[breaker.ringNext];
  breaker.ringNext = (breaker.ringNext + 1) % ring.length;
  if (
    breaker.ringCount >= config.minCalls &&
    breaker.failures >= config.failureRate * breaker.ringCount - 1e-9
  ) {
    open(sim, node, breaker, config);
  }
}

function open(sim: Simulation, node: NodeState, breaker: Breaker, config: CircuitBreaker): void {
  breaker.state = BREAKER_OPEN;
  breaker.openUntilS = sim.nowS + config.openFor;
  breaker.epoch++;
  node.stats.count(sim.nowS, C_BREAKER_OPENS);
}

function close(breaker: Breaker): void {
  breaker.state = BREAKER_CLOSED;
  breaker.epoch++;
  breaker.ring.fill(0);
  breaker.ringNext = 0;
  breaker.ringCount = 0;
  breaker.failures = 0;
}
