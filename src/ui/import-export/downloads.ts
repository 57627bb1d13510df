/**
 * What can be downloaded: the scenario as a JSON file (opens again through the file picker, a drop
 * or a paste, and in the CLI), and the current run's figures as JSON or CSV (one row per node,
 * then one per client; every figure the engine's report has).
 */
import type { ClientMetrics, NodeMetrics, RunReport } from '../../engine/index.ts';
import { OUTCOMES, type Scenario } from '../../scenario/types.ts';

export function scenarioJson(scenario: Scenario, seed: number): string {
  return `${JSON.stringify({ ...scenario, seed }, null, 2)}\n`;
}

/** A file name from the scenario's name: lower case, dashes, no path characters. */
export function fileStem(name: string): string {
  const stem = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || 'scenario';
}

export function figuresJson(scenario: Scenario, report: RunReport, simTimeS: number): string {
  return `${JSON.stringify({ scenario: scenario.name, seed: report.seed, simulatedTime: simTimeS, report }, null, 2)}\n`;
}

const NODE_FIELDS = [
  'arrivals',
  'completed',
  'throughput',
  'dropRate',
  'dropProbability',
  'utilization',
  'meanQueueLength',
  'meanNumberInSystem',
  'meanWait',
  'meanTimeInSystem',
  'p50',
  'p95',
  'p99',
  'probabilityOfWaiting',
  'waitingAtEnd',
  'inSystemAtEnd',
  'firstDropAt',
] as const satisfies readonly (keyof NodeMetrics)[];

/** RFC 4180: quote a field holding a comma, quote or line break; neutralise spreadsheet formulas. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function figuresCsv(scenario: Scenario, report: RunReport): string {
  const label = new Map(scenario.nodes.map((n) => [n.id, n.label]));
  const header = [
    'row',
    'id',
    'label',
    'kind',
    ...NODE_FIELDS,
    'sent',
    'ok',
    'latencyMean',
    'latencyP50',
    'latencyP95',
    'latencyP99',
    ...OUTCOMES.filter((o) => o !== 'ok').map((o) => `failed:${o}`),
  ];
  const rows: unknown[][] = [header];
  const failures = (failed: Partial<Record<string, number>>) =>
    OUTCOMES.filter((o) => o !== 'ok').map((o) => failed[o] ?? 0);
  for (const [id, m] of Object.entries(report.nodes) as [string, NodeMetrics][]) {
    rows.push([
      'node',
      id,
      label.get(id) ?? id,
      m.kind,
      ...NODE_FIELDS.map((f) => m[f]),
      '',
      '',
      '',
      '',
      '',
      '',
      ...failures(m.failed),
    ]);
  }
  for (const [id, c] of Object.entries(report.clients) as [string, ClientMetrics][]) {
    rows.push([
      'client',
      id,
      label.get(id) ?? id,
      'client',
      ...NODE_FIELDS.map(() => ''),
      c.sent,
      c.ok,
      c.latency.mean,
      c.latency.p50,
      c.latency.p95,
      c.latency.p99,
      ...failures(c.failed),
    ]);
  }
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Starts a browser download of `text` as a file. */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
