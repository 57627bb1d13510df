/**
 * Compare mode's difference table, updated live with each side's report: for each client and each
 * chosen node, A, B, B − A and the change in percent, for p50/p95/p99, success share, drops per
 * second and utilisation. Nodes are chosen with toggle buttons; by default, the ones B changed.
 */
import { Fragment, useMemo } from 'react';
import { useStore } from 'zustand';
import type { Scenario } from '../../scenario/types.ts';
import { selectReport } from '../../state/selectors.ts';
import { formatDuration } from '../format.ts';
import type { ComparePair } from './compare-context.ts';
import {
  changePercent,
  DIFFERENCE_KEYS,
  DIFFERENCE_LABEL,
  differenceFigures,
  type DifferenceKey,
} from './difference-metrics.ts';

const SHARE_KEYS: ReadonlySet<DifferenceKey> = new Set(['success', 'utilization']);

function formatFigure(key: DifferenceKey, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (SHARE_KEYS.has(key)) return `${(value * 100).toFixed(1)}%`;
  if (key === 'dropsPerS') return value.toFixed(2);
  return formatDuration(value);
}

function formatDifference(
  key: DifferenceKey,
  a: number | null | undefined,
  b: number | null | undefined,
): string {
  if (a === null || a === undefined || b === null || b === undefined) return '–';
  const d = b - a;
  if (d === 0) return '0';
  const sign = d > 0 ? '+' : '−';
  if (SHARE_KEYS.has(key)) return `${sign}${Math.abs(d * 100).toFixed(1)} pt`;
  if (key === 'dropsPerS') return `${sign}${Math.abs(d).toFixed(2)}`;
  return `${sign}${formatDuration(Math.abs(d))}`;
}

function formatChange(value: number | null): string {
  if (value === null) return '–';
  if (Math.abs(value) < 0.05) return '0%';
  return `${value > 0 ? '+' : '−'}${Math.abs(value).toFixed(1)}%`;
}

/** Nodes whose parameters differ between A and B (the default choice). */
export function changedNodeIds(a: Scenario, b: Scenario): string[] {
  return a.nodes
    .filter((node) => {
      const other = b.nodes.find((candidate) => candidate.id === node.id);
      return node.kind !== 'client' && (!other || JSON.stringify(other) !== JSON.stringify(node));
    })
    .map((node) => node.id);
}

export function DifferenceTable({ pair }: { pair: ComparePair }) {
  const reportA = useStore(pair.a.store, selectReport);
  const reportB = useStore(pair.b.store, selectReport);
  const scenarioA = useStore(pair.a.store, (s) => s.scenario);
  const scenarioB = useStore(pair.b.store, (s) => s.scenario);
  const chosen = useStore(pair.a.store, (s) => s.compareNodeIds);
  const setChosen = useStore(pair.a.store, (s) => s.setCompareNodeIds);
  const defaults = useMemo(() => changedNodeIds(scenarioA, scenarioB), [scenarioA, scenarioB]);
  const nodeIds = chosen ?? defaults;
  const stations = scenarioA.nodes.filter((node) => node.kind !== 'client');
  const rows = [...scenarioA.nodes.filter((node) => node.kind === 'client').map((n) => n.id), ...nodeIds];
  const label = (id: string) => scenarioA.nodes.find((node) => node.id === id)?.label ?? id;
  const toggle = (id: string) => {
    const next = nodeIds.includes(id) ? nodeIds.filter((other) => other !== id) : [...nodeIds, id];
    setChosen(stations.map((n) => n.id).filter((other) => next.includes(other)));
  };
  return (
    <section className="fs-diff" aria-labelledby="fs-diff-title" data-testid="difference-table">
      <div className="fs-diff__head">
        <h2 id="fs-diff-title" className="fs-diff__title">
          B − A, live
        </h2>
        <span className="fs-diff__window">
          {reportA
            ? `measured from ${Math.round(reportA.warmup)} s to ${reportA.duration.toFixed(1)} s`
            : 'waiting for the first figures…'}
        </span>
      </div>
      <div className="fs-diff__chips" role="group" aria-label="Nodes in the table">
        {stations.map((node) => (
          <button
            key={node.id}
            type="button"
            className="fs-chip"
            aria-pressed={nodeIds.includes(node.id)}
            onClick={() => toggle(node.id)}
          >
            {node.label}
          </button>
        ))}
      </div>
      <div className="fs-diff__scroll">
        <table className="fs-diff__table">
          <thead>
            <tr>
              <th scope="col">Where</th>
              <th scope="col">Figure</th>
              <th scope="col">A</th>
              <th scope="col">B</th>
              <th scope="col">B − A</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((id) => {
              const a = differenceFigures(reportA, id);
              const b = differenceFigures(reportB, id);
              const keys = DIFFERENCE_KEYS.filter((key) => (a?.[key] ?? b?.[key]) !== undefined);
              return (
                <Fragment key={id}>
                  {keys.map((key, i) => (
                    <tr key={key} data-row={`${id}.${key}`} className={i === 0 ? 'is-first' : undefined}>
                      {i === 0 && (
                        <th scope="rowgroup" rowSpan={keys.length}>
                          {label(id)}
                        </th>
                      )}
                      <th scope="row">{DIFFERENCE_LABEL[key]}</th>
                      <td>{formatFigure(key, a?.[key])}</td>
                      <td>{formatFigure(key, b?.[key])}</td>
                      <td>{formatDifference(key, a?.[key], b?.[key])}</td>
                      <td>{formatChange(changePercent(a?.[key], b?.[key]))}</td>
                    </tr>
                  ))}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
