/**
 * The readable form of a result (what `npm run sim` prints without `--json`): a header, one row
 * per node, one per client, then totals and the engine's pace. With several replications each
 * main figure reads "mean ± 95% half-width".
 */
import { OUTCOMES, type Outcome } from '../scenario/types.ts';
import type { CliResult, ClientResult, NodeResult } from './build-result.ts';
import {
  formatCount,
  formatPercent,
  formatPerSecond,
  formatRate,
  formatSeconds,
  formatWallMs,
  withHalfWidth,
} from './format-values.ts';
import { defencesTable } from './format-defences.ts';
import { textTable, type Column } from './text-table.ts';

export function formatReport(result: CliResult, scenarioName: string): string {
  const many = result.replications > 1;
  return [
    header(result, scenarioName),
    '',
    nodeTable(result.nodes, many),
    ...faultLines(result.nodes),
    '',
    clientTable(result.clients, many),
    '',
    ...defences(result, many),
    totalsLine(result),
    paceLine(result),
  ].join('\n');
}

function defences(result: CliResult, many: boolean): string[] {
  const table = defencesTable(result.nodes, result.clients, many);
  return table === null ? [] : [table, ''];
}

function header(result: CliResult, scenarioName: string): string {
  const last = result.seed + result.replications - 1;
  const runs =
    result.replications > 1
      ? `${result.replications} replications (seeds ${result.seed}–${last}), mean ± 95% confidence half-width`
      : `1 replication (seed ${result.seed})`;
  return [
    `${scenarioName} (${result.scenario})`,
    `${formatSeconds(result.duration)} simulated, measured from ${formatSeconds(result.warmup)} (warm-up) to the end · ${runs}`,
  ].join('\n');
}

const NODE_COLUMNS: Column[] = [
  { header: 'node', align: 'left' },
  { header: 'kind', align: 'left' },
  { header: 'arrivals', align: 'right' },
  { header: 'throughput/s', align: 'right' },
  { header: 'util %', align: 'right' },
  { header: 'mean wait', align: 'right' },
  { header: 'time in system', align: 'right' },
  { header: 'p95', align: 'right' },
  { header: 'p99', align: 'right' },
  { header: 'drop %', align: 'right' },
  { header: 'waiting at end', align: 'right' },
];

function nodeTable(nodes: Record<string, NodeResult>, many: boolean): string {
  const rows = Object.entries(nodes).map(([id, node]) => {
    const ci = node.ci95;
    // A client has no workers, line or drops: blank beats a column of misleading zeros.
    const station = node.kind !== 'client';
    const cell = (
      format: (value: number | null) => string,
      value: number | null,
      halfWidth: number | null,
    ) => (station ? withHalfWidth(format, value, halfWidth, many) : '');
    return [
      id,
      node.kind,
      withHalfWidth(formatCount, node.arrivals, ci.arrivals, many),
      withHalfWidth(formatRate, node.throughput, ci.throughput, many),
      cell(formatPercent, node.utilization, ci.utilization),
      cell(formatSeconds, node.meanWait, ci.meanWait),
      withHalfWidth(formatSeconds, node.meanTimeInSystem, ci.meanTimeInSystem, many),
      withHalfWidth(formatSeconds, node.p95, ci.p95, many),
      withHalfWidth(formatSeconds, node.p99, ci.p99, many),
      cell(formatPercent, node.dropProbability, ci.dropProbability),
      cell(formatCount, node.waitingAtEnd, ci.waitingAtEnd),
    ];
  });
  return textTable(NODE_COLUMNS, rows);
}

const CLIENT_COLUMNS: Column[] = [
  { header: 'client', align: 'left' },
  { header: 'sent', align: 'right' },
  { header: 'ok %', align: 'right' },
  { header: 'latency mean', align: 'right' },
  { header: 'p50', align: 'right' },
  { header: 'p95', align: 'right' },
  { header: 'p99', align: 'right' },
  { header: 'failures by outcome', align: 'left' },
];

function clientTable(clients: Record<string, ClientResult>, many: boolean): string {
  const rows = Object.entries(clients).map(([id, client]) => {
    const { latency, ci95 } = client;
    return [
      id,
      withHalfWidth(formatCount, client.sent, ci95.sent, many),
      client.sent > 0 ? formatPercent(client.ok / client.sent) : '–',
      withHalfWidth(formatSeconds, latency.mean, ci95.latency.mean, many),
      withHalfWidth(formatSeconds, latency.p50, ci95.latency.p50, many),
      withHalfWidth(formatSeconds, latency.p95, ci95.latency.p95, many),
      withHalfWidth(formatSeconds, latency.p99, ci95.latency.p99, many),
      outcomeList(client.failed) || 'none',
    ];
  });
  return textTable(CLIENT_COLUMNS, rows);
}

/** "unauthorized 12, queue-full 3", in the engine's outcome order, zeros left out. */
function outcomeList(counts: Partial<Record<Outcome, number>>): string {
  return OUTCOMES.filter((outcome) => (counts[outcome] ?? 0) > 0)
    .map((outcome) => `${outcome} ${formatCount(counts[outcome] as number)}`)
    .join(', ');
}

function totalsLine(result: CliResult): string {
  const { totals } = result;
  const outcomes = outcomeList(totals.byOutcome);
  return (
    `Totals (requests and jobs): created ${formatCount(totals.created)}, finished ${formatCount(totals.finished)}` +
    `${outcomes ? ` (${outcomes})` : ''}, in flight at end ${formatCount(totals.inFlight)}`
  );
}

function paceLine(result: CliResult): string {
  const wallS = result.wallMs / 1000;
  const eventsPerS = wallS > 0 ? result.events / wallS : 0;
  const simulatedS = result.duration * result.replications;
  const speedup = wallS > 0 ? `, ${formatPerSecond(simulatedS / wallS)}× real time` : '';
  return `Events: ${formatCount(result.events)} in ${formatWallMs(result.wallMs)} of wall time (${formatPerSecond(eventsPerS)} events/s${speedup})`;
}

/** Format 2: which nodes had faults for how long, and what the balancers took out (only if any). */
function faultLines(nodes: Record<string, NodeResult>): string[] {
  const parts: string[] = [];
  for (const [id, node] of Object.entries(nodes)) {
    if (node.faultTime > 0) parts.push(`${id} faulted for ${formatSeconds(node.faultTime)}`);
    if (node.ejections > 0) parts.push(`${id} took ${formatCount(node.ejections)} target(s) out of rotation`);
  }
  return parts.length === 0 ? [] : ['', `Faults: ${parts.join('; ')}`];
}
