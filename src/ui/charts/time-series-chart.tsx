/**
 * A small line chart of a node's recent history (d3-scale for the axes, d3-shape for the lines),
 * as an SVG. It shows the last CHART_WINDOW_S of simulated time, so it scrolls as the run goes on.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { CHART_WINDOW_S, type SeriesPoint } from '../../state/series.ts';

export interface ChartLine {
  key: keyof Omit<SeriesPoint, 'tS'>;
  label: string;
  color: string;
  dash?: string;
}

interface Props {
  title: string;
  points: readonly SeriesPoint[];
  lines: readonly ChartLine[];
  format: (v: number) => string;
  /** Fixed top of the scale (e.g. 1 for a share); otherwise fits the data. */
  yMax?: number;
  testId?: string;
}

const WIDTH = 320;
const HEIGHT = 120;
const M = { top: 8, right: 10, bottom: 22, left: 56 };

export function TimeSeriesChart({ title, points, lines, format, yMax, testId }: Props) {
  const last = points[points.length - 1];
  const tEnd = last?.tS ?? 0;
  const tStart = Math.max(0, tEnd - CHART_WINDOW_S);
  let top = yMax ?? 0;
  if (yMax === undefined) {
    for (const p of points) for (const l of lines) top = Math.max(top, (p[l.key] as number | null) ?? 0);
    top = top > 0 ? top * 1.1 : 1;
  }
  const x = scaleLinear()
    .domain([tStart, Math.max(tEnd, tStart + 1)])
    .range([M.left, WIDTH - M.right]);
  const y = scaleLinear()
    .domain([0, top])
    .range([HEIGHT - M.bottom, M.top])
    .nice(3);
  const summary = last
    ? lines
        .map((l) => `${l.label} ${last[l.key] === null ? 'not yet measured' : format(last[l.key] as number)}`)
        .join(', ')
    : 'no data yet';
  return (
    <figure className="fs-chart" data-testid={testId}>
      <figcaption className="fs-chart__title">
        {title}
        <span className="fs-chart__keys">
          {lines.map((l) => (
            <span key={l.key} className="fs-chart__key">
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
        {lines.map((l) => {
          const path = line<SeriesPoint>()
            .defined((p) => p[l.key] !== null && p.tS >= tStart)
            .x((p) => x(p.tS))
            .y((p) => y(p[l.key] as number))(points as SeriesPoint[]);
          return (
            path && (
              <path
                key={l.key}
                d={path}
                fill="none"
                stroke={l.color}
                strokeWidth="2.5"
                strokeDasharray={l.dash}
              />
            )
          );
        })}
      </svg>
    </figure>
  );
}
