/**
 * A picture of the run for the view, taken without changing it: where every token in flight is
 * (compact typed arrays, sampled above `maxDots`), per-node live counters and the non-ok endings
 * since the previous snapshot.
 */
import { OUTCOMES } from '../scenario/types.ts';
import type { JobTally } from './publish-stats.ts';
import type { TargetHealth } from './nodes/target-health.ts';
import {
  DOT_FLAG,
  DOT_STATE,
  type Dots,
  type JobCounts,
  type NodeLive,
  type Snapshot,
  type TargetLive,
  type Totals,
} from './report-types.ts';
import { BREAKER_OPEN, breakerStateAt, type Breaker } from './breaker.ts';
import type { Simulation, TokenCounts } from './simulation.ts';
import { C_ATTEMPTS, C_BREAKER_OPENS, C_LATE_ANSWERS, C_RETRIES, C_TIMEOUTS } from './station-stats.ts';
import { TOKEN_BRANCH, TOKEN_JOB, type Token } from './token.ts';

export function takeSnapshot(sim: Simulation, maxDots = 2000): Snapshot {
  const endings = sim.endings;
  sim.endings = [];
  const lost = sim.lost;
  sim.lost = [];
  return {
    timeS: sim.nowS,
    events: sim.events,
    nodes: sim.nodes.map((node): NodeLive => ({
      busy: node.busy,
      workers: node.workers,
      waiting: node.line.length,
      held: node.held,
      inSystem: node.stats.waiting + node.stats.busy + node.stats.other,
      arrivals: node.stats.totalArrivals,
      completed: node.stats.totalCompleted,
      failed: node.stats.totalFailed.slice(),
      joining: node.joining,
      deadLettered: node.deadLettered,
      jobs: node.publishing.publishes ? jobCounts(node.publishing.lifetime) : null,
      attempts: node.stats.totalCounters[C_ATTEMPTS],
      retries: node.stats.totalCounters[C_RETRIES],
      timeouts: node.stats.totalCounters[C_TIMEOUTS],
      lateAnswers: node.stats.totalCounters[C_LATE_ANSWERS],
      breakerOpens: node.stats.totalCounters[C_BREAKER_OPENS],
      starting: node.starting,
      nextReadyInS:
        node.scaler !== null && node.scaler.readyAtS.length > 0 ? node.scaler.readyAtS[0] - sim.nowS : 0,
      desiredWorkers: node.scaler?.desired ?? 0,
      crashed: node.crashed,
      slowFactor: node.slowFactor,
      extraErrorRate: node.extraErrorRate,
      lostInCrash: node.lostInCrash,
      targets: node.health === null ? null : targetsLive(node.health),
    })),
    edgeCounts: sim.edgeCounts.slice(),
    ...breakerView(sim),
    edges: sim.edges.map((edge) => ({
      extraLatency: edge.extraLatency,
      cut: edge.cut,
      piled: edge.pile?.length ?? 0,
    })),
    dots: collectDots(sim, maxDots),
    endings,
    lost,
    totals: combinedTotals(sim.requests, sim.jobs),
    halt: sim.halt,
  };
}

export function jobCounts(tally: JobTally): JobCounts {
  const { published, done, failed, refused, evicted, deadLettered } = tally;
  return { published, done, failed, refused, evicted, deadLettered };
}

function collectDots(sim: Simulation, maxDots: number): Dots {
  const active = sim.active;
  const perDot = active.length > maxDots ? Math.ceil(active.length / Math.max(1, maxDots)) : 1;
  let count = 0;
  for (const token of active) if (token.id % perDot === 0 && token.state !== DOT_STATE.calling) count++;
  const dots: Dots = {
    count,
    perDot,
    state: new Uint8Array(count),
    place: new Uint16Array(count),
    pos: new Float32Array(count),
    flags: new Uint8Array(count),
    id: new Float64Array(count),
  };
  let i = 0;
  for (const token of active) {
    if (token.id % perDot !== 0 || token.state === DOT_STATE.calling) continue;
    dots.state[i] = token.state;
    const onEdge = token.state === DOT_STATE.traveling || token.state === DOT_STATE.atCut;
    dots.place[i] = onEdge ? token.edge : token.node;
    dots.pos[i] = position(sim, token);
    dots.flags[i] = dotFlags(token);
    dots.id[i] = token.id;
    i++;
  }
  return dots;
}

/** A dot's `DOT_FLAG` bits. */
export function dotFlags(token: Token): number {
  return (
    (token.mobile ? DOT_FLAG.mobile : 0) |
    (token.kind === TOKEN_JOB ? DOT_FLAG.job : 0) |
    (token.kind === TOKEN_BRANCH ? DOT_FLAG.branch : 0) |
    (token.retryNo > 0 ? DOT_FLAG.retry : 0) |
    (token.abandoned ? DOT_FLAG.wasted : 0)
  );
}

/** Per edge: the state of the breaker on it (-1: none) and the seconds it stays open. */
function breakerView(sim: Simulation): { breakerStates: Int8Array; breakerOpenForS: Float64Array } {
  const breakerStates = new Int8Array(sim.edges.length).fill(-1);
  const breakerOpenForS = new Float64Array(sim.edges.length);
  for (const node of sim.nodes) {
    if (node.breakers === null) continue;
    node.outEdges.forEach((edgeIndex, position) => {
      const breaker = (node.breakers as Breaker[])[position];
      breakerStates[edgeIndex] = breakerStateAt(breaker, sim.nowS);
      if (breakerStates[edgeIndex] === BREAKER_OPEN)
        breakerOpenForS[edgeIndex] = breaker.openUntilS - sim.nowS;
    });
  }
  return { breakerStates, breakerOpenForS };
}

function position(sim: Simulation, token: Token): number {
  switch (token.state) {
    case DOT_STATE.traveling: {
      const span = token.arriveS - token.departS;
      return span > 0 ? Math.min(1, Math.max(0, (sim.nowS - token.departS) / span)) : 1;
    }
    case DOT_STATE.waiting: {
      const node = sim.nodes[token.node];
      return token.lineSeq - node.line.shiftedCount;
    }
    case DOT_STATE.held: {
      const queue = sim.nodes[token.edge >= 0 ? sim.edges[token.edge].toIndex : token.node];
      return token.lineSeq - queue.blocked.shiftedCount;
    }
    case DOT_STATE.inService:
      return token.workerSlot;
    case DOT_STATE.atCut: {
      const pile = sim.edges[token.edge].pile;
      return pile === null ? 0 : token.lineSeq - pile.shiftedCount;
    }
    default:
      return 0;
  }
}

export function combinedTotals(requests: TokenCounts, jobs: TokenCounts): Totals {
  const created = requests.created + jobs.created;
  const finished = requests.finished + jobs.finished;
  return { created, finished, inFlight: created - finished, byOutcome: outcomeRecord(requests, jobs) };
}

export function outcomeRecord(...counts: TokenCounts[]): Totals['byOutcome'] {
  const record = {} as Totals['byOutcome'];
  OUTCOMES.forEach((outcome, index) => {
    record[outcome] = counts.reduce((sum, count) => sum + count.byOutcome[index], 0);
  });
  return record;
}

function targetsLive(health: TargetHealth): TargetLive[] {
  const nextProbeS = health.probeIntervalS > 0 ? health.nextProbe * health.probeIntervalS : null;
  return Array.from({ length: health.targets }, (_, position) => ({
    state: health.stateOf(position),
    failedProbes: health.failedProbes[position],
    nextProbeS,
    ejectedUntilS: health.ejectedUntilS[position] > 0 ? health.ejectedUntilS[position] : null,
  }));
}
