/**
 * Topology edits as pure functions: each returns the edited scenario after the one parse function
 * has accepted it, or the reasons it cannot run (the edit is then refused where it was made).
 *
 * The running scenario is always runnable, so there are no half-built drafts: a node that must
 * send somewhere (client, load balancer, gateway, orchestrator, queue) is added together with a
 * new service to send to, which can then be rewired (connect the new node elsewhere, then delete
 * the service). A service is added on its own.
 */
import { parseScenario } from '../../scenario/parse-scenario.ts';
import type { NodeKind, Scenario, ScenarioError } from '../../scenario/types.ts';
import { KIND_NAME } from '../names.ts';

export type EditResult =
  { ok: true; scenario: Scenario; added?: string } | { ok: false; errors: ScenarioError[] };

const ID_PREFIX: Record<NodeKind, string> = {
  client: 'client',
  loadBalancer: 'lb',
  gateway: 'gateway',
  orchestrator: 'orchestrator',
  service: 'service',
  queue: 'queue',
};

function check(input: unknown, added?: string): EditResult {
  const result = parseScenario(input);
  return result.ok ? { ok: true, scenario: result.scenario, added } : result;
}

/** A fresh id and label for a new node of this kind ("service-3", "Service 3"). */
function fresh(scenario: Scenario, kind: NodeKind, taken: Set<string>): { id: string; label: string } {
  for (let n = 1; ; n++) {
    const id = `${ID_PREFIX[kind]}-${n}`;
    if (!taken.has(id)) {
      taken.add(id);
      return { id, label: `${KIND_NAME[kind]} ${n}` };
    }
  }
}

export function addNode(scenario: Scenario, kind: NodeKind): EditResult {
  const taken = new Set(scenario.nodes.map((n) => n.id));
  const node = { ...fresh(scenario, kind, taken), kind };
  const nodes: unknown[] = [...scenario.nodes, node];
  const edges: unknown[] = [...scenario.edges];
  if (kind !== 'service') {
    const target = { ...fresh(scenario, 'service', taken), kind: 'service' };
    nodes.push(target);
    edges.push({ from: node.id, to: target.id });
  }
  return check({ ...scenario, nodes, edges }, node.id);
}

export function connect(scenario: Scenario, from: string, to: string): EditResult {
  return check({ ...scenario, edges: [...scenario.edges, { from, to }] });
}

/** Moves one end of an edge (React Flow's reconnect): a client's edge can be rewired in one step. */
export function reconnect(scenario: Scenario, edgeIndex: number, from: string, to: string): EditResult {
  const edges = scenario.edges.map((edge, i) => (i === edgeIndex ? { ...edge, from, to } : edge));
  return check({ ...scenario, edges });
}

export function deleteEdge(scenario: Scenario, edgeIndex: number): EditResult {
  return check({ ...scenario, edges: scenario.edges.filter((_, i) => i !== edgeIndex) });
}

export function deleteNode(scenario: Scenario, id: string): EditResult {
  return check({
    ...scenario,
    nodes: scenario.nodes.filter((n) => n.id !== id),
    edges: scenario.edges.filter((e) => e.from !== id && e.to !== id),
  });
}

export function renameNode(scenario: Scenario, id: string, label: string): EditResult {
  return check({ ...scenario, nodes: scenario.nodes.map((n) => (n.id === id ? { ...n, label } : n)) });
}
