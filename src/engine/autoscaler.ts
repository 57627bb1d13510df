/**
 * Autoscaling a service, queue consumers included (DESIGN.md section 8). Every `interval`:
 * desired = clamp(ceil(current × measured / target), min, max), where current counts serving and
 * starting workers. `utilization` measures busy worker-time over the last interval ÷ (current ×
 * interval) — a starting worker counts as idle, as Kubernetes counts a pod not yet ready;
 * `backlog` measures the waiting line per current worker at that instant (for a consumer, its
 * queues' backlogs shared among all their consumer workers). New workers serve after `startup`;
 * scaling down waits until desired has stayed below current for `scaleDownDelay`, then cancels
 * starting workers first, then lets idle ones go (busy ones finish their request first).
 */
import type { Autoscale, ServiceNode } from '../scenario/types.ts';
import { EV_AUTOSCALE, EV_WORKER_READY } from './event-kinds.ts';
import type { NodeState } from './node-state.ts';
import type { Simulation } from './simulation.ts';
import { updateConsumerWorkers } from './nodes/queue.ts';
import { resizeWorkers } from './nodes/station-workers.ts';

export class Scaler {
  /** Ready times of the starting workers, earliest first. */
  readonly readyAtS: number[] = [];
  /** Since when desired has been below current (NaN: it is not). */
  belowSinceS = Number.NaN;
  /** Busy worker-seconds at the last decision, and when it was. */
  lastBusyArea = 0;
  /** The last decision, for the view. */
  desired = 0;
  generation = 0;
}

/** (Re)starts the decision cycle from now, or stops it when autoscaling is switched off. */
export function configureScaler(sim: Simulation, node: NodeState): void {
  const config = (node.params as ServiceNode).autoscale;
  if (config === null) {
    if (node.scaler !== null) {
      node.scaler.generation++;
      cancelStarting(sim, node, node.starting);
      node.scaler = null;
    }
    return;
  }
  const scaler = node.scaler ?? new Scaler();
  node.scaler = scaler;
  scaler.generation++;
  node.stats.integrate(sim.nowS);
  scaler.lastBusyArea = node.stats.busyAreaAll;
  if (scaler.desired === 0) scaler.desired = node.workers + node.starting;
  sim.queue.schedule(sim.nowS + config.interval, EV_AUTOSCALE, node.index, scaler.generation);
}

/** EV_AUTOSCALE: measure, decide, act, and schedule the next decision. */
export function autoscaleTick(sim: Simulation, node: NodeState, generation: number): void {
  const scaler = node.scaler;
  if (scaler === null || generation !== scaler.generation) return;
  const config = (node.params as ServiceNode).autoscale as Autoscale;
  const nowS = sim.nowS;
  node.stats.integrate(nowS);
  const current = node.workers + node.starting;
  const busyArea = node.stats.busyAreaAll;
  const measured =
    config.metric === 'utilization'
      ? (busyArea - scaler.lastBusyArea) / (current * config.interval)
      : backlogPerWorker(sim, node, current);
  scaler.lastBusyArea = busyArea;
  // The tolerance keeps 6 busy of 6 at target 1 from rounding up to 7.
  const wanted = Math.ceil((current * measured) / config.target - 1e-9);
  const desired = Math.min(config.max, Math.max(config.min, wanted));
  scaler.desired = desired;
  if (desired > current) {
    scaler.belowSinceS = Number.NaN;
    startWorkers(sim, node, desired - current, config.startup);
  } else if (desired < current) {
    if (Number.isNaN(scaler.belowSinceS)) scaler.belowSinceS = nowS;
    if (nowS - scaler.belowSinceS >= config.scaleDownDelay) {
      scaler.belowSinceS = Number.NaN;
      const cancelled = cancelStarting(sim, node, current - desired);
      const stop = current - desired - cancelled;
      if (stop > 0) resizeWorkers(sim, node, node.workers - stop);
    }
  } else {
    scaler.belowSinceS = Number.NaN;
  }
  sim.queue.schedule(nowS + config.interval, EV_AUTOSCALE, node.index, generation);
}

/** Waiting work per current worker: the node's own line, plus for a consumer its queues' share. */
function backlogPerWorker(sim: Simulation, node: NodeState, current: number): number {
  let perWorker = node.line.length / current;
  for (const queueIndex of node.sourceQueues) {
    const queue = sim.nodes[queueIndex];
    let consumerWorkers = 0;
    for (const consumer of queue.consumers)
      consumerWorkers += sim.nodes[consumer].workers + sim.nodes[consumer].starting;
    if (consumerWorkers > 0) perWorker += queue.line.length / consumerWorkers;
  }
  return perWorker;
}

function startWorkers(sim: Simulation, node: NodeState, count: number, startupS: number): void {
  if (startupS <= 0) {
    resizeWorkers(sim, node, node.workers + count);
    return;
  }
  const scaler = node.scaler as Scaler;
  const readyS = sim.nowS + startupS;
  for (let i = 0; i < count; i++) scaler.readyAtS.push(readyS);
  setStarting(sim, node, node.starting + count);
  sim.queue.schedule(readyS, EV_WORKER_READY, node.index, 0);
}

/** EV_WORKER_READY: every starting worker whose start-up is over begins to serve. */
export function workersReady(sim: Simulation, node: NodeState): void {
  const scaler = node.scaler;
  if (scaler === null) return;
  let ready = 0;
  while (scaler.readyAtS.length > 0 && scaler.readyAtS[0] <= sim.nowS) {
    scaler.readyAtS.shift();
    ready++;
  }
  if (ready === 0) return;
  node.starting -= ready;
  resizeWorkers(sim, node, node.workers + ready);
}

/** Cancels up to `count` starting workers, the latest first; returns how many. */
function cancelStarting(sim: Simulation, node: NodeState, count: number): number {
  const readyAtS = node.scaler?.readyAtS ?? [];
  const cancelled = Math.min(count, readyAtS.length);
  readyAtS.length -= cancelled;
  setStarting(sim, node, node.starting - cancelled);
  return cancelled;
}

function setStarting(sim: Simulation, node: NodeState, starting: number): void {
  node.stats.integrate(sim.nowS);
  node.starting = starting;
  node.stats.servers = node.workers + starting;
  for (const queueIndex of node.sourceQueues) updateConsumerWorkers(sim, sim.nodes[queueIndex]);
}
