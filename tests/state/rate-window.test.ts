import { describe, expect, it } from 'vitest';
import { RateWindow } from '../../src/state/rate-window.ts';

describe('RateWindow', () => {
  it('measures the rate of a counter over the window, not since the start', () => {
    const w = new RateWindow(1);
    // 10/s for 10 s, then 50/s.
    let count = 0;
    for (let t = 0; t <= 20; t += 0.5) {
      w.push(t, [count]);
      count += (t < 10 ? 10 : 50) * 0.5;
    }
    expect(w.rate(0, 4)).toBeCloseTo(50, 5);
  });

  it('uses at least the window: the newest sample at or before now − window is the base', () => {
    const w = new RateWindow(1);
    w.push(0, [0]);
    w.push(1, [10]);
    w.push(10, [100]);
    // Only the sample at t=1 is older than 10 − 4 = 6.
    expect(w.rate(0, 4)).toBeCloseTo(90 / 9, 5);
  });

  it('averages a level over the window', () => {
    const w = new RateWindow(2);
    w.push(0, [0, 1]);
    w.push(1, [0, 0]);
    w.push(2, [0, 1]);
    w.push(3, [0, 1]);
    expect(w.mean(1, 2)).toBeCloseTo(2 / 2, 5);
    expect(w.mean(1, 10)).toBeCloseTo(2 / 3, 5);
  });

  it('is 0 before two samples and starts over when time goes back (reset)', () => {
    const w = new RateWindow(1);
    expect(w.rate(0, 4)).toBe(0);
    w.push(5, [50]);
    expect(w.rate(0, 4)).toBe(0);
    w.push(6, [60]);
    expect(w.rate(0, 4)).toBeCloseTo(10, 5);
    w.push(0, [0]);
    expect(w.rate(0, 4)).toBe(0);
  });

  it('keeps a bounded number of samples', () => {
    const w = new RateWindow(1, 8);
    for (let t = 0; t < 100; t++) w.push(t, [t * 3]);
    expect(w.rate(0, 1000)).toBeCloseTo(3, 5);
  });
});
