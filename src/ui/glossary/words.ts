/** Numbers in words a class can read aloud: "13.3", "0.15 s", "5 ms", "2,000". */
import type { Distribution } from '../../scenario/types.ts';

/** Up to one decimal, thousands grouped: 13.3, 2,000, 0.25. */
export function perSecond(x: number): string {
  if (x >= 100) return Math.round(x).toLocaleString('en-US');
  if (x >= 10) return String(Math.round(x * 10) / 10);
  return String(Math.round(x * 100) / 100);
}

export function count(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}

/** 0.15 s, 5 ms, 2 min. */
export function duration(seconds: number): string {
  if (seconds < 1) return `${Math.round(seconds * 1000 * 10) / 10} ms`.replace(/^(\d+)\.0 /, '$1 ');
  if (seconds < 120) return `${Math.round(seconds * 100) / 100} s`;
  return `${Math.round(seconds / 6) / 10} min`;
}

/** "0.15 s on average", "exactly 10 ms", "0.3 s on average, with a long tail", "no time". */
export function serviceTimeWords(dist: Distribution): string {
  if (dist.mean === 0) return 'no time';
  const d =
    dist.mean >= 0.1 && dist.mean < 1 ? `${Math.round(dist.mean * 1000) / 1000} s` : duration(dist.mean);
  switch (dist.dist) {
    case 'exponential':
      return `${d} on average`;
    case 'constant':
      return `exactly ${d}`;
    case 'lognormal':
      return `${d} on average, with a long tail`;
    case 'uniform':
      return `${d} on average, spread evenly`;
  }
}
