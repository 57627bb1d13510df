/**
 * Faults in simulated time (DESIGN.md section 8). Each fault's start and end are events scheduled
 * "late" (after the ordinary events of their instant), so a fault injected live at the current
 * instant and the same fault replayed from a link act at the same point of the run. A scenario
 * without faults schedules nothing here. Overlapping faults combine: a node is crashed while any
 * crash lasts, slow factors multiply, extra error rates combine as independent draws, latencies add.
 */
import { Deque } from '../lib/deque.ts';
import { edgeEnds } from '../scenario/fault.ts';
import type { Fault } from '../scenario/types.ts';
import { loseWork, resumeAfterCrash } from './crash.ts';
import { EV_CANCELLED, EV_FAULT } from './event-kinds.ts';
import { crossEdge } from './flow.ts';
import type { NodeState } from './node-state.ts';
import { pullNext } from './nodes/station-workers.ts';
import { RandomStream } from './random.ts';
import type { Simulation } from './simulation.ts';
import type { Token } from './token.ts';
import { KIND_CLIENT, KIND_LB, KIND_QUEUE } from './node-state.ts';

export interface FaultState {
  readonly id: number;
  fault: Fault;
  /** The node it acts on; for an edge fault, the node the edge leaves (for `faultTime`). */
  readonly nodeIndex: number;
  /** The edge it acts on, or -1 for a node fault. */
  readonly edgeIndex: number;
  active: boolean;
  /** Pending event slots, -1 once run or cancelled. */
  startEvent: number;
  endEvent: number;
}

/** Registers the scenario's faults at creation; their events are all scheduled up front. */
export function scheduleFaults(sim: Simulation, faults: readonly Fault[]): void {
  for (const fault of faults) sim.faults.push(registerFault(sim, fault));
}

/** Makes a fault's state and schedules its start and (if it heals) its end. */
export function registerFault(sim: Simulation, fault: Fault): FaultState {
  const ends = edgeEnds(fault.target);
  let nodeIndex: number;
  let edgeIndex = -1;
  if (ends) {
    edgeIndex = sim.edges.findIndex((edge) => edge.from === ends.from && edge.to === ends.to);
    if (edgeIndex < 0) throw new Error(`fault target: no edge ${fault.target}`);
    nodeIndex = sim.edges[edgeIndex].fromIndex;
  } else {
    nodeIndex = sim.nodeIndex.get(fault.target) ?? -1;
    if (nodeIndex < 0) throw new Error(`fault target: no node ${fault.target}`);
  }
  const id = sim.faultById.length;
  const state: FaultState = {
    id,
    fault: { ...fault },
    nodeIndex,
    edgeIndex,
    active: false,
    startEvent: sim.queue.scheduleLate(fault.at, EV_FAULT, nodeIndex, id * 2),
    endEvent:
      fault.until === null ? -1 : sim.queue.scheduleLate(fault.until, EV_FAULT, nodeIndex, id * 2 + 1),
  };
  sim.faultById.push(state);
  return state;
}

/** An EV_FAULT event: ref = id × 2 (start) or id × 2 + 1 (end). */
export function faultEvent(sim: Simulation, ref: number): void {
  const state = sim.faultById[ref >> 1];
  if ((ref & 1) === 0) {
    state.startEvent = -1;
    setActive(sim, state, true);
  } else {
    state.endEvent = -1;
    setActive(sim, state, false);
  }
}

/** Cancels a fault's pending events (a removed fault, or an end moved to now). */
export function cancelFaultEvents(sim: Simulation, state: FaultState, which: 'start' | 'end' | 'both'): void {
  if (which !== 'end' && state.startEvent >= 0) sim.queue.cancel(state.startEvent, EV_CANCELLED);
  if (which !== 'start' && state.endEvent >= 0) sim.queue.cancel(state.endEvent, EV_CANCELLED);
  if (which !== 'end') state.startEvent = -1;
  if (which !== 'start') state.endEvent = -1;
}

