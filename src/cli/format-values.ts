/**
 * Numbers for people: grouped counts, rates, percentages and durations with their unit, and
 * "value ± half-width" when replications give an interval.
 */

/** 1234567 → "1,234,567"; a fractional mean keeps one decimal: 12.34 → "12.3". */
export function formatCount(value: number | null): string {
  if (value === null) return '–';
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return groupDigits(text);
}

/** Per-second rates: 2 decimals below 10, 1 below 1000, then whole numbers. */
export function formatRate(value: number | null): string {
  if (value === null) return '–';
  const decimals = Math.abs(value) < 10 ? 2 : Math.abs(value) < 1000 ? 1 : 0;
  return groupDigits(value.toFixed(decimals));
}

/** A share in [0, 1] as a percentage without the sign: 0.7994 → "79.9". */
export function formatPercent(share: number | null): string {
  if (share === null) return '–';
  return (share * 100).toFixed(1);
}

/** Simulated seconds with a readable unit: "0", "850 µs", "412 ms", "1.48 s", "2,460 s". */
export function formatSeconds(value: number | null): string {
  if (value === null) return '–';
  const size = Math.abs(value);
  if (size === 0) return '0';
  if (size < 1e-3) return `${(value * 1e6).toPrecision(3)} µs`;
  if (size < 1) return `${(value * 1e3).toPrecision(3)} ms`;
  if (size < 1000) return `${value.toPrecision(3)} s`;
  return `${groupDigits(value.toFixed(0))} s`;
}

/** Wall-clock milliseconds: "84 ms", "1.92 s". */
export function formatWallMs(wallMs: number): string {
  return wallMs < 1000 ? `${wallMs.toFixed(0)} ms` : `${(wallMs / 1000).toFixed(2)} s`;
}

/** Large counts per second: "1.52 M", "840 k", "950". */
export function formatPerSecond(value: number): string {
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)} M`;
  if (value >= 1e4) return `${(value / 1e3).toFixed(0)} k`;
  return value.toFixed(0);
}

/** "value ± half-width", or just the value when there is no interval (one replication). */
export function withHalfWidth(
  format: (value: number | null) => string,
  value: number | null,
  halfWidth: number | null | undefined,
  showInterval: boolean,
): string {
  if (!showInterval) return format(value);
  return `${format(value)} ± ${halfWidth === null || halfWidth === undefined ? '–' : format(halfWidth)}`;
}

function groupDigits(text: string): string {
  const [whole, fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
