/**
 * Turns a snapshot plus the sliding window of earlier samples into the figures the view shows.
 * Rates come from cumulative counters (edge traversals, arrivals, completions) and levels (waiting,
 * busy) sampled into a RateWindow, so they describe the last few simulated seconds, not the run.
 */
import type { Snapshot } from '../engine/index.ts';
import { OUTCOMES, type Scenario } from '../scenario/types.ts';
import type { JobFigures, LiveFigures, NodeFigures } from './live-figures.ts';
import type { RateWindow } from './rate-window.ts';
import type { Topology } from './topology.ts';

// Per-node values in a sample, after [events, edge counts...].
const ARRIVALS = 0;
const COMPLETED = 1;
const FAILED = 2;
const WAITING = 3;
const BUSY_SHARE = 4;
/** The jobs this node published: published, done, refused, evicted, dead-lettered (cumulative). */
const JOBS = 5;
const JOB_FIELDS = ['published', 'done', 'refused', 'evicted', 'deadLettered'] as const;
/** Cumulative endings at this node for each outcome, in OUTCOMES order. */
const BY_OUTCOME = JOBS + JOB_FIELDS.length;
/** A caller's tries (cumulative). */
const ATTEMPTS = BY_OUTCOME + OUTCOMES.length;
const PER_NODE = ATTEMPTS + 1;

export function sampleWidth(nodeCount: number, edgeCount: number): number {
  return 1 + edgeCount + nodeCount * PER_NODE;
}

function nodeBase(edgeCount: number, nodeIndex: number): number {
  return 1 + edgeCount + nodeIndex * PER_NODE;
}

/** Writes the snapshot's counters into `out` (length `sampleWidth`), allocation-free. */
export function writeSample(out: Float64Array, snapshot: Snapshot): void {
  const edgeCount = snapshot.edgeCounts.length;
  out[0] = snapshot.events;
  out.set(snapshot.edgeCounts, 1);
  for (let i = 0; i < snapshot.nodes.length; i++) {
    const node = snapshot.nodes[i];
    const base = nodeBase(edgeCount, i);
    let failed = 0;
    for (let o = 1; o < node.failed.length; o++) failed += node.failed[o];
    out[base + ARRIVALS] = node.arrivals;
    out[base + COMPLETED] = node.completed;
    out[base + FAILED] = failed;
    out[base + WAITING] = node.waiting + node.held;
    out[base + BUSY_SHARE] = node.workers > 0 ? node.busy / node.workers : 0;
    for (let f = 0; f < JOB_FIELDS.length; f++) out[base + JOBS + f] = node.jobs?.[JOB_FIELDS[f]] ?? 0;
    for (let o = 0; o < OUTCOMES.length; o++) out[base + BY_OUTCOME + o] = node.failed[o] ?? 0;
    out[base + ATTEMPTS] = node.attempts;
  }
}

/** Tiny rates are noise from the window's edges; showing them as "0.01/s" only distracts. */
const clean = (x: number): number => (Math.abs(x) < 1e-9 ? 0 : x);

export function deriveLive(
  snapshot: Snapshot,
  topology: Topology,
  scenario: Scenario,
  rates: RateWindow,
  windowS: number,
): LiveFigures {
  const edgeCount = snapshot.edgeCounts.length;
  const nodes: Record<string, NodeFigures> = {};
  topology.nodes.forEach((t, i) => {
    const live = snapshot.nodes[i];
    const base = nodeBase(edgeCount, i);
    const growth = clean(rates.rate(base + WAITING, windowS));
    const node = scenario.nodes[i];
    const capacity = node.kind === 'queue' ? node.capacity : null;
    let timeUntilFullS: number | null = null;
    if (capacity !== null) {
      // One below capacity is full too: the next arrival fills the place a consumer just freed.
      if (live.waiting >= capacity - 1) timeUntilFullS = 0;
      else if (growth > 0.01) timeUntilFullS = (capacity - live.waiting) / growth;
    }
    const rate = (i: number) => clean(rates.rate(base + i, windowS));
    const failedPerSByOutcome = OUTCOMES.map((_, o) => (o === 0 ? 0 : rate(BY_OUTCOME + o)));
    const jobs: JobFigures | null = live.jobs
      ? {
          ...live.jobs,
          publishedPerS: rate(JOBS),
          donePerS: rate(JOBS + 1),
          refusedPerS: rate(JOBS + 2),
          evictedPerS: rate(JOBS + 3),
          deadLetteredPerS: rate(JOBS + 4),
        }
      : null;
    nodes[t.id] = {
      busy: live.busy,
      workers: live.workers,
      waiting: live.waiting,
      held: live.held,
      joining: live.joining,
      inSystem: live.inSystem,
      arrivals: live.arrivals,
      completed: live.completed,
      deadLettered: live.deadLettered,
      failed: Array.from(live.failed),
      arrivalsPerS: clean(rates.rate(base + ARRIVALS, windowS)),
      throughputPerS: clean(rates.rate(base + COMPLETED, windowS)),
      failedPerS: clean(rates.rate(base + FAILED, windowS)),
      waitingGrowthPerS: growth,
      utilization: live.workers > 0 ? rates.mean(base + BUSY_SHARE, windowS) : 0,
      timeUntilFullS,
      failedPerSByOutcome,
      jobs,
      crashed: live.crashed ? 1 : 0,
      slowFactor: live.slowFactor,
      extraErrorRate: live.extraErrorRate,
      lostInCrash: live.lostInCrash,
      targets: live.targets,
      attempts: live.attempts,
      retries: live.retries,
      timeouts: live.timeouts,
      lateAnswers: live.lateAnswers,
      breakerOpens: live.breakerOpens,
      attemptsPerS: clean(rates.rate(base + ATTEMPTS, windowS)),
      starting: live.starting,
      nextReadyInS: live.nextReadyInS,
      desiredWorkers: live.desiredWorkers,
    };
  });
  const edgeRatePerS: number[] = [];
  for (let e = 0; e < edgeCount; e++) edgeRatePerS.push(clean(rates.rate(1 + e, windowS)));
  return {
    timeS: snapshot.timeS,
    events: snapshot.events,
    eventsPerS: clean(rates.rate(0, windowS)),
    nodes,
    edgeRatePerS,
    edges: snapshot.edges,
    breakerStates: Array.from(snapshot.breakerStates),
    breakerOpenForS: Array.from(snapshot.breakerOpenForS),
    totals: snapshot.totals,
    perDot: snapshot.dots.perDot,
    inFlight: snapshot.totals.inFlight,
  };
}