function setActive(sim: Simulation, state: FaultState, active: boolean): void {
  if (state.active === active) return;
  state.active = active;
  countFaultTime(sim, sim.nodes[state.nodeIndex], active ? 1 : -1);
  if (state.edgeIndex >= 0) applyEdgeFaults(sim, state.edgeIndex);
  else applyNodeFaults(sim, sim.nodes[state.nodeIndex]);
}

/** `faultTime`: the seconds of [warmup, now] with at least one fault on the node or its outgoing edges. */
function countFaultTime(sim: Simulation, node: NodeState, delta: number): void {
  if (node.faultCount === 0 && delta > 0) node.faultSinceS = sim.nowS;
  node.faultCount += delta;
  if (node.faultCount === 0) node.faultTimeS += faultSecondsSince(sim, node.faultSinceS);
}

/** Seconds from `sinceS` to now that fall inside the statistics window. */
export function faultSecondsSince(sim: Simulation, sinceS: number): number {
  const from = Math.max(sinceS, sim.warmupS);
  return sim.nowS > from ? sim.nowS - from : 0;
}

/** Recomputes a node's fault effects from every active fault on it. */
function applyNodeFaults(sim: Simulation, node: NodeState): void {
  let crashed = false;
  let slowFactor = 1;
  let survive = 1;
  for (const state of sim.faults) {
    if (!state.active || state.edgeIndex >= 0 || state.nodeIndex !== node.index) continue;
    const fault = state.fault;
    if (fault.kind === 'crash') crashed = true;
    else if (fault.kind === 'slow') slowFactor *= fault.factor;
    else if (fault.kind === 'errors') survive *= 1 - fault.errorRate;
  }
  node.slowFactor = slowFactor;
  node.extraErrorRate = 1 - survive;
  if (node.extraErrorRate > 0 && node.faultRandom === null) {
    // Its own stream: the normal error draws, and every other node's, stay as they were.
    node.faultRandom = new RandomStream(sim.seed, `${node.params.id}/fault-errors`);
  }
  if (crashed && !node.crashed) {
    node.crashed = true;
    loseWork(sim, node);
  } else if (!crashed && node.crashed) {
    node.crashed = false;
    resumeAfterCrash(sim, node);
  }
}

/** Recomputes an edge's added latency and cut from every active fault on it. */
function applyEdgeFaults(sim: Simulation, edgeIndex: number): void {
  const edge = sim.edges[edgeIndex];
  let extra = 0;
  let cut = false;
  for (const state of sim.faults) {
    if (!state.active || state.edgeIndex !== edgeIndex) continue;
    if (state.fault.kind === 'latency') extra += state.fault.latency;
    else if (state.fault.kind === 'partition') cut = true;
  }
  edge.extraLatency = extra;
  if (cut && !edge.cut) {
    edge.cut = true;
    edge.pile ??= new Deque<Token>();
    sim.cutEdges++;
  } else if (!cut && edge.cut) {
    edge.cut = false;
    sim.cutEdges--;
    healEdge(sim, edgeIndex);
  }
}

/** The cut healed: what piled up crosses, oldest first, then the far side may pull work again. */
function healEdge(sim: Simulation, edgeIndex: number): void {
  const edge = sim.edges[edgeIndex];
  const pile = edge.pile as Deque<Token>;
  while (pile.length > 0) crossEdge(sim, pile.shift() as Token, edgeIndex);
  const to = sim.nodes[edge.toIndex];
  const from = sim.nodes[edge.fromIndex];
  const isStation = to.kind !== KIND_CLIENT && to.kind !== KIND_LB && to.kind !== KIND_QUEUE;
  // A consumer behind a healed queue edge, or a station behind a `fifo` balancer, pulls again.
  if (isStation && (from.kind === KIND_QUEUE || from.kind === KIND_LB)) pullNext(sim, to);
}
