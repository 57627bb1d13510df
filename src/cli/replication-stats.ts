/**
 * Statistics across independent replications: the mean of each metric and the half-width of its
 * Student-t 95% confidence interval, mean ± t(0.975, n−1) · s / √n.
 */
import { tQuantile975 } from './t-quantile.ts';

export interface Estimate {
  /** Null when no replication had a value (e.g. `firstDropAt` when nothing dropped). */
  mean: number | null;
  /** Null with fewer than two values: one run says nothing about the spread. */
  halfWidth: number | null;
}

/** Mean and 95% half-width of the non-null values. */
export function estimate(values: readonly (number | null)[]): Estimate {
  const present = values.filter((value): value is number => value !== null);
  const n = present.length;
  if (n === 0) return { mean: null, halfWidth: null };
  const mean = present.reduce((sum, value) => sum + value, 0) / n;
  if (n < 2) return { mean, halfWidth: null };
  const squares = present.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  const standardError = Math.sqrt(squares / (n - 1) / n);
  return { mean, halfWidth: tQuantile975(n - 1) * standardError };
}

/** A metrics record: numbers, null, text (a node's `kind`) and nested records (`failed`, `latency`). */
export interface MetricRecord {
  [key: string]: number | string | null | MetricRecord;
}

export interface RecordSummary {
  /** Same shape as the inputs, each number replaced by its mean across them. */
  mean: MetricRecord;
  /** Same shape without the text fields, each number replaced by its half-width. */
  ci95: MetricRecord;
}

/**
 * Summarises one record per replication, field by field. A key missing from some replications
 * counts as 0 there: the engine lists in `failed` only the outcomes that happened. Text is taken
 * from the first replication (it is the same in all of them).
 */
export function summarizeRecords(samples: readonly MetricRecord[]): RecordSummary {
  const mean: MetricRecord = {};
  const ci95: MetricRecord = {};
  for (const key of unionOfKeys(samples)) {
    const values = samples.map((sample) => (key in sample ? sample[key] : 0));
    const first = values[0];
    if (typeof first === 'string') {
      mean[key] = first;
    } else if (values.some((value) => typeof value === 'object' && value !== null)) {
      const nested = summarizeRecords(values.map((value) => (isRecord(value) ? value : {})));
      mean[key] = nested.mean;
      ci95[key] = nested.ci95;
    } else {
      const result = estimate(values.map((value) => (typeof value === 'number' ? value : null)));
      mean[key] = result.mean;
      ci95[key] = result.halfWidth;
    }
  }
  return { mean, ci95 };
}

function unionOfKeys(samples: readonly MetricRecord[]): string[] {
  const keys = new Set<string>();
  for (const sample of samples) for (const key of Object.keys(sample)) keys.add(key);
  return [...keys];
}

function isRecord(value: unknown): value is MetricRecord {
  return typeof value === 'object' && value !== null;
}
