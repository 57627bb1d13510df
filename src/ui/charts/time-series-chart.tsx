/**
 * A small line chart of a node's recent history (d3-scale for the axes, d3-shape for the lines),
 * as an SVG. It shows the last CHART_WINDOW_S of simulated time, so it scrolls as the run goes on.
 */
import { scaleLinear } from 'd3-scale';
import { curveLinear, curveStepAfter, line } from 'd3-shape';
import { CHART_WINDOW_S, type SeriesPoint } from '../../state/series.ts';

export interface ChartLine {
  key: keyof Omit<SeriesPoint, 'tS'>;
  label: string;
  color: string;
  dash?: string;
  /** A count that jumps (workers): drawn as steps, not as slopes between samples. */
  step?: boolean;
}

/** A second run drawn over the first (compare mode: B over A), with its own lines and legend. */
export interface ChartOverlay {
  points: readonly SeriesPoint[];
  lines: readonly ChartLine[];
}

interface Props {
  title: string;
  points: readonly SeriesPoint[];
  lines: readonly ChartLine[];
  overlay?: ChartOverlay;
  format: (v: number) => string;
  /** Fixed top of the scale (e.g. 1 for a share); otherwise fits the data. */
  yMax?: number;
  testId?: string;
}

const WIDTH = 320;
const HEIGHT = 120;
const M = { top: 8, right: 10, bottom: 22, left: 56 };

export function TimeSeriesChart({ title, points, lines, overlay, format, yMax, testId }: Props) {
  const last = points[points.length - 1];
  const overlayLast = overlay?.points[overlay.points.length - 1];
  const tEnd = Math.max(last?.tS ?? 0, overlayLast?.tS ?? 0);
  const sets = overlay ? [{ points, lines }, overlay] : [{ points, lines }];
  const tStart = Math.max(0, tEnd - CHART_WINDOW_S);
  let top = yMax ?? 0;
  if (yMax === undefined) {
    for (const set of sets)
      for (const p of set.points)
        for (const l of set.lines) top = Math.max(top, (p[l.key] as number | null) ?? 0);
    top = top > 0 ? top * 1.1 : 1;
  }
  const x = scaleLinear()
    .domain([tStart, Math.max(tEnd, tStart + 1)])
    .range([M.left, WIDTH - M.right]);
  const y = scaleLinear()
    .domain([0, top])
    .range([HEIGHT - M.bottom, M.top])
    .nice(3);
  const summaryOf = (set: ChartOverlay) => {
    const end = set.points[set.points.length - 1];
    return end
      ? set.lines
          .map((l) => `${l.label} ${end[l.key] === null ? 'not yet measured' : format(end[l.key] as number)}`)
          .join(', ')
      : 'no data yet';
  };
  const summary = sets.map(summaryOf).join('; ');
  const allLines = sets.flatMap((set, i) => set.lines.map((l) => ({ ...l, id: `${i}-${l.key}` })));
  return (
    <figure className="fs-chart" data-testid={testId}>
      <figcaption className="fs-chart__title">
        {title}
        <span className="fs-chart__keys">
          {allLines.map((l) => (
            <span key={l.id} className="fs-chart__key">
              <svg width="18" height="8" aria-hidden="true">
                <line
                  x1="0"
                  y1="4"
                  x2="18"
                  y2="4"
                  stroke={l.color}
                  strokeWidth="3"
                  strokeDasharray={l.dash}
                />
              </svg>
              {l.label}
            </span>
          ))}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${title}: ${summary}`}>
        {y.ticks(3).map((tick) => (
          <g key={tick}>
            <line className="fs-chart__grid" x1={M.left} x2={WIDTH - M.right} y1={y(tick)} y2={y(tick)} />
            <text
              className="fs-chart__tick"
              x={M.left - 6}
              y={y(tick)}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {format(tick)}
            </text>
          </g>
        ))}
        <text className="fs-chart__tick" x={M.left} y={HEIGHT - 4}>
          {`${Math.round(tStart)} s`}
        </text>
        <text className="fs-chart__tick" x={WIDTH - M.right} y={HEIGHT - 4} textAnchor="end">
          {`${Math.round(tEnd)} s`}
        </text>
        {sets.flatMap((set, i) =>
          set.lines.map((l) => {
            const path = line<SeriesPoint>()
              .defined((p) => p[l.key] !== null && p.tS >= tStart)
              .x((p) => x(p.tS))
              .y((p) => y(p[l.key] as number))
              .curve(l.step ? curveStepAfter : curveLinear)(set.points as SeriesPoint[]);
            return (
              path && (
                <path
                  key={`${i}-${l.key}`}
                  data-series={i === 0 ? 'first' : 'overlay'}
                  d={path}
                  fill="none"
                  stroke={l.color}
                  strokeWidth="2.5"
                  strokeDasharray={l.dash}
                />
              )
            );
          }),
        )}
      </svg>
    </figure>
  );
}
