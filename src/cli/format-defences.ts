/**
 * The overload defences' figures in the readable report (DESIGN.md section 8): one row per client
 * that retried or timed out, and per node that timed out, answered late, opened a breaker or was
 * autoscaled. Printed only when a scenario has any of them, so format-1 output is unchanged.
 */
import type { ClientResult, NodeResult } from './build-result.ts';
import { formatCount, formatRate, withHalfWidth } from './format-values.ts';
import { textTable, type Column } from './text-table.ts';

const COLUMNS: Column[] = [
  { header: 'node', align: 'left' },
  { header: 'attempts/request', align: 'right' },
  { header: 'retries', align: 'right' },
  { header: 'retries denied', align: 'right' },
  { header: 'timeouts', align: 'right' },
  { header: 'late answers', align: 'right' },
  { header: 'breaker opens', align: 'right' },
  { header: 'mean workers', align: 'right' },
  { header: 'workers at end', align: 'right' },
];

export function defencesTable(
  nodes: Record<string, NodeResult>,
  clients: Record<string, ClientResult>,
  many: boolean,
): string | null {
  const rows: string[][] = [];
  for (const [id, node] of Object.entries(nodes)) {
    const client = clients[id];
    const retried = client !== undefined && (client.retries > 0 || client.retriesDenied > 0);
    const scaled = node.kind === 'service' && Math.abs(node.meanWorkers - node.workersAtEnd) > 1e-9;
    if (!retried && !scaled && node.timeouts === 0 && node.lateAnswers === 0 && node.breakerOpens === 0)
      continue;
    const count = (value: number, half: number | null) => withHalfWidth(formatCount, value, half, many);
    rows.push([
      id,
      client !== undefined && client.sent > 0 ? formatRate(client.attempts / client.sent) : '',
      client !== undefined ? count(client.retries, client.ci95.retries) : '',
      client !== undefined ? count(client.retriesDenied, client.ci95.retriesDenied) : '',
      count(node.timeouts, node.ci95.timeouts),
      count(node.lateAnswers, node.ci95.lateAnswers),
      count(node.breakerOpens, node.ci95.breakerOpens),
      node.kind === 'service' ? withHalfWidth(formatRate, node.meanWorkers, node.ci95.meanWorkers, many) : '',
      node.kind === 'service' ? count(node.workersAtEnd, node.ci95.workersAtEnd) : '',
    ]);
  }
  return rows.length === 0 ? null : `Overload defences\n${textTable(COLUMNS, rows)}`;
}
