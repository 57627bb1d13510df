/**
 * Live parameter changes. A change takes effect at the simulation's current instant: the same
 * changes at the same instants give the same run. Patches come from already validated controls;
 * anything that would corrupt the run is refused with an Error naming the field.
 */
import type { ClientNode, ScenarioNode } from '../scenario/types.ts';
import { configureNode } from './node-kinds.ts';
import { KIND_CLIENT, KIND_GATEWAY } from './node-state.ts';
import { scheduleArrivals } from './nodes/client.ts';
import type { ParameterChange } from './report-types.ts';
import type { Simulation } from './simulation.ts';

export function applyChange(sim: Simulation, change: ParameterChange): void {
  if (change.type === 'edge') {
    const edge = sim.edges[change.edgeIndex];
    if (edge === undefined) throw new Error(`no edge ${change.edgeIndex}`);
    const { weight, latency, route } = change.patch;
    if (weight !== undefined) edge.weight = checkNumber('weight', weight, 0, 1000);
    if (latency !== undefined) edge.latency = checkNumber('latency', latency, 0, 60);
    if ('route' in change.patch) edge.route = route;
    const from = sim.nodes[edge.fromIndex];
    if (from.kind === KIND_GATEWAY) from.routeCache.clear();
    return;
  }
  const index = sim.nodeIndex.get(change.nodeId);
  if (index === undefined) throw new Error(`no node "${change.nodeId}"`);
  const node = sim.nodes[index];
  const before = node.params;
  const next = { ...before, ...change.patch, id: before.id, kind: before.kind } as ScenarioNode;
  checkNode(next);
  node.params = next;
  configureNode(sim, node);
  if (node.kind === KIND_CLIENT && arrivalsChanged(before as ClientNode, next as ClientNode)) {
    scheduleArrivals(sim, node, false);
  }
}

function arrivalsChanged(before: ClientNode, next: ClientNode): boolean {
  return before.rate !== next.rate || before.arrival !== next.arrival;
}

function checkNode(node: ScenarioNode): void {
  if ('workers' in node) checkNumber('workers', node.workers, 1, 1000, true);
  if ('capacity' in node && node.capacity !== null)
    checkNumber('capacity', node.capacity, 0, 1_000_000, true);
  if ('serviceTime' in node) checkNumber('serviceTime.mean', node.serviceTime.mean, 0, 3600);
  if ('errorRate' in node) checkNumber('errorRate', node.errorRate, 0, 1);
  if (node.kind === 'client') {
    checkNumber('rate', node.rate, 0, 100_000);
    checkNumber('invalidAuthShare', node.invalidAuthShare, 0, 1);
    checkNumber('malformedShare', node.malformedShare, 0, 1);
  }
  if (node.kind === 'gateway' && node.rateLimit !== null) {
    checkNumber('rateLimit.rate', node.rateLimit.rate, 0, 100_000);
    checkNumber('rateLimit.burst', node.rateLimit.burst, 1, 1e9);
  }
}

function checkNumber(field: string, value: unknown, min: number, max: number, integer = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new Error(`${field} must be a number from ${min} to ${max}, not ${String(value)}`);
  }
  if (integer && !Number.isInteger(value)) throw new Error(`${field} must be a whole number, not ${value}`);
  return value;
}
