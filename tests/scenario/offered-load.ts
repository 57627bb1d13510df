/**
 * A back-of-the-envelope model of where a scenario's traffic goes, for checking that presets
 * teach what they claim: mean rates only (no queueing), round robin as an even split, gateway
 * rejections by the clients' shares (rate limits ignored), longest-prefix routing, fan-out to
 * every orchestrator target, one job per request a service finishes.
 */
import type { Scenario, ScenarioNode } from '../../src/scenario/types.ts';

interface Flow {
  client: string;
  route: string;
  rate: number;
}

/** Arrival rate at every node, req/s (jobs/s for queues). */
export function offeredLoad(scenario: Scenario): Map<string, number> {
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const inbox = new Map<string, Flow[]>(scenario.nodes.map((n) => [n.id, []]));
  const out = (id: string) => scenario.edges.filter((e) => e.from === id);
  for (const node of scenario.nodes) {
    if (node.kind !== 'client') continue;
    const total = Object.values(node.routes).reduce((a, b) => a + b, 0);
    for (const [route, weight] of Object.entries(node.routes)) {
      inbox.get(out(node.id)[0].to)!.push({ client: node.id, route, rate: (node.rate * weight) / total });
    }
  }
  const arrivals = new Map<string, number>();
  for (const node of topologicalOrder(scenario)) {
    const flows = inbox.get(node.id)!;
    arrivals.set(
      node.id,
      flows.reduce((sum, f) => sum + f.rate, 0),
    );
    const edges = out(node.id);
    const send = (to: string, flow: Flow, share = 1) =>
      inbox.get(to)!.push({ ...flow, rate: flow.rate * share });
    for (const flow of flows) {
      if (node.kind === 'loadBalancer') {
        const weights = edges.map((e) => (node.algorithm === 'weighted-round-robin' ? e.weight : 1));
        const sum = weights.reduce((a, b) => a + b, 0);
        edges.forEach((e, i) => send(e.to, flow, weights[i] / sum));
      } else if (node.kind === 'gateway') {
        const client = byId.get(flow.client) as Extract<ScenarioNode, { kind: 'client' }>;
        const passed =
          (node.validate ? 1 - client.malformedShare : 1) * (node.auth ? 1 - client.invalidAuthShare : 1);
        const matches = edges.filter((e) => e.route !== undefined && flow.route.startsWith(e.route));
        matches.sort((a, b) => b.route!.length - a.route!.length);
        const target = matches[0] ?? edges.find((e) => e.route === undefined);
        if (target) send(target.to, flow, passed);
      } else if (node.kind === 'orchestrator' || node.kind === 'service') {
        for (const e of edges) send(e.to, flow);
      }
    }
  }
  return arrivals;
}

/** Utilisation of a station: arrivals × mean service time / workers. */
export function utilisation(node: ScenarioNode, arrivals: number): number | undefined {
  if (node.kind !== 'service' && node.kind !== 'gateway' && node.kind !== 'orchestrator') return undefined;
  return (arrivals * node.serviceTime.mean) / node.workers;
}

/** Jobs per second a queue's consumers can finish together. */
export function drainRate(scenario: Scenario, queueId: string): number {
  return scenario.edges
    .filter((e) => e.from === queueId)
    .map((e) => scenario.nodes.find((n) => n.id === e.to)!)
    .reduce((sum, n) => sum + (n.kind === 'service' ? n.workers / n.serviceTime.mean : 0), 0);
}

function topologicalOrder(scenario: Scenario): ScenarioNode[] {
  const indegree = new Map(scenario.nodes.map((n) => [n.id, 0]));
  for (const e of scenario.edges) indegree.set(e.to, indegree.get(e.to)! + 1);
  const ready = scenario.nodes.filter((n) => indegree.get(n.id) === 0);
  const order: ScenarioNode[] = [];
  while (ready.length > 0) {
    const node = ready.shift()!;
    order.push(node);
    for (const e of scenario.edges.filter((x) => x.from === node.id)) {
      indegree.set(e.to, indegree.get(e.to)! - 1);
      if (indegree.get(e.to) === 0) ready.push(scenario.nodes.find((n) => n.id === e.to)!);
    }
  }
  return order;
}
