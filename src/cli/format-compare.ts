/**
 * The readable form of `--compare`: A, B, the paired difference B − A with its 95% half-width, and
 * the change in percent, for each client and each station. The separate intervals of A and B are
 * shown too, so the reader sees how much narrower the paired one is.
 */
import type { MetricRecord } from './replication-stats.ts';
import type { CompareResult } from './run-compare.ts';
import { formatCount, formatPercent, formatRate, formatSeconds, withHalfWidth } from './format-values.ts';
import { textTable, type Column } from './text-table.ts';

type Format = (value: number | null) => string;

interface Row {
  label: string;
  path: string[];
  format: Format;
}

const CLIENT_ROWS: Row[] = [
  { label: 'sent', path: ['sent'], format: formatCount },
  { label: 'latency mean', path: ['latency', 'mean'], format: formatSeconds },
  { label: 'latency p50', path: ['latency', 'p50'], format: formatSeconds },
  { label: 'latency p95', path: ['latency', 'p95'], format: formatSeconds },
  { label: 'latency p99', path: ['latency', 'p99'], format: formatSeconds },
];

const NODE_ROWS: Row[] = [
  { label: 'throughput/s', path: ['throughput'], format: formatRate },
  { label: 'utilisation %', path: ['utilization'], format: formatPercent },
  { label: 'mean wait', path: ['meanWait'], format: formatSeconds },
  { label: 'p99 in system', path: ['p99'], format: formatSeconds },
  { label: 'drops/s', path: ['dropRate'], format: formatRate },
];

const COLUMNS: Column[] = [
  { header: 'where', align: 'left' },
  { header: 'metric', align: 'left' },
  { header: 'A', align: 'right' },
  { header: 'B', align: 'right' },
  { header: 'B − A (paired)', align: 'right' },
  { header: 'change %', align: 'right' },
];

export function formatCompare(result: CompareResult, scenarioName: string): string {
  const many = result.replications > 1;
  const rows: string[][] = [];
  const tree = (value: unknown) => value as MetricRecord;
  for (const [id, diff] of Object.entries(result.difference.clients)) {
    const a = tree(result.a.clients[id]);
    const b = tree(result.b.clients[id]);
    for (const row of CLIENT_ROWS) rows.push(line(id, row, a, b, diff, many));
    rows.push(shareRow(id, a, b));
  }
  for (const [id, diff] of Object.entries(result.difference.nodes)) {
    const a = tree(result.a.nodes[id]);
    if (a.kind === 'client') continue;
    const b = tree(result.b.nodes[id]);
    for (const row of NODE_ROWS) {
      // A balancer has no utilisation or wait, most stations no drops: rows of zeros only hide the rest.
      if (dig(a, row.path) === 0 && dig(b, row.path) === 0) continue;
      rows.push(line(id, row, a, b, diff, many));
    }
  }
  const last = result.seed + result.replications - 1;
  const seeds = many ? `seeds ${result.seed}–${last}` : `seed ${result.seed}`;
  const changes = result.changes ? result.changes.join(', ') || 'nothing (B is A)' : 'a different diagram';
  const same = result.sameRequests.holds
    ? 'Same requests in A and B: no client was changed, so both sides see exactly the same arrivals.'
    : `Not the same requests: B changes client(s) ${result.sameRequests.changedClients.join(', ')}, so their arrivals differ too.`;
  return [
    `${scenarioName} (${result.scenario}) · A against B (${result.compare})`,
    `B changes: ${changes}`,
    `${formatSeconds(result.duration)} simulated, measured from ${formatSeconds(result.warmup)} · ${result.replications} pair(s) of runs on common random numbers (${seeds}; A and B of a pair share the seed)`,
    same,
    '',
    textTable(COLUMNS, rows),
    '',
    many
      ? 'A and B: mean ± 95% half-width over the replications; B − A: mean ± 95% half-width of the per-seed differences. Station rows that are 0 in both are left out.'
      : 'One replication: no intervals; give --replications 5 or more for the paired 95% half-width. Station rows that are 0 in both are left out.',
  ].join('\n');
}

function dig(record: MetricRecord | undefined, path: readonly string[]): number | null {
  let here: unknown = record;
  for (const step of path)
    here = typeof here === 'object' && here !== null ? (here as MetricRecord)[step] : null;
  return typeof here === 'number' ? here : null;
}

function line(
  id: string,
  row: Row,
  a: MetricRecord,
  b: MetricRecord,
  diff: MetricRecord,
  many: boolean,
): string[] {
  const ci = (record: MetricRecord) => dig(record.ci95 as MetricRecord, row.path);
  const [av, bv, dv] = [dig(a, row.path), dig(b, row.path), dig(diff, row.path)];
  return [
    id,
    row.label,
    withHalfWidth(row.format, av, ci(a), many),
    withHalfWidth(row.format, bv, ci(b), many),
    signed(withHalfWidth(row.format, dv, ci(diff), many), dv),
    percentChange(av, dv),
  ];
}

function shareRow(id: string, a: MetricRecord, b: MetricRecord): string[] {
  const share = (r: MetricRecord) => {
    const sent = dig(r, ['sent']);
    const ok = dig(r, ['ok']);
    return sent && ok !== null ? ok / sent : null;
  };
  const [as, bs] = [share(a), share(b)];
  const d = as !== null && bs !== null ? bs - as : null;
  return [
    id,
    'success %',
    formatPercent(as),
    formatPercent(bs),
    signed(formatPercent(d), d),
    percentChange(as, d),
  ];
}

function signed(text: string, value: number | null): string {
  return value !== null && value > 0 ? `+${text}` : text;
}

/** (B − A) / A in percent; blank when A is 0 (no base to compare with). */
function percentChange(a: number | null, diff: number | null): string {
  if (a === null || diff === null || a === 0) return diff === 0 ? '0.0' : '–';
  const change = (diff / Math.abs(a)) * 100;
  return `${change > 0 ? '+' : ''}${change.toFixed(1)}`;
}
