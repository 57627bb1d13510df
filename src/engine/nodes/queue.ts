/**
 * A message broker's queue. Publishing is acknowledged at once and the work goes on as a job; an
 * idle consumer worker (a service on an outgoing edge) takes the oldest job. When `capacity`
 * jobs wait, `overflow` decides what gives: the new job (`reject-new`), the oldest (`drop-oldest`,
 * `dead-letter`), or the publisher, who holds the job until there is room (`block`).
 */
import { createJob, finish, send } from '../flow.ts';
import { KIND_QUEUE, type NodeState } from '../node-state.ts';
import { DEAD_LETTERED, EVICTED, OK, QUEUE_FULL } from '../outcome-codes.ts';
import { DOT_STATE } from '../report-types.ts';
import type { QueueNode, ServiceNode } from '../../scenario/types.ts';
import type { Simulation } from '../simulation.ts';
import { TOKEN_JOB, type Token } from '../token.ts';
import { isTraced, recordStep } from '../trace.ts';
import { joinLine, leaveLine } from '../waiting-line.ts';
import { startService } from './station.ts';

export function configureQueue(sim: Simulation, node: NodeState): void {
  const params = node.params as QueueNode;
  node.capacity = params.capacity ?? Infinity;
  updateConsumerWorkers(sim, node);
  // Jobs held under `block` go through the current policy again: room may have appeared, or the
  // policy may no longer hold publishers back.
  const held = node.blocked.length;
  for (let i = 0; i < held && node.blocked.length > 0; i++) {
    if (params.overflow === 'block' && isFull(sim, node)) break;
    const token = node.blocked.shift() as Token;
    sim.nodes[token.publisher].held--;
    queueArrive(sim, node, token, false);
  }
  for (const consumer of node.consumers) dispatchWaiting(sim, node, sim.nodes[consumer]);
}

/** The total of the consumers' workers: the queue's servers, for its utilisation. */
export function updateConsumerWorkers(sim: Simulation, node: NodeState): void {
  node.stats.integrate(sim.nowS);
  // Starting workers of an autoscaled consumer count as current (idle) capacity, as at the consumer.
  node.stats.servers = node.consumers.reduce(
    (sum, consumer) => sum + sim.nodes[consumer].workers + sim.nodes[consumer].starting,
    0,
  );
}

/** Would a job published to this node now be held by its publisher? */
export function mustBlock(sim: Simulation, nodeIndex: number): boolean {
  const node = sim.nodes[nodeIndex];
  return node.kind === KIND_QUEUE && (node.params as QueueNode).overflow === 'block';
}

export function queueArrive(sim: Simulation, node: NodeState, token: Token, countArrival = true): void {
  if (countArrival) {
    node.stats.arrival(sim.nowS);
    token.publisher = sim.edges[token.edge].fromIndex;
    sim.nodes[token.publisher].publishing.publish(sim.nowS);
  }
  const overflow = (node.params as QueueNode).overflow;
  const full = isFull(sim, node);
  if (full && overflow === 'reject-new') {
    finish(sim, token, QUEUE_FULL, node.index);
    return;
  }
  if (full && overflow === 'block') {
    hold(sim, node, token);
    return;
  }
  let job = token;
  if (token.kind !== TOKEN_JOB) {
    // A request (or branch) publishing directly: it is acknowledged, and its work goes on as a job.
    job = createJob(sim, token, token.publisher);
    finish(sim, token, OK, -1);
  }
  admit(sim, node, job);
}

function isFull(sim: Simulation, node: NodeState): boolean {
  return node.line.length >= node.capacity && idleConsumer(sim, node) < 0;
}

function hold(sim: Simulation, node: NodeState, token: Token): void {
  token.state = DOT_STATE.held;
  token.node = token.publisher;
  token.lineSeq = node.blocked.pushedCount;
  node.blocked.push(token);
  sim.nodes[token.publisher].held++;
}

/** The job is in: its publisher, if it was holding a worker for it, goes on. */
function admit(sim: Simulation, node: NodeState, job: Token): void {
  const holder = job.holder;
  job.holder = null;
  place(sim, node, job);
  // Through the kinds' table: service.ts imports this module (kind-handlers.ts).
  if (holder !== null) sim.handlers.acknowledgePublish(sim, holder);
}

function place(sim: Simulation, node: NodeState, job: Token): void {
  const nowS = sim.nowS;
  job.queueNode = node.index;
  job.queueArrivedS = nowS;
  job.queueWaited = false;
  const consumer = idleConsumer(sim, node);
  if (consumer >= 0) {
    startJob(sim, node, sim.nodes[consumer], job);
    return;
  }
  if (node.line.length >= node.capacity) {
    const overflow = (node.params as QueueNode).overflow;
    const outcome = overflow === 'dead-letter' ? DEAD_LETTERED : EVICTED;
    // With no waiting slot at all, the arriving job is the oldest there is.
    const oldest = node.line.length > 0 ? leaveLine(sim, node) : job;
    if (outcome === DEAD_LETTERED) node.deadLettered++;
    finish(sim, oldest, outcome, node.index);
    if (oldest === job) return;
  }
  job.queueWaited = true;
  joinLine(sim, node, job);
}

