/**
 * A load balancer's view of its targets' health (DESIGN.md section 8): active health checks that
 * probe every target at t = interval, 2·interval, …, and outlier detection that ejects a target
 * after failed answers in a row. A target is in rotation when neither has taken it out. Absent
 * (null) on a balancer with neither, so its picks are exactly format 1's.
 */
import type { LoadBalancerNode, ServiceNode } from '../../scenario/types.ts';
import { EV_EJECTION_END, EV_PROBE } from '../event-kinds.ts';
import { KIND_SERVICE, type NodeState } from '../node-state.ts';
import { ERROR, TIMEOUT, UNAVAILABLE } from '../outcome-codes.ts';
import type { Simulation } from '../simulation.ts';

import { TARGET_STATE } from '../report-types.ts';

export class TargetHealth {
  readonly targets: number;
  /** Failed / good probes in a row, and whether probes have taken the target out. */
  readonly failedProbes: Int32Array;
  readonly goodProbes: Int32Array;
  readonly probedOut: Uint8Array;
  /** Failed answers in a row, and the end of the current ejection (0 when not ejected). */
  readonly failuresInRow: Int32Array;
  readonly ejectedUntilS: Float64Array;
  readonly ejectionGeneration: Int32Array;
  /** Positions in rotation, in order; `allIn` when it is every target (the fast path). */
  available: number[] = [];
  allIn = true;
  /** Probes: the stale-event guard, the interval, and the index k of the next probe at k·interval. */
  probeGeneration = 0;
  probeIntervalS = 0;
  nextProbe = 0;
  /** Targets taken out (by probes or ejection) inside the window, and in the whole run. */
  ejections = 0;
  totalEjections = 0;

  constructor(targets: number) {
    this.targets = targets;
    this.failedProbes = new Int32Array(targets);
    this.goodProbes = new Int32Array(targets);
    this.probedOut = new Uint8Array(targets);
    this.failuresInRow = new Int32Array(targets);
    this.ejectedUntilS = new Float64Array(targets);
    this.ejectionGeneration = new Int32Array(targets);
    for (let i = 0; i < targets; i++) this.available.push(i);
  }

  inRotation(position: number): boolean {
    return this.probedOut[position] === 0 && this.ejectedUntilS[position] === 0;
  }

  /** What the card shows for one target. */
  stateOf(position: number): number {
    if (this.ejectedUntilS[position] > 0) return TARGET_STATE.ejected;
    if (this.probedOut[position] === 1) return TARGET_STATE.out;
    return this.failedProbes[position] > 0 ? TARGET_STATE.suspected : TARGET_STATE.inRotation;
  }

  refresh(): void {
    this.available = [];
    for (let i = 0; i < this.targets; i++) if (this.inRotation(i)) this.available.push(i);
    this.allIn = this.available.length === this.targets;
  }
}

/** Sets up (or drops) the health state from the balancer's current parameters. */
export function configureHealth(sim: Simulation, node: NodeState): void {
  const params = node.params as LoadBalancerNode;
  if (params.healthCheck === null && params.outlierDetection === null) {
    node.health = null;
    return;
  }
  const targets = node.outEdges.length;
  if (node.health === null || node.health.targets !== targets) node.health = new TargetHealth(targets);
  const health = node.health;
  const intervalS = params.healthCheck?.interval ?? 0;
  if (intervalS !== health.probeIntervalS) {
    health.probeGeneration++;
    health.probeIntervalS = intervalS;
    if (intervalS > 0) {
      health.nextProbe = Math.floor(sim.nowS / intervalS) + 1;
      scheduleProbe(sim, node, health);
    } else {
      health.probedOut.fill(0);
      health.failedProbes.fill(0);
      health.goodProbes.fill(0);
    }
  }
  if (params.outlierDetection === null) health.ejectedUntilS.fill(0);
  health.refresh();
}

function scheduleProbe(sim: Simulation, node: NodeState, health: TargetHealth): void {
  const atS = health.nextProbe * health.probeIntervalS;
  sim.queue.schedule(atS, EV_PROBE, node.index, health.probeGeneration);
}

/** A probe fails when the target is down (crashed, or a `down` service) or its edge is cut. */
function probeFails(sim: Simulation, edgeIndex: number): boolean {
  const edge = sim.edges[edgeIndex];
  const target = sim.nodes[edge.toIndex];
  return edge.cut || target.crashed || (target.kind === KIND_SERVICE && (target.params as ServiceNode).down);
}

/** EV_PROBE: every target is probed at once; thresholds move targets out of and into rotation. */
export function probeTargets(sim: Simulation, node: NodeState, generation: number): void {
  const health = node.health;
  const check = (node.params as LoadBalancerNode).healthCheck;
  if (health === null || check === null || generation !== health.probeGeneration) return;
  for (let position = 0; position < health.targets; position++) {
    if (probeFails(sim, node.outEdges[position])) {
      health.goodProbes[position] = 0;
      health.failedProbes[position]++;
      if (health.probedOut[position] === 0 && health.failedProbes[position] >= check.unhealthyThreshold) {
        health.probedOut[position] = 1;
        countEjection(sim, health);
      }
    } else {
      health.failedProbes[position] = 0;
      health.goodProbes[position]++;
      if (health.probedOut[position] === 1 && health.goodProbes[position] >= check.healthyThreshold) {
        health.probedOut[position] = 0;
      }
    }
  }
  health.refresh();
  health.nextProbe++;
  scheduleProbe(sim, node, health);
}

function countEjection(sim: Simulation, health: TargetHealth): void {
  health.totalEjections++;
  if (sim.nowS >= sim.warmupS) health.ejections++;
}

/**
 * Answers that count as failures for outlier detection (DESIGN.md section 8): error, unavailable
 * and timeout — a balancer sees a 504 when its target is a gateway that gave up on its own call.
 */
function isFailedAnswer(outcome: number): boolean {
  return outcome === ERROR || outcome === UNAVAILABLE || outcome === TIMEOUT;
}

/** A forwarded request was answered: outlier detection counts failures in a row per target. */
export function noteAnswer(sim: Simulation, node: NodeState, position: number, outcome: number): void {
  const health = node.health as TargetHealth;
  const detection = (node.params as LoadBalancerNode).outlierDetection;
  if (detection === null || position >= health.targets) return;
  if (!isFailedAnswer(outcome)) {
    health.failuresInRow[position] = 0;
    return;
  }
  health.failuresInRow[position]++;
  if (health.ejectedUntilS[position] > 0 || health.failuresInRow[position] < detection.consecutiveFailures)
    return;
  let ejected = 0;
  for (let i = 0; i < health.targets; i++) if (health.ejectedUntilS[i] > 0) ejected++;
  if (ejected + 1 > detection.maxEjectedShare * health.targets) return;
  health.failuresInRow[position] = 0;
  health.ejectedUntilS[position] = sim.nowS + detection.ejectionTime;
  const generation = ++health.ejectionGeneration[position] & 0xffff;
  sim.queue.schedule(
    health.ejectedUntilS[position],
    EV_EJECTION_END,
    node.index,
    position * 65536 + generation,
  );
  countEjection(sim, health);
  health.refresh();
}

/** EV_EJECTION_END: the target returns to rotation with a fresh count. */
export function endEjection(node: NodeState, ref: number): void {
  const health = node.health;
  const position = ref >>> 16;
  if (health === null || position >= health.targets) return;
  if ((health.ejectionGeneration[position] & 0xffff) !== (ref & 0xffff)) return;
  health.ejectedUntilS[position] = 0;
  health.failuresInRow[position] = 0;
  health.refresh();
}
