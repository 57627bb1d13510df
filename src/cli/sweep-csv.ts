/**
 * The sweep as CSV (RFC 4180): one row per point, `--by` value first when there is one, numbers in
 * JavaScript's shortest exact form so the file is the same byte for byte whatever the threads.
 */
import type { SweepResult } from './run-sweep.ts';

export function sweepCsv(result: SweepResult): string {
  const header = [
    ...(result.by ? [result.by] : []),
    result.parameter,
    result.metric,
    'ci95',
    'replications',
    'halted',
  ];
  const rows = result.points.map((point) => [
    ...(result.by ? [point.by ?? ''] : []),
    point.value,
    number(point.metric.mean),
    number(point.metric.ci95),
    String(point.replications),
    String(point.halted),
  ]);
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

const number = (value: number | null) => (value === null ? '' : String(value));

/** Quoted only when it must be: a comma, a quote or a line break inside. */
function cell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
