/**
 * Small helpers for link error messages: where the problem is, and quoting link text safely
 * (a hostile link may hold megabytes in one parameter; a message shows a short, escaped excerpt).
 */
import { childPath } from '../error-path.ts';
import { quoteText } from '../quote-text.ts';
import type { ParseResult } from '../types.ts';
import { LINK_PATH } from './link-format.ts';

/** `link.seed`, `link["consumer.workers"]`: the path of an error about one parameter. */
export function paramPath(name: string): string {
  return childPath(LINK_PATH, name);
}

/** Link text quoted for a message: the scenario's one quoting rule (clipped, escaped). */
export { quoteText as quote };

/** A failed parse with one error. */
export function failure(path: string, message: string): ParseResult & { ok: false } {
  return { ok: false, errors: [{ path, message }] };
}

/** "a, b, c" up to `max` items, then "… (12 in all)", so a list never floods a message. */
export function listOf(items: readonly string[], max = 20): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown}, … (${items.length} in all)` : shown;
}
