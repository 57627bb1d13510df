/**
 * `--plot FILE`: the sweep as an SVG line chart that opens in any browser or slide tool. The x axis
 * is the swept parameter (evenly spaced categories when its values are not numbers), the y axis
 * the metric; one line per `--by` value with a shaded ci95 band, named in a legend. All text is
 * SVG text, escaped. Colours: Okabe-Ito, which colour-blind viewers tell apart, and each line has
 * its own marker shape too.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import type { SweepResult } from './run-sweep.ts';

const WIDTH = 880;
const HEIGHT = 480;
const MARGIN = { top: 64, right: 250, bottom: 64, left: 88 };
const COLORS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'];
const MARKERS = ['circle', 'square', 'diamond', 'triangle'] as const;

export function sweepPlot(result: SweepResult, scenarioName: string): string {
  const lines = groupLines(result);
  const values = [...new Set(result.points.map((point) => point.value))];
  const numeric = values.every((value) => Number.isFinite(Number(value)));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const xNumeric = scaleLinear()
    .domain([Math.min(...values.map(Number)), Math.max(...values.map(Number))])
    .range([0, plotW]);
  const xCategory = scalePoint<string>().domain(values).range([0, plotW]).padding(0.5);
  const x = (value: string) => (numeric ? xNumeric(Number(value)) : (xCategory(value) ?? 0));
  if (numeric && values.length === 1) xNumeric.domain([Number(values[0]) - 1, Number(values[0]) + 1]);

  const extents = result.points.flatMap((point) => {
    const { mean, ci95 } = point.metric;
    return mean === null ? [] : [mean - (ci95 ?? 0), mean + (ci95 ?? 0)];
  });
  // Bands of a metric that cannot go below 0 stop at 0 rather than stretch the axis.
  const means = result.points.flatMap((point) => (point.metric.mean === null ? [] : [point.metric.mean]));
  const floor = means.every((mean) => mean >= 0) ? 0 : -Infinity;
  const low = Math.max(floor, Math.min(0, ...extents));
  const high = Math.max(...extents, low + 1e-9);
  const y = scaleLinear().domain([low, high]).nice().range([plotH, 0]);

  const parts: string[] = [];
  const xTicks = numeric ? xNumeric.ticks(Math.min(10, values.length)).map(String) : values;
  for (const tick of xTicks) {
    const at = numeric ? xNumeric(Number(tick)) : x(tick);
    parts.push(
      `<line x1="${f(at)}" x2="${f(at)}" y1="${plotH}" y2="${plotH + 6}" stroke="#333"/>`,
      `<text x="${f(at)}" y="${plotH + 22}" text-anchor="middle">${esc(tick)}</text>`,
    );
  }
  const yFormat = y.tickFormat(6);
  for (const tick of y.ticks(6)) {
    parts.push(
      `<line x1="0" x2="${plotW}" y1="${f(y(tick))}" y2="${f(y(tick))}" stroke="#ddd"/>`,
      `<text x="-10" y="${f(y(tick) + 5)}" text-anchor="end">${esc(yFormat(tick))}</text>`,
    );
  }
  parts.push(
    `<line x1="0" x2="${plotW}" y1="${plotH}" y2="${plotH}" stroke="#333"/>`,
    `<line x1="0" x2="0" y1="0" y2="${plotH}" stroke="#333"/>`,
    `<text x="${plotW / 2}" y="${plotH + 50}" text-anchor="middle" font-weight="bold">${esc(result.parameter)}</text>`,
    `<text transform="translate(-68 ${plotH / 2}) rotate(-90)" text-anchor="middle" font-weight="bold">${esc(`${result.metric}${metricUnit(result.metric)}`)}</text>`,
  );

  lines.forEach((line, index) => {
    const color = COLORS[index % COLORS.length];
    const shown = line.points.filter((point) => point.metric.mean !== null);
    const band = [
      ...shown.map((p) => `${f(x(p.value))},${f(y((p.metric.mean as number) + (p.metric.ci95 ?? 0)))}`),
      ...shown
        .slice()
        .reverse()
        .map(
          (p) => `${f(x(p.value))},${f(y(Math.max(low, (p.metric.mean as number) - (p.metric.ci95 ?? 0))))}`,
        ),
    ];
    if (shown.some((p) => p.metric.ci95 !== null))
      parts.push(`<polygon points="${band.join(' ')}" fill="${color}" fill-opacity="0.18" stroke="none"/>`);
    const path = shown.map((p) => `${f(x(p.value))},${f(y(p.metric.mean as number))}`).join(' ');
    parts.push(`<polyline points="${path}" fill="none" stroke="${color}" stroke-width="2.5"/>`);
    for (const p of shown)
      parts.push(marker(MARKERS[index % MARKERS.length], x(p.value), y(p.metric.mean as number), color));
    const legendY = 12 + index * 24;
    parts.push(
      `<line x1="${plotW + 20}" x2="${plotW + 48}" y1="${legendY}" y2="${legendY}" stroke="${color}" stroke-width="2.5"/>`,
      marker(MARKERS[index % MARKERS.length], plotW + 34, legendY, color),
      `<text x="${plotW + 56}" y="${legendY + 5}">${esc(line.label)}</text>`,
    );
  });
  const bandNote =
    result.replications > 1
      ? `, the mean of ${result.replications} replications; shaded: its 95% confidence band`
      : '';
  const title = `${result.metric} against ${result.parameter}`;
  const subtitle = `${scenarioName} (${result.scenario}) · ${result.duration} s simulated per run, warm-up ${result.warmup} s, seeds ${result.seed}–${result.seed + result.replications - 1}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, sans-serif" font-size="13" role="img">`,
    `<title>${esc(title)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${MARGIN.left}" y="22" font-size="16" font-weight="bold">${esc(title)}</text>`,
    `<text x="${MARGIN.left}" y="40" fill="#444">${esc(subtitle)}</text>`,
    `<text x="${MARGIN.left}" y="56" fill="#444">${esc(`one point per value${bandNote}`)}</text>`,
    `<g transform="translate(${MARGIN.left} ${MARGIN.top})">`,
    ...parts,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

interface Line {
  label: string;
  points: SweepResult['points'];
}

function groupLines(result: SweepResult): Line[] {
  if (!result.by) return [{ label: result.metric, points: result.points }];
  const byValues = [...new Set(result.points.map((point) => point.by ?? ''))];
  return byValues.map((value) => ({
    label: `${result.by}=${value}`,
    points: result.points.filter((point) => point.by === value),
  }));
}

function marker(shape: (typeof MARKERS)[number], cx: number, cy: number, color: string): string {
  const [x, y] = [f(cx), f(cy)];
  if (shape === 'circle') return `<circle cx="${x}" cy="${y}" r="4.5" fill="${color}"/>`;
  if (shape === 'square')
    return `<rect x="${f(cx - 4)}" y="${f(cy - 4)}" width="8" height="8" fill="${color}"/>`;
  if (shape === 'diamond')
    return `<polygon points="${x},${f(cy - 6)} ${f(cx + 6)},${y} ${x},${f(cy + 6)} ${f(cx - 6)},${y}" fill="${color}"/>`;
  return `<polygon points="${x},${f(cy - 6)} ${f(cx + 6)},${f(cy + 5)} ${f(cx - 6)},${f(cy + 5)}" fill="${color}"/>`;
}

/** The unit the metric's last key implies, for the axis label. */
function metricUnit(metric: string): string {
  const key = metric.slice(metric.lastIndexOf('.') + 1);
  if (/^(p\d+|mean|meanWait|meanTimeInSystem|firstDropAt)$/.test(key)) return ' (s)';
  if (/^(throughput|dropRate)$/.test(key)) return ' (per s)';
  if (/^(utilization|dropProbability|probabilityOfWaiting)$/.test(key)) return ' (share, 0–1)';
  return '';
}

/** Two decimals: enough for a screen, short in the file. */
const f = (value: number) => (Math.round(value * 100) / 100).toString();

function esc(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
