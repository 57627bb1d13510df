/**
 * A token is one thing in flight: a client's request, a job published to a queue, or one branch
 * call an orchestrator makes for its request. Tokens are pooled and reused, so memory follows what
 * is in flight, never what has been served.
 */
import type { Seconds } from '../lib/units.ts';

export const TOKEN_REQUEST = 0;
export const TOKEN_JOB = 1;
export const TOKEN_BRANCH = 2;
/** One try a caller (client or gateway with a timeout, retries or breakers) makes for its token. */
export const TOKEN_ATTEMPT = 3;

export class Token {
  /** Index in the pool; events refer to tokens by slot. */
  readonly slot: number;
  /** Index in the simulation's list of active tokens (for O(1) removal). */
  activeIndex = -1;
  kind = TOKEN_REQUEST;
  /** Request or job id; a branch carries its parent's id. */
  id = 0;
  mobile = false;
  /** Originating client's node index (jobs inherit their parent's). */
  client = -1;
  user = 0;
  route = '/';
  validAuth = true;
  wellFormed = true;
  createdS: Seconds = 0;

  /** Node the token is at, or heading to while traveling. */
  node = -1;
  /** A DOT_STATE value. */
  state = 0;
  edge = -1;
  departS: Seconds = 0;
  arriveS: Seconds = 0;
  /** Arrival at the current station, and start of service there. */
  arrivedS: Seconds = 0;
  /** When it joined the station's waiting line (after the fan-out, at an orchestrator). */
  queuedS: Seconds = 0;
  startS: Seconds = 0;
  waited = false;
  /** Job: it waited in its queue before a consumer took it. */
  queueWaited = false;
  /** Sent by a `fifo` balancer that promised it a worker at a station it has not reached yet. */
  reserved = false;
  /** Deque sequence number while waiting in a line. */
  lineSeq = 0;
  workerSlot = -1;
  /** Event slot of its pending service completion, or -1 (a crash cancels it). */
  doneEvent = -1;
  /** Load-balancer frames to unwind when the token ends: (balancer, target position, forwarded at). */
  readonly frames: number[] = [];

  /** Branch: the request it works for, and which of the orchestrator's calls it is (1-based; 0 = not a branch). */
  parent: Token | null = null;
  lane = 0;
  /** Orchestrator join state of a parent. */
  pendingBranches = 0;
  nextBranch = 0;
  failedOutcome = -1;

  /** Caller (callers.ts): the attempt it waits for, tries made, the edge it calls, its live timer. */
  call: Token | null = null;
  attempts = 0;
  callEdge = -1;
  timerId = 0;
  prevWaitS: Seconds = 0;
  /** Attempt: which try it is (0 = the first); its caller gave up on it (its answer will be late). */
  retryNo = 0;
  abandoned = false;
  /** A call through a circuit breaker: the breaker's epoch when sent, and whether it is a trial. */
  breakerEpoch = -1;
  trial = false;

  /** Job: its queue, when it entered, and the producer's token holding a worker under `block`. */
  queueNode = -1;
  queueArrivedS: Seconds = 0;
  publisher = -1;
  holder: Token | null = null;
  /** Producer token: publishes under `block` not yet accepted. */
  pendingAcks = 0;

  constructor(slot: number) {
    this.slot = slot;
  }

  /** Takes on the identity a child (a job or a branch call) shows: device, client, user, route. */
  inheritFrom(parent: Token): void {
    this.mobile = parent.mobile;
    this.client = parent.client;
    this.user = parent.user;
    this.route = parent.route;
    this.validAuth = parent.validAuth;
    this.wellFormed = parent.wellFormed;
  }

  reset(): void {
    if (this.frames.length > 0) this.frames.length = 0;
    this.parent = null;
    this.lane = 0;
    this.holder = null;
    this.pendingBranches = 0;
    this.nextBranch = 0;
    this.failedOutcome = -1;
    this.call = null;
    this.attempts = 0;
    this.callEdge = -1;
    this.timerId = 0;
    this.retryNo = 0;
    this.abandoned = false;
    this.breakerEpoch = -1;
    this.trial = false;
    this.queueNode = -1;
    this.publisher = -1;
    this.pendingAcks = 0;
    this.workerSlot = -1;
    this.doneEvent = -1;
    this.edge = -1;
    this.waited = false;
    this.queueWaited = false;
    this.reserved = false;
  }
}
