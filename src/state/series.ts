/**
 * Chart history: one point per published update, bounded to the last `windowS` of simulated time
 * so a long run keeps a fixed amount of memory.
 */
export const CHART_WINDOW_S = 120;
/** Never more points than this per series, whatever the playback speed. */
export const MAX_POINTS = 480;

export interface SeriesPoint {
  tS: number;
  throughputPerS: number;
  waiting: number;
  utilization: number;
  /** Time in system (client: end to end) percentiles since the run started, from the report. */
  p50S: number | null;
  p95S: number | null;
  p99S: number | null;
  /**
   * Workers serving, serving plus starting (an autoscaled service's current count, as the
   * autoscaler counts it), and the autoscaler's last desired count (0 when not autoscaled). A
   * service without autoscaling has its fixed count and no starting ones; only an autoscaled
   * service's inspector charts them.
   */
  workers: number;
  workersWithStarting: number;
  targetWorkers: number;
}

/** A new array with `point` appended and points older than the window dropped. */
export function appendPoint(
  series: readonly SeriesPoint[],
  point: SeriesPoint,
  windowS: number = CHART_WINDOW_S,
): SeriesPoint[] {
  const last = series[series.length - 1];
  // The run restarted (reset): the old history belongs to another run.
  if (last && point.tS < last.tS) return [point];
  // Too close to the previous point to show: replace it, so fast playback cannot flood the chart.
  const minGapS = windowS / MAX_POINTS;
  const keep = last && point.tS - last.tS < minGapS && series.length > 1 ? series.slice(0, -1) : series;
  const cutoff = point.tS - windowS;
  let start = 0;
  while (start < keep.length && keep[start].tS < cutoff) start++;
  return [...keep.slice(start), point];
}
