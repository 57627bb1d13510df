/**
 * An overloaded system with unbounded queues would hold ever more requests until the tab or
 * process runs out of memory. Above `OVERLOAD_LIMIT` tokens in flight the run stops instead and
 * says which node cannot keep up, and at what offered utilisation.
 */
import { KIND_QUEUE, type NodeState } from './node-state.ts';
import type { Halt } from './report-types.ts';
import type { Simulation } from './simulation.ts';
import type { StationNode } from './nodes/station.ts';

/** Tokens in flight before a run stops as overloaded: at about 400 bytes a token, 100 MB. */
export const OVERLOAD_LIMIT = 250_000;

export function diagnoseOverload(sim: Simulation): Halt {
  let worst: NodeState = sim.nodes[0];
  for (const node of sim.nodes) if (backlog(node) > backlog(worst)) worst = node;
  const { arrivalRate, capacityRate } = offeredLoad(sim, worst);
  const utilization = capacityRate > 0 ? arrivalRate / capacityRate : Infinity;
  const percent = Number.isFinite(utilization) ? `${Math.round(utilization * 100)}%` : 'unbounded';
  const label = worst.params.label || worst.params.id;
  return {
    reason: 'overload',
    atS: sim.nowS,
    nodeId: worst.params.id,
    utilization,
    message:
      `The run stopped at ${sim.nowS.toFixed(1)} s: "${label}" cannot keep up. ` +
      `${sim.active.length.toLocaleString('en')} requests are held (the limit is ${sim.maxInFlight.toLocaleString('en')}); ` +
      `it receives ${arrivalRate.toFixed(1)}/s but can serve ${capacityRate.toFixed(1)}/s (utilisation ${percent}). ` +
      'Add workers or consumers, bound its capacity, or lower the arrival rate.',
  };
}

function backlog(node: NodeState): number {
  return node.line.length + node.blocked.length + node.held;
}

/** λ from the arrivals so far, and c/E[S] for the node (a queue's consumers for a queue). */
function offeredLoad(sim: Simulation, node: NodeState): { arrivalRate: number; capacityRate: number } {
  const arrivalRate = sim.nowS > 0 ? node.stats.totalArrivals / sim.nowS : 0;
  const servers = node.kind === KIND_QUEUE ? node.consumers.map((index) => sim.nodes[index]) : [node];
  let capacityRate = 0;
  for (const server of servers) {
    const params = server.params as Partial<StationNode>;
    if (params.serviceTime === undefined) continue;
    capacityRate += params.serviceTime.mean > 0 ? server.workers / params.serviceTime.mean : Infinity;
  }
  return { arrivalRate, capacityRate };
}
