/**
 * The one JSON object of `npm run sim -- … --json` (DESIGN.md section 4): per-node, per-client
 * and total metrics, each the mean over the replications with a `ci95` object of half-widths beside it.
 */
import type { ClientMetrics, Halt, NodeMetrics, PublisherJobs, RunReport } from '../engine/index.ts';
import {
  nodeTheory,
  offeredRatePerS,
  theoryFigures,
  type TheoryFigures,
} from '../engine/theory/node-theory.ts';
import type { Outcome, Scenario } from '../scenario/types.ts';
import { summarizeRecords, type MetricRecord } from './replication-stats.ts';

/** Numbers become means; `number | null` stays nullable (null when no replication had a value). */
type Mean<T> = {
  [K in keyof T]: T[K] extends number
    ? number
    : T[K] extends string
      ? T[K]
      : T[K] extends object
        ? Mean<T[K]>
        : T[K];
};
/** Half-widths: null for a single replication, or when fewer than two replications had a value. */
type HalfWidths<T> = {
  [K in keyof T as T[K] extends string ? never : K]: T[K] extends number | null
    ? number | null
    : HalfWidths<T[K]>;
};
type WithCi<T> = Mean<T> & { ci95: HalfWidths<T> };

interface TotalsMetrics {
  created: number;
  finished: number;
  inFlight: number;
  byOutcome: Record<Outcome, number>;
  /** What became of every job published to a queue (the publishers' `jobs` added up); absent without queues. */
  jobs?: PublisherJobs;
}

/** With `--theory`, a station's prediction at its measured arrival rate (DESIGN.md §8). */
export type NodeResult = WithCi<NodeMetrics> & { theory?: TheoryFigures };
export type ClientResult = WithCi<ClientMetrics>;
export type TotalsResult = WithCi<TotalsMetrics>;

export interface CliResult {
  /** Where the scenario came from: the preset id or file path as given, or "share link". */
  scenario: string;
  /** The first replication's seed; replication i ran with seed + i. */
  seed: number;
  /** Simulated seconds per replication, as asked. */
  duration: number;
  warmup: number;
  /** Replications that ran (fewer than asked only when one halted). */
  replications: number;
  nodes: Record<string, NodeResult>;
  clients: Record<string, ClientResult>;
  /** Requests and jobs together. */
  totals: TotalsResult;
  /** Events processed, summed over the replications (so `events / wallMs` is the engine's pace). */
  events: number;
  /** Wall time of the simulation runs, summed over the replications. */
  wallMs: number;
  /** Present only when a run stopped early as overloaded. */
  halt?: Halt & { seed: number };
}

export interface ResultInput {
  source: string;
  seed: number;
  durationS: number;
  warmupS: number;
  reports: readonly RunReport[];
  wallMs: number;
  halt: (Halt & { seed: number }) | null;
  /** Given with `--theory`: the scenario the predictions are made for. */
  theoryFor?: Scenario;
}

export function buildResult(input: ResultInput): CliResult {
  const { reports } = input;
  const first = reports[0];
  const nodes: Record<string, NodeResult> = {};
  for (const id of Object.keys(first.nodes)) {
    nodes[id] = withCi<NodeResult>(reports.map((report) => report.nodes[id]));
  }
  const clients: Record<string, ClientResult> = {};
  for (const id of Object.keys(first.clients)) {
    clients[id] = withCi<ClientResult>(reports.map((report) => report.clients[id]));
  }
  // Only the contract's four totals: the engine's split into requests and jobs stays inside.
  const totals = withCi<TotalsResult>(
    reports.map(({ nodes: perNode, totals: { created, finished, inFlight, byOutcome } }) => {
      const jobs = sumJobs(Object.values(perNode));
      return { created, finished, inFlight, byOutcome, ...(jobs ? { jobs } : {}) };
    }),
  );
  if (input.theoryFor) addTheory(input.theoryFor, nodes, input.durationS - input.warmupS);
  const result: CliResult = {
    scenario: input.source,
    seed: input.seed,
    duration: input.durationS,
    warmup: input.warmupS,
    replications: reports.length,
    nodes,
    clients,
    totals,
    events: reports.reduce((sum, report) => sum + report.events, 0),
    wallMs: Math.round(input.wallMs * 10) / 10,
  };
  if (input.halt !== null) result.halt = input.halt;
  return result;
}

function sumJobs(metrics: readonly NodeMetrics[]): PublisherJobs | null {
  const publishers = metrics.filter((m) => m.jobs !== undefined);
  if (publishers.length === 0) return null;
  const sum: PublisherJobs = {
    published: 0,
    done: 0,
    failed: 0,
    refused: 0,
    evicted: 0,
    deadLettered: 0,
    heldAtEnd: 0,
  };
  for (const m of publishers) {
    for (const key of Object.keys(sum) as (keyof PublisherJobs)[]) sum[key] += m.jobs?.[key] ?? 0;
  }
  return sum;
}

/**
 * The prediction for every station at its measured arrival rate (mean over the replications), from
 * the same code as the app's theory panel. Nodes that do not queue get none, nor does a queue's
 * consumer (its queue's theory covers the queue and its consumers together).
 */
function addTheory(scenario: Scenario, nodes: Record<string, NodeResult>, windowS: number): void {
  const rateOf = (id: string) => (windowS > 0 ? (nodes[id]?.arrivals ?? 0) / windowS : 0);
  const heldAt = (id: string) => nodes[id]?.jobs?.heldAtEnd ?? 0;
  // A queue's consumer shares its queue's line: the queue's theory describes both.
  const consumers = new Set(
    scenario.edges
      .filter((e) => scenario.nodes.some((n) => n.id === e.from && n.kind === 'queue'))
      .map((e) => e.to),
  );
  for (const id of Object.keys(nodes)) {
    if (consumers.has(id)) continue;
    const theory = nodeTheory(scenario, id, offeredRatePerS(scenario, id, rateOf, heldAt));
    if (theory) nodes[id].theory = theoryFigures(theory);
  }
}

function withCi<T>(samples: readonly object[]): T {
  const { mean, ci95 } = summarizeRecords(samples as unknown as MetricRecord[]);
  return { ...mean, ci95 } as T;
}
