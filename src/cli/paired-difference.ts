/**
 * B − A, replication by replication, then the mean and 95% half-width of those differences. A and
 * B of one replication share a seed, so they share every random draw a change does not touch:
 * the differences vary far less than either side, and the paired interval is far narrower than
 * the two separate ones.
 */
import type { RunReport } from '../engine/index.ts';
import { summarizeRecords, type MetricRecord } from './replication-stats.ts';

export interface Difference {
  /** Nodes and clients present in both A and B (by id), each `{ ...mean differences, ci95 }`. */
  nodes: Record<string, MetricRecord>;
  clients: Record<string, MetricRecord>;
  totals: MetricRecord;
}

/** `b − a` field by field; a key missing on one side counts 0 there, as across replications. */
export function subtractRecords(b: MetricRecord, a: MetricRecord): MetricRecord {
  const out: MetricRecord = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const before = Object.hasOwn(a, key) ? a[key] : 0;
    const after = Object.hasOwn(b, key) ? b[key] : 0;
    if (typeof before === 'string' || typeof after === 'string') continue;
    if (isRecord(before) || isRecord(after)) {
      out[key] = subtractRecords(isRecord(after) ? after : {}, isRecord(before) ? before : {});
    } else {
      out[key] = before === null || after === null ? null : after - before;
    }
  }
  return out;
}

const isRecord = (value: unknown): value is MetricRecord => typeof value === 'object' && value !== null;

function withCi(samples: readonly MetricRecord[]): MetricRecord {
  const { mean, ci95 } = summarizeRecords(samples);
  return { ...mean, ci95 };
}

type Group = 'nodes' | 'clients';

export function pairedDifference(a: readonly RunReport[], b: readonly RunReport[]): Difference {
  const pairs = a.map((report, i) => [report, b[i]] as const);
  const group = (name: Group): Record<string, MetricRecord> => {
    const ids = Object.keys(a[0][name]).filter((id) => Object.hasOwn(b[0][name], id));
    return Object.fromEntries(
      ids.map((id) => [
        id,
        withCi(
          pairs.map(([left, right]) =>
            subtractRecords(
              right[name][id] as unknown as MetricRecord,
              left[name][id] as unknown as MetricRecord,
            ),
          ),
        ),
      ]),
    );
  };
  const totalsOf = ({ totals: { created, finished, inFlight, byOutcome } }: RunReport): MetricRecord => ({
    created,
    finished,
    inFlight,
    byOutcome,
  });
  return {
    nodes: group('nodes'),
    clients: group('clients'),
    totals: withCi(pairs.map(([left, right]) => subtractRecords(totalsOf(right), totalsOf(left)))),
  };
}
