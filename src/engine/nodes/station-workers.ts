/**
 * A station's workers: how many serve (set by its parameters or its autoscaler) and where an idle
 * one finds work — the station's own line, then the queues it consumes, then `fifo` balancers in
 * front. Above station.ts, queue.ts and load-balancer.ts in the module layers (docs/engine.md).
 */
import type { Autoscale } from '../../scenario/types.ts';
import type { NodeState } from '../node-state.ts';
import type { Simulation } from '../simulation.ts';
import { leaveLine } from '../waiting-line.ts';
import { pullForStation } from './load-balancer.ts';
import { offerToConsumer, updateConsumerWorkers } from './queue.ts';
import { startService, type StationNode } from './station.ts';

/** Applies `workers` and `capacity`; more workers start on the waiting line at once. */
export function configureStation(sim: Simulation, node: NodeState, params: StationNode): void {
  node.capacity = params.capacity ?? Infinity;
  const autoscale = 'autoscale' in params ? params.autoscale : null;
  // An autoscaled service keeps the count its autoscaler reached; `workers` is where it starts.
  const workers =
    autoscale === null
      ? params.workers
      : clampWorkers(node.scaler === null ? params.workers : node.workers, autoscale);
  resizeWorkers(sim, node, workers);
}

/** Sets how many workers serve; more start on the waiting line at once, fewer let busy ones finish. */
export function resizeWorkers(sim: Simulation, node: NodeState, workers: number): void {
  node.stats.integrate(sim.nowS);
  node.stats.servers = workers + node.starting;
  node.workers = workers;
  const inUse = new Set<number>();
  for (const token of sim.active)
    if (token.node === node.index && token.workerSlot >= 0) inUse.add(token.workerSlot);
  node.freeSlots = [];
  for (let slot = workers - 1; slot >= 0; slot--) if (!inUse.has(slot)) node.freeSlots.push(slot);
  for (const queueIndex of node.sourceQueues) updateConsumerWorkers(sim, sim.nodes[queueIndex]);
  pullNext(sim, node);
}

/** Starting count of an autoscaled service: `workers`, kept within [min, max]. */
export function clampWorkers(workers: number, config: Autoscale): number {
  return Math.min(config.max, Math.max(config.min, workers));
}

/** Fills idle workers: the station's own line first, then queues it consumes, then `fifo` balancers. */
export function pullNext(sim: Simulation, node: NodeState): void {
  while (node.busy + node.reserved < node.workers && node.line.length > 0) {
    startService(sim, node, leaveLine(sim, node));
  }
  while (node.busy + node.reserved < node.workers && node.line.length === 0) {
    if (!offerToConsumer(sim, node) && !pullForStation(sim, node)) break;
  }
}
