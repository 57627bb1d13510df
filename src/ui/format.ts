/** Numbers as a class reads them off a projector: few digits, units spelled out. */

/** 0, 0.4, 12, 340, 1.2k. */
export function formatCount(x: number): string {
  const a = Math.abs(x);
  if (a >= 9_999.5) return `${(x / 1000).toFixed(a >= 99_950 ? 0 : 1)}k`;
  if (a >= 99.5 || Number.isInteger(x)) return Math.round(x).toString();
  if (a >= 9.95) return x.toFixed(0);
  if (a < 0.05) return '0';
  return x.toFixed(1);
}

/** A rate per simulated second, e.g. "120/s". */
export function formatRate(perS: number): string {
  return `${formatCount(perS)}/s`;
}

/** Seconds as "850 ms", "1.3 s", "2 min", "3.5 h", "12 days": a huge wait never reads as small. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '–';
  if (seconds < 0.0005) return seconds === 0 ? '0 ms' : '<1 ms';
  if (seconds < 0.9995) return `${Math.round(seconds * 1000)} ms`;
  if (seconds < 99.5) return `${seconds.toFixed(seconds < 9.95 ? 1 : 0)} s`;
  if (seconds < 5970) return `${(seconds / 60).toFixed(seconds < 597 ? 1 : 0)} min`;
  if (seconds < 172_800) return `${(seconds / 3600).toFixed(seconds < 35_820 ? 1 : 0)} h`;
  return `${formatCount(seconds / 86_400)} days`;
}

/** A share as "42%". */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return '–';
  const p = share * 100;
  return `${p > 0 && p < 1 ? '<1' : Math.round(p)}%`;
}

export function formatSpeed(speed: number | 'max'): string {
  return speed === 'max' ? 'Max' : `${speed}×`;
}

/**
 * The simulated clock with its units spelled out, because "876:45" could be minutes or hours:
 * "12.3 s", "14 min 36 s", "2 h 26 min", "3 d 4 h" (the smaller unit left off when it is zero).
 */
export function formatClock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '–';
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const pair = (big: number, bigUnit: string, small: number, smallUnit: string) =>
    small > 0 ? `${big} ${bigUnit} ${small} ${smallUnit}` : `${big} ${bigUnit}`;
  const whole = Math.floor(seconds);
  if (whole < 3600) return pair(Math.floor(whole / 60), 'min', whole % 60, 's');
  if (whole < 86_400) return pair(Math.floor(whole / 3600), 'h', Math.floor((whole % 3600) / 60), 'min');
  return pair(Math.floor(whole / 86_400), 'd', Math.floor((whole % 86_400) / 3600), 'h');
}
