/**
 * The one JSON object of `npm run sim -- … --json` (DESIGN.md section 4): per-node, per-client
 * and total metrics, each the mean over the replications with a `ci95` object of half-widths beside it.
 */
import type { ClientMetrics, Halt, NodeMetrics, RunReport } from '../engine/index.ts';
import type { Outcome } from '../scenario/types.ts';
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
}

export type NodeResult = WithCi<NodeMetrics>;
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
    reports.map(({ totals: { created, finished, inFlight, byOutcome } }) => ({
      created,
      finished,
      inFlight,
      byOutcome,
    })),
  );
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

function withCi<T>(samples: readonly object[]): T {
  const { mean, ci95 } = summarizeRecords(samples as unknown as MetricRecord[]);
  return { ...mean, ci95 } as T;
}
