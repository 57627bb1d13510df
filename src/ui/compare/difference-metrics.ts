/**
 * The figures of compare mode's difference table, from A's and B's reports: p50/p95/p99, success
 * share, drops per second and utilisation, for a client or a station. Pure, so it is tested apart.
 */
import type { RunReport } from '../../engine/index.ts';
import { DROP_OUTCOMES } from '../../scenario/types.ts';

export type DifferenceKey = 'p50' | 'p95' | 'p99' | 'success' | 'dropsPerS' | 'utilization';

export const DIFFERENCE_KEYS: readonly DifferenceKey[] = [
  'p50',
  'p95',
  'p99',
  'success',
  'dropsPerS',
  'utilization',
];

export const DIFFERENCE_LABEL: Readonly<Record<DifferenceKey, string>> = {
  p50: 'p50',
  p95: 'p95',
  p99: 'p99',
  success: 'success',
  dropsPerS: 'drops/s',
  utilization: 'utilisation',
};

export type Figures = Partial<Record<DifferenceKey, number | null>>;

/** The table's figures for one node of one report (clients: end-to-end latency and outcomes). */
export function differenceFigures(report: RunReport | null, id: string): Figures | null {
  if (!report) return null;
  const windowS = Math.max(1e-9, report.duration - report.warmup);
  const client = report.clients[id];
  if (client) {
    const finished = client.ok + Object.values(client.failed).reduce((sum, n) => sum + (n ?? 0), 0);
    const drops = DROP_OUTCOMES.reduce((sum, outcome) => sum + (client.failed[outcome] ?? 0), 0);
    return {
      p50: client.latency.p50,
      p95: client.latency.p95,
      p99: client.latency.p99,
      success: finished > 0 ? client.ok / finished : null,
      dropsPerS: drops / windowS,
    };
  }
  const node = report.nodes[id];
  if (!node) return null;
  const failed = Object.values(node.failed).reduce((sum, n) => sum + (n ?? 0), 0);
  const ended = node.completed + failed;
  return {
    p50: node.p50,
    p95: node.p95,
    p99: node.p99,
    success: ended > 0 ? 1 - failed / ended : null,
    dropsPerS: node.dropRate,
    utilization: node.kind === 'loadBalancer' || node.kind === 'client' ? undefined : node.utilization,
  };
}

/** (B − A) / |A| in percent, or null when A is 0 or missing. */
export function changePercent(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined || a === 0) return null;
  return ((b - a) / Math.abs(a)) * 100;
}
