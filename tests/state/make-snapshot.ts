/** Synthetic engine snapshots for a scenario, so bridge and UI tests control every number. */
import type { NodeLive, Snapshot } from '../../src/engine/index.ts';
import { OUTCOMES, type Outcome, type Scenario } from '../../src/scenario/types.ts';

export interface NodeOverride extends Partial<Omit<NodeLive, 'failed'>> {
  failed?: Partial<Record<Outcome, number>>;
}

export interface SnapshotSpec {
  timeS: number;
  events?: number;
  /** By node id. */
  nodes?: Record<string, NodeOverride>;
  /** Cumulative traversals by edge index. */
  edgeCounts?: number[];
  edges?: Snapshot['edges'];
  endings?: Snapshot['endings'];
  lost?: Snapshot['lost'];
  perDot?: number;
  breakerStates?: Int8Array;
}

export function makeSnapshot(scenario: Scenario, spec: SnapshotSpec): Snapshot {
  const nodes = scenario.nodes.map((node): NodeLive => {
    const o = spec.nodes?.[node.id] ?? {};
    const failed = new Float64Array(OUTCOMES.length);
    OUTCOMES.forEach((outcome, i) => (failed[i] = o.failed?.[outcome] ?? 0));
    return {
      busy: o.busy ?? 0,
      workers: o.workers ?? ('workers' in node ? node.workers : 0),
      waiting: o.waiting ?? 0,
      held: o.held ?? 0,
      inSystem: o.inSystem ?? 0,
      arrivals: o.arrivals ?? 0,
      completed: o.completed ?? 0,
      failed,
      joining: o.joining ?? 0,
      deadLettered: o.deadLettered ?? 0,
      jobs: o.jobs ?? null,
      attempts: o.attempts ?? 0,
      retries: o.retries ?? 0,
      timeouts: o.timeouts ?? 0,
      lateAnswers: o.lateAnswers ?? 0,
      breakerOpens: o.breakerOpens ?? 0,
      starting: o.starting ?? 0,
      nextReadyInS: o.nextReadyInS ?? 0,
      desiredWorkers: o.desiredWorkers ?? 0,
      crashed: o.crashed ?? false,
      slowFactor: o.slowFactor ?? 1,
      extraErrorRate: o.extraErrorRate ?? 0,
      lostInCrash: o.lostInCrash ?? 0,
      targets: o.targets ?? null,
    };
  });
  const edgeCounts = new Float64Array(scenario.edges.length);
  spec.edgeCounts?.forEach((count, i) => (edgeCounts[i] = count));
  const byOutcome = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  return {
    timeS: spec.timeS,
    events: spec.events ?? 0,
    nodes,
    edgeCounts,
    breakerStates: spec.breakerStates ?? new Int8Array(scenario.edges.length).fill(-1),
    breakerOpenForS: new Float64Array(scenario.edges.length),
    edges: scenario.edges.map((_, i) => spec.edges?.[i] ?? { extraLatency: 0, cut: false, piled: 0 }),
    dots: {
      count: 0,
      perDot: spec.perDot ?? 1,
      state: new Uint8Array(0),
      place: new Uint16Array(0),
      pos: new Float32Array(0),
      flags: new Uint8Array(0),
      id: new Float64Array(0),
    },
    endings: spec.endings ?? [],
    lost: spec.lost ?? [],
    totals: { created: 0, finished: 0, inFlight: 0, byOutcome },
    halt: null,
  };
}