/** A consumer with a free worker, rotating so consumers share the work; -1 when all are busy. */
function idleConsumer(sim: Simulation, node: NodeState): number {
  const count = node.consumers.length;
  for (let i = 0; i < count; i++) {
    const position = (node.cursor + i) % count;
    const consumer = sim.nodes[node.consumers[position]];
    if (isIdle(consumer) && reachable(sim, node, consumer)) {
      node.cursor = (position + 1) % count;
      return consumer.index;
    }
  }
  return -1;
}

/** Jobs wait in the queue while the edge to a consumer is cut (checked only while some edge is). */
function reachable(sim: Simulation, queue: NodeState, consumer: NodeState): boolean {
  return sim.cutEdges === 0 || !sim.edges[consumerEdge(sim, queue, consumer)].cut;
}

function isIdle(consumer: NodeState): boolean {
  return (
    !(consumer.params as ServiceNode).down &&
    !consumer.crashed &&
    consumer.busy + consumer.reserved < consumer.workers &&
    consumer.line.length === 0
  );
}

/**
 * The consumer takes the job: it travels the queue → consumer edge (counted, with its latency, a
 * worker held for it on the way, as a `fifo` balancer does), then starts service.
 */
function startJob(sim: Simulation, queue: NodeState, consumer: NodeState, job: Token): void {
  queue.stats.integrate(sim.nowS);
  queue.stats.busy++;
  const edgeIndex = consumerEdge(sim, queue, consumer);
  const edge = sim.edges[edgeIndex];
  if (edge.latency + edge.extraLatency > 0) {
    consumer.reserved++;
    job.reserved = true;
    send(sim, job, edgeIndex);
    return;
  }
  sim.edgeCounts[edgeIndex]++;
  job.edge = edgeIndex;
  consumer.stats.arrival(sim.nowS);
  job.arrivedS = sim.nowS;
  job.queuedS = sim.nowS;
  job.waited = false;
  startService(sim, consumer, job);
}

function consumerEdge(sim: Simulation, queue: NodeState, consumer: NodeState): number {
  for (const edgeIndex of queue.outEdges)
    if (sim.edges[edgeIndex].toIndex === consumer.index) return edgeIndex;
  throw new Error(`${consumer.params.id} does not consume from ${queue.params.id}`);
}

/** Hands waiting jobs to a consumer while it has idle workers. */
function dispatchWaiting(sim: Simulation, queue: NodeState, consumer: NodeState): void {
  while (isIdle(consumer) && reachable(sim, queue, consumer) && queue.line.length > 0) {
    takeOldest(sim, queue, consumer);
  }
}

function takeOldest(sim: Simulation, queue: NodeState, consumer: NodeState): void {
  startJob(sim, queue, consumer, leaveLine(sim, queue));
  admitHeld(sim, queue);
}

/** A consumer's worker is free: it takes the oldest job among the queues it consumes. */
export function offerToConsumer(sim: Simulation, consumer: NodeState): boolean {
  if (consumer.sourceQueues.length === 0 || !isIdle(consumer)) return false;
  let source: NodeState | null = null;
  for (const queueIndex of consumer.sourceQueues) {
    const queue = sim.nodes[queueIndex];
    if (queue.line.length === 0 || !reachable(sim, queue, consumer)) continue;
    const head = queue.line.peek() as Token;
    if (source === null || head.queueArrivedS < (source.line.peek() as Token).queueArrivedS) source = queue;
  }
  if (source === null) return admitHeldWithoutLine(sim, consumer);
  takeOldest(sim, source, consumer);
  return true;
}

/**
 * An empty line can still have publishers held behind it (a blocking queue with no waiting slots
 * whose consumers were all busy or down): a consumer worker that frees admits the oldest of them.
 */
function admitHeldWithoutLine(sim: Simulation, consumer: NodeState): boolean {
  for (const queueIndex of consumer.sourceQueues) {
    const queue = sim.nodes[queueIndex];
    if (queue.blocked.length === 0 || !reachable(sim, queue, consumer)) continue;
    const before = queue.blocked.length;
    admitHeld(sim, queue);
    if (queue.blocked.length < before) return true;
  }
  return false;
}

/** Room appeared: the oldest held publish goes in. */
function admitHeld(sim: Simulation, queue: NodeState): void {
  if (queue.blocked.length === 0 || isFull(sim, queue)) return;
  const token = queue.blocked.shift() as Token;
  sim.nodes[token.publisher].held--;
  queueArrive(sim, queue, token, false);
}

/** A job's consumer finished it (ok or error): the queue's system loses it. */
export function jobDoneAtConsumer(sim: Simulation, job: Token, outcome: number): void {
  const queue = sim.nodes[job.queueNode];
  queue.stats.integrate(sim.nowS);
  queue.stats.busy--;
  queue.stats.visit(job.queueArrivedS, job.queueArrivedS, job.startS, sim.nowS, job.queueWaited);
  if (isTraced(sim, job)) {
    const { queueArrivedS: fromS, startS } = job;
    recordStep(sim, job, {
      kind: 'visit',
      nodeIndex: queue.index,
      edgeIndex: -1,
      fromS,
      startS,
      toS: sim.nowS,
    });
  }
  if (outcome === OK) queue.stats.complete(sim.nowS);
  else queue.stats.fail(sim.nowS, outcome, false);
  job.queueNode = -1;
}
