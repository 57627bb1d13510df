/**
 * Which station a node is for queueing theory: its servers, service time, waiting room and (for a
 * queue) overflow policy. A service or gateway is its own station; a queue is the queue together
 * with its consumers; a `fifo` balancer is its shared line with its servers. Other nodes do not
 * queue (null). Shared by the app's theory panel and the runner's `--theory`.
 */
import type { Distribution, OverflowPolicy, Scenario, ScenarioNode } from '../../scenario/types.ts';

export interface StationShape {
  nodeId: string;
  kind: 'service' | 'gateway' | 'queue' | 'fifo-balancer';
  servers: number;
  serviceTime: Distribution;
  capacity: number | null;
  overflow: OverflowPolicy | undefined;
  /** Several servers (or several nodes) share one line. */
  pooled: boolean;
  /** The pooled servers have different service times: their mean is used, an approximation. */
  mixed: boolean;
  /** The nodes that serve this station's line (a queue's consumers, a balancer's targets). */
  serverIds: string[];
}

function serviceOf(node: ScenarioNode): { workers: number; serviceTime: Distribution } | null {
  if (node.kind === 'service' || node.kind === 'gateway' || node.kind === 'orchestrator') {
    return { workers: node.workers, serviceTime: node.serviceTime };
  }
  return null;
}

/** Several servers pooled behind one line (a queue's consumers, a fifo balancer's targets). */
function pool(scenario: Scenario, fromId: string) {
  const ids = scenario.edges.filter((e) => e.from === fromId).map((e) => e.to);
  let servers = 0;
  let weightedMean = 0;
  let first: Distribution | null = null;
  let mixed = false;
  for (const id of ids) {
    const node = scenario.nodes.find((n) => n.id === id);
    const s = node ? serviceOf(node) : null;
    if (!node || !s || (node.kind === 'service' && node.down)) continue;
    servers += s.workers;
    weightedMean += s.workers * s.serviceTime.mean;
    if (first === null) first = s.serviceTime;
    else if (first.dist !== s.serviceTime.dist || first.mean !== s.serviceTime.mean) mixed = true;
  }
  if (servers === 0 || first === null) return null;
  const serviceTime = mixed ? ({ ...first, mean: weightedMean / servers } as Distribution) : first;
  return { servers, serviceTime, mixed, ids };
}

export function stationOf(scenario: Scenario, nodeId: string): StationShape | null {
  const node = scenario.nodes.find((n) => n.id === nodeId);
  if (!node) return null;
  if (node.kind === 'service' || node.kind === 'gateway') {
    if (node.kind === 'service' && node.down) return null;
    return {
      nodeId,
      kind: node.kind,
      servers: node.workers,
      serviceTime: node.serviceTime,
      capacity: node.capacity,
      overflow: undefined,
      pooled: false,
      mixed: false,
      serverIds: [nodeId],
    };
  }
  if (node.kind === 'queue' || (node.kind === 'loadBalancer' && node.algorithm === 'fifo')) {
    const p = pool(scenario, node.id);
    if (!p) return null;
    return {
      nodeId,
      kind: node.kind === 'queue' ? 'queue' : 'fifo-balancer',
      servers: p.servers,
      serviceTime: p.serviceTime,
      capacity: node.kind === 'queue' ? node.capacity : null,
      overflow: node.kind === 'queue' ? node.overflow : undefined,
      pooled: p.ids.length > 1 || p.servers > 1,
      mixed: p.mixed,
      serverIds: p.ids,
    };
  }
  return null;
}

/**
 * The arrival rate to predict with: the node's measured rate, except at a queue under `block`
 * whose publishers are holding jobs. Held publishers stop publishing, so the rate reaching the
 * queue falls to what its consumers take; the load offered to it is the publishers' own arrivals.
 */
export function offeredRatePerS(
  scenario: Scenario,
  nodeId: string,
  arrivalRateOf: (id: string) => number,
  heldAt: (id: string) => number,
): number {
  const measured = arrivalRateOf(nodeId);
  const node = scenario.nodes.find((n) => n.id === nodeId);
  if (node?.kind !== 'queue' || node.overflow !== 'block') return measured;
  const publishers = scenario.edges.filter((e) => e.to === nodeId).map((e) => e.from);
  if (!publishers.some((id) => heldAt(id) > 0)) return measured;
  return Math.max(
    measured,
    publishers.reduce((sum, id) => sum + arrivalRateOf(id), 0),
  );
}
