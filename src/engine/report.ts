/**
 * The metric report of DESIGN.md section 2 over [warmup, now]. Reading it changes nothing: the
 * time averages add the stretch since each node's last change on the fly.
 */
import { OUTCOMES, type Outcome } from '../scenario/types.ts';
import { KIND_CLIENT, type NodeState } from './node-state.ts';
import type { ClientMetrics, NodeMetrics, RunReport } from './report-types.ts';
import type { Simulation } from './simulation.ts';
import { faultSecondsSince } from './faults.ts';
import { combinedTotals, jobCounts, outcomeRecord } from './snapshot.ts';
import {
  C_ATTEMPTS,
  C_BREAKER_OPENS,
  C_LATE_ANSWERS,
  C_RETRIES,
  C_RETRIES_DENIED,
  C_TIMEOUTS,
  type StationStats,
} from './station-stats.ts';

export function collectReport(sim: Simulation): RunReport {
  const windowS = Math.max(0, sim.nowS - sim.warmupS);
  const nodes: Record<string, NodeMetrics> = {};
  const clients: Record<string, ClientMetrics> = {};
  for (const node of sim.nodes) {
    nodes[node.params.id] = nodeMetrics(sim, node, windowS);
    if (node.kind === KIND_CLIENT) clients[node.params.id] = clientMetrics(sim, node);
  }
  const requests = combinedTotals(sim.requests, {
    created: 0,
    finished: 0,
    byOutcome: new Float64Array(OUTCOMES.length),
  });
  const jobs = combinedTotals(sim.jobs, {
    created: 0,
    finished: 0,
    byOutcome: new Float64Array(OUTCOMES.length),
  });
  const all = combinedTotals(sim.requests, sim.jobs);
  return {
    seed: sim.seed,
    duration: sim.nowS,
    warmup: sim.warmupS,
    nodes,
    clients,
    totals: { requests, jobs, ...all, byOutcome: outcomeRecord(sim.requests, sim.jobs) },
    events: sim.events,
    halt: sim.halt,
  };
}

function nodeMetrics(sim: Simulation, node: NodeState, windowS: number): NodeMetrics {
  const stats = node.stats;
  const areas = areasUntil(stats, sim.nowS);
  const perSecond = (count: number): number => (windowS > 0 ? count / windowS : 0);
  const timed = stats.timed;
  const isClient = node.kind === KIND_CLIENT;
  const latency = sim.clientStats.get(node.index);
  const times = isClient && latency ? latency.latency : stats.times;
  const sumTimeS = isClient && latency ? latency.sumLatencyS : stats.sumTimeS;
  const timeCount = isClient && latency ? latency.latency.count : timed;
  return {
    kind: node.params.kind,
    arrivals: stats.arrivals,
    completed: stats.completed,
    failed: failedRecord(stats.failed),
    throughput: perSecond(stats.completed),
    dropRate: perSecond(stats.drops),
    dropProbability: stats.arrivals > 0 ? stats.drops / stats.arrivals : 0,
    utilization: areas.servers > 0 ? areas.busy / areas.servers : 0,
    meanQueueLength: windowS > 0 ? areas.waiting / windowS : 0,
    meanNumberInSystem: windowS > 0 ? areas.system / windowS : 0,
    meanWait: timed > 0 ? stats.sumWaitS / timed : 0,
    meanTimeInSystem: timeCount > 0 ? sumTimeS / timeCount : 0,
    p50: times.quantile(0.5),
    p95: times.quantile(0.95),
    p99: times.quantile(0.99),
    probabilityOfWaiting: timed > 0 ? stats.waitedCount / timed : 0,
    // Jobs held under `block` are the publisher's backlog, and shown there.
    waitingAtEnd: stats.waiting + node.held,
    inSystemAtEnd: stats.waiting + stats.busy + stats.other,
    firstDropAt: stats.firstDropAt,
    ...(node.publishing.publishes
      ? { jobs: { ...jobCounts(node.publishing.window), heldAtEnd: node.held } }
      : {}),
    timeouts: stats.counters[C_TIMEOUTS],
    lateAnswers: stats.counters[C_LATE_ANSWERS],
    breakerOpens: stats.counters[C_BREAKER_OPENS],
    workersAtEnd: stats.servers,
    meanWorkers: windowS > 0 ? areas.servers / windowS : stats.servers,
    ejections: node.health?.ejections ?? 0,
    faultTime: node.faultTimeS + (node.faultCount > 0 ? faultSecondsSince(sim, node.faultSinceS) : 0),
  };
}

/** The window's integrals including the stretch since the node's last change. */
function areasUntil(stats: StationStats, nowS: number) {
  const from = Math.max(stats.lastS, stats.warmupS);
  const tail = nowS > from ? nowS - from : 0;
  return {
    waiting: stats.areaWaiting + stats.waiting * tail,
    busy: stats.areaBusy + stats.busy * tail,
    system: stats.areaSystem + (stats.waiting + stats.busy + stats.other) * tail,
    servers: stats.areaServers + stats.servers * tail,
  };
}

function clientMetrics(sim: Simulation, node: NodeState): ClientMetrics {
  const stats = node.stats;
  const latency = sim.clientStats.get(node.index);
  const count = latency?.latency.count ?? 0;
  return {
    sent: stats.arrivals,
    ok: stats.completed,
    failed: failedRecord(stats.failed),
    latency: {
      mean: count > 0 && latency ? latency.sumLatencyS / count : 0,
      p50: latency?.latency.quantile(0.5) ?? 0,
      p95: latency?.latency.quantile(0.95) ?? 0,
      p99: latency?.latency.quantile(0.99) ?? 0,
    },
    attempts: stats.counters[C_ATTEMPTS],
    retries: stats.counters[C_RETRIES],
    retriesDenied: stats.counters[C_RETRIES_DENIED],
  };
}

/** Only the outcomes that happened, so reports stay readable. */
function failedRecord(counts: Float64Array): Partial<Record<Outcome, number>> {
  const record: Partial<Record<Outcome, number>> = {};
  OUTCOMES.forEach((outcome, index) => {
    if (counts[index] > 0) record[outcome] = counts[index];
  });
  return record;
}
