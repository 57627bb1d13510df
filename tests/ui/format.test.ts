import { describe, expect, it } from 'vitest';
import { nearestIndex, niceSteps } from '../../src/ui/controls/nice-steps.ts';
import { formatClock, formatCount, formatDuration, formatPercent, formatRate } from '../../src/ui/format.ts';

describe('numbers for a projector', () => {
  it('keeps few digits', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(0.42)).toBe('0.4');
    expect(formatCount(12.4)).toBe('12');
    expect(formatCount(340)).toBe('340');
    expect(formatCount(12_345)).toBe('12.3k');
    expect(formatRate(29.96)).toBe('30/s');
    expect(formatDuration(0.1234)).toBe('123 ms');
    expect(formatDuration(2.34)).toBe('2.3 s');
    expect(formatDuration(null)).toBe('–');
    // Long waits keep a unit that shows their size (the 30-vs-5 queue waits 100 s; M/M/1/1001 at ρ = 1,000 waits 1,000 s).
    expect(formatDuration(99.96)).toBe('1.7 min');
    expect(formatDuration(1000)).toBe('17 min');
    expect(formatDuration(7200)).toBe('2.0 h');
    expect(formatDuration(1_000_000)).toBe('12 days');
    expect(formatDuration(NaN)).toBe('–');
    expect(formatPercent(0.004)).toBe('<1%');
  });

  it('spells out the clock units, so a long run at Max speed is not read as minutes:seconds', () => {
    expect(formatClock(12.34)).toBe('12.3 s');
    expect(formatClock(125)).toBe('2 min 5 s');
    expect(formatClock(120)).toBe('2 min');
    expect(formatClock(876)).toBe('14 min 36 s');
    // 876:45 as the old clock showed it: 876 minutes and 45 seconds.
    expect(formatClock(876 * 60 + 45)).toBe('14 h 36 min');
    expect(formatClock(2 * 3600 + 26 * 60 + 59)).toBe('2 h 26 min');
    expect(formatClock(3 * 86_400 + 4 * 3600 + 5)).toBe('3 d 4 h');
  });
});

describe('slider ladders', () => {
  it('step through nice values and find the nearest for any value', () => {
    const steps = niceSteps(1, 1000);
    expect(steps.slice(0, 6)).toEqual([1, 1.5, 2, 3, 5, 7.5]);
    expect(steps.at(-1)).toBe(1000);
    expect(steps[nearestIndex(steps, 24)]).toBe(20);
    expect(nearestIndex([1, 2, Infinity], Infinity)).toBe(2);
  });
});
