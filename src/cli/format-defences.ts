/**
 * The overload defences' figures in the readable report (DESIGN.md section 8): per client that
 * retried or timed out, and per node that timed out, answered late, opened a breaker or was
 * autoscaled. Printed only when a scenario has any of them, so format-1 output is unchanged.
 * Figures, not a table: the report's blocks wrap under the name so every line fits 120 columns.
 */
import type { ClientResult, NodeResult } from './build-result.ts';
import { formatCount, formatRate } from './format-values.ts';

/** Formats "name value" with the report's interval rule (format-report.ts). */
export type FigureText = (
  name: string,
  format: (value: number | null) => string,
  value: number | null,
  halfWidth: number | null | undefined,
) => string;

/** Per node id, the defences' figures (zeros left out); empty when none of them applies. */
export function defenceFigures(
  nodes: Record<string, NodeResult>,
  clients: Record<string, ClientResult>,
  figure: FigureText,
): [string, string[]][] {
  const rows: [string, string[]][] = [];
  for (const [id, node] of Object.entries(nodes)) {
    const client = clients[id];
    const retried = client !== undefined && (client.retries > 0 || client.retriesDenied > 0);
    const scaled = node.kind === 'service' && Math.abs(node.meanWorkers - node.workersAtEnd) > 1e-9;
    if (!retried && !scaled && node.timeouts === 0 && node.lateAnswers === 0 && node.breakerOpens === 0)
      continue;
    const figures: string[] = [];
    if (client !== undefined && client.sent > 0)
      figures.push(`tries per request ${formatRate(client.attempts / client.sent)}`);
    if (client !== undefined && client.retries > 0)
      figures.push(figure('retries', formatCount, client.retries, client.ci95.retries));
    if (client !== undefined && client.retriesDenied > 0)
      figures.push(figure('retries denied', formatCount, client.retriesDenied, client.ci95.retriesDenied));
    if (node.timeouts > 0) figures.push(figure('timeouts', formatCount, node.timeouts, node.ci95.timeouts));
    if (node.lateAnswers > 0)
      figures.push(figure('late answers', formatCount, node.lateAnswers, node.ci95.lateAnswers));
    if (node.breakerOpens > 0)
      figures.push(figure('breaker opens', formatCount, node.breakerOpens, node.ci95.breakerOpens));
    if (scaled) {
      figures.push(figure('mean workers', formatRate, node.meanWorkers, node.ci95.meanWorkers));
      figures.push(figure('workers at end', formatCount, node.workersAtEnd, node.ci95.workersAtEnd));
    }
    rows.push([id, figures]);
  }
  return rows;
}
