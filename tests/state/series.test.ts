import { describe, expect, it } from 'vitest';
import { appendPoint, CHART_WINDOW_S, MAX_POINTS, type SeriesPoint } from '../../src/state/series.ts';

const point = (tS: number): SeriesPoint => ({
  tS,
  throughputPerS: tS,
  waiting: 0,
  utilization: 0,
  p50S: null,
  p95S: null,
  p99S: null,
  workers: 1,
  workersWithStarting: 1,
  targetWorkers: 0,
});

describe('appendPoint', () => {
  it('keeps only the last window of simulated time', () => {
    let series: SeriesPoint[] = [];
    for (let t = 0; t <= 600; t += 1) series = appendPoint(series, point(t));
    expect(series[0].tS).toBeGreaterThanOrEqual(600 - CHART_WINDOW_S);
    expect(series[series.length - 1].tS).toBe(600);
  });

  it('never holds more than MAX_POINTS points, however fast the updates', () => {
    let series: SeriesPoint[] = [];
    for (let i = 0; i < 20_000; i++) series = appendPoint(series, point(i * 0.001));
    expect(series.length).toBeLessThanOrEqual(MAX_POINTS + 2);
  });

  it('starts over when the run restarts', () => {
    const series = appendPoint([point(10), point(11)], point(0.5));
    expect(series.map((p) => p.tS)).toEqual([0.5]);
  });
});
