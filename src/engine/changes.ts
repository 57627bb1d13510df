/**
 * Live changes, applied at the simulation's current instant: the same changes at the same
 * instants give the same run. The engine only applies changes that `checkChange`
 * (src/scenario/change/) has already accepted, so it has no bounds of its own; it only asserts
 * that the change names a node or an edge it has, and throws otherwise.
 */
import type { EdgeChange, NodeChange, ScenarioChange } from '../scenario/change/index.ts';
import type { ClientNode, ScenarioNode } from '../scenario/types.ts';
import { addFaultNow, endFaultNow, removeFault } from './fault-changes.ts';
import { configureNode } from './node-kinds.ts';
import { KIND_CLIENT, KIND_GATEWAY } from './node-state.ts';
import { scheduleArrivals } from './nodes/client.ts';
import type { Simulation } from './simulation.ts';

type Apply<C> = (sim: Simulation, change: C) => void;

/** One handler per kind of change; the compiler asks for a new one when a kind is added. */
const APPLY: { [K in ScenarioChange['type']]: Apply<Extract<ScenarioChange, { type: K }>> } = {
  node: applyNodeChange,
  edge: applyEdgeChange,
  // Faults act at the current instant (the worker stamps `at` with the simulation's clock).
  'add-fault': (sim, change) => addFaultNow(sim, change.fault),
  'end-fault': (sim, change) => endFaultNow(sim, change.index, change.at),
  'remove-fault': (sim, change) => removeFault(sim, change.index),
};

/** Applies a change `checkChange` accepted (against the scenario this simulation runs). */
export function applyChange(sim: Simulation, change: ScenarioChange): void {
  (APPLY[change.type] as Apply<ScenarioChange>)(sim, change);
}

function applyNodeChange(sim: Simulation, change: NodeChange): void {
  const index = sim.nodeIndex.get(change.nodeId);
  if (index === undefined) throw new Error(`no node "${change.nodeId}"`);
  const node = sim.nodes[index];
  const before = node.params;
  node.params = { ...before, ...change.patch, id: before.id, kind: before.kind } as ScenarioNode;
  configureNode(sim, node);
  if (node.kind === KIND_CLIENT && arrivalsChanged(before as ClientNode, node.params as ClientNode)) {
    scheduleArrivals(sim, node, false);
  }
}

function applyEdgeChange(sim: Simulation, change: EdgeChange): void {
  const edge = sim.edges[change.edgeIndex];
  if (edge === undefined) throw new Error(`no edge ${change.edgeIndex}`);
  const { weight, latency, route } = change.patch;
  if (weight !== undefined) edge.weight = weight;
  if (latency !== undefined) edge.latency = latency;
  if ('route' in change.patch) edge.route = route;
  const from = sim.nodes[edge.fromIndex];
  if (from.kind === KIND_GATEWAY) from.routeCache.clear();
}

function arrivalsChanged(before: ClientNode, next: ClientNode): boolean {
  return before.rate !== next.rate || before.arrival !== next.arrival;
}
