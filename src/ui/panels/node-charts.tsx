/** The inspector's charts for one node: throughput, waiting line, utilisation, latency percentiles. */
import type { NodeKind, ScenarioNode } from '../../scenario/types.ts';
import { selectSeries } from '../../state/selectors.ts';
import type { SeriesPoint } from '../../state/series.ts';
import { lazy, Suspense } from 'react';
import { formatCount, formatDuration, formatPercent } from '../format.ts';
import { KIND_HAS_WORKERS } from '../graph/node-geometry.ts';
import { useAppStore, useSim } from '../sim-context.ts';
import { useStore } from 'zustand';
import { useComparePair } from '../compare/compare-context.ts';
import type { ChartLine, ChartOverlay } from '../charts/time-series-chart.tsx';

// d3-scale and d3-shape matter only once an inspector is open: loading the chart then keeps them
// out of the first download (DESIGN.md budgets initial JavaScript at 180 KB gzip).
const TimeSeriesChart = lazy(() =>
  import('../charts/time-series-chart.tsx').then((module) => ({ default: module.TimeSeriesChart })),
);

const EMPTY: SeriesPoint[] = [];
const LATENCY = [
  { key: 'p50S', label: 'p50', color: '#0072B2' },
  { key: 'p95S', label: 'p95', color: '#E69F00', dash: '6 3' },
  { key: 'p99S', label: 'p99', color: '#CC79A7', dash: '2 3' },
] as const;

/**
 * An autoscaled service's workers over time: serving (solid), serving including starting (dashed: the
 * gap between the two is the cold start) and the autoscaler's target (dotted). Okabe-Ito colours
 * and three dash patterns, so the lines are told apart without colour too.
 */
const WORKERS = [
  { key: 'workers', label: 'serving', color: '#009E73', step: true },
  { key: 'workersWithStarting', label: 'incl. starting', color: '#E69F00', dash: '6 3', step: true },
  { key: 'targetWorkers', label: 'target', color: '#000000', dash: '2 3', step: true },
] as const;

const selectAutoscaled = (id: string) => (s: { scenario: { nodes: readonly ScenarioNode[] } }) => {
  const node = s.scenario.nodes.find((n) => n.id === id);
  return node?.kind === 'service' && node.autoscale !== null;
};

/** Compare mode's colours: A blue and solid, B vermillion and dashed (told apart without colour too). */
const SIDE_STYLE = { A: { color: '#0072B2' }, B: { color: '#D55E00', dash: '6 3' } } as const;

/**
 * In compare mode, the other side's history for the overlay, and a way to relabel a chart's lines
 * by side; outside it, nothing changes.
 */
function useOverlay(id: string) {
  const pair = useComparePair();
  const own = useSim();
  const other = pair ? (own === pair.b ? pair.a : pair.b) : own;
  const otherPoints = useStore(other.store, selectSeries(id)) ?? EMPTY;
  if (!pair) return null;
  const side = own === pair.b ? 'B' : 'A';
  const otherSide = side === 'A' ? 'B' : 'A';
  const sided = (s: 'A' | 'B', lines: readonly ChartLine[]): ChartLine[] =>
    lines.map((l) => ({ ...l, label: `${s} ${l.label}`, ...SIDE_STYLE[s] }));
  return {
    lines: (lines: readonly ChartLine[]) => sided(side, lines),
    overlay: (lines: readonly ChartLine[]): ChartOverlay => ({
      points: otherPoints,
      lines: sided(otherSide, lines),
    }),
  };
}

export function NodeCharts({ id, kind }: { id: string; kind: NodeKind }) {
  const points = useAppStore(selectSeries(id)) ?? EMPTY;
  const autoscaled = useAppStore(selectAutoscaled(id));
  const rate = (v: number) => `${formatCount(v)}/s`;
  const compare = useOverlay(id);
  // Compare mode overlays A and B; one line per side keeps it readable, so latency shows p99.
  const chart = (lines: readonly ChartLine[]) =>
    compare ? { lines: compare.lines(lines), overlay: compare.overlay(lines) } : { lines };
  const latencyLines: readonly ChartLine[] = compare ? [LATENCY[2]] : LATENCY;
  return (
    <Suspense fallback={<div className="fs-charts" aria-busy="true" />}>
      <div className="fs-charts">
        <TimeSeriesChart
          title={kind === 'client' ? 'Requests sent per second' : 'Finished per second'}
          points={points}
          {...chart([{ key: 'throughputPerS', label: 'throughput', color: '#009E73' }])}
          format={rate}
          testId="chart-throughput"
        />
        {kind !== 'client' && (
          <TimeSeriesChart
            title={kind === 'queue' ? 'Backlog (jobs waiting)' : 'Waiting in line'}
            points={points}
            {...chart([{ key: 'waiting', label: 'waiting', color: '#D55E00' }])}
            format={formatCount}
            testId="chart-waiting"
          />
        )}
        {autoscaled && (
          <TimeSeriesChart
            title="Workers (autoscaled)"
            points={points}
            {...chart(compare ? [WORKERS[1]] : WORKERS)}
            format={formatCount}
            testId="chart-workers"
          />
        )}
        {KIND_HAS_WORKERS[kind] && (
          <TimeSeriesChart
            title="Utilisation (share of workers busy)"
            points={points}
            {...chart([{ key: 'utilization', label: 'busy', color: '#56B4E9' }])}
            format={formatPercent}
            yMax={1}
            testId="chart-utilization"
          />
        )}
        {kind !== 'loadBalancer' && (
          <TimeSeriesChart
            title={kind === 'client' ? 'End-to-end latency since start' : 'Time in system since start'}
            points={points}
            {...chart(latencyLines)}
            format={formatDuration}
            testId="chart-latency"
          />
        )}
      </div>
    </Suspense>
  );
}
