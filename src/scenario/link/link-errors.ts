/**
 * Small helpers for link error messages: where the problem is, and quoting link text safely
 * (a hostile link may hold megabytes in one parameter; a message shows a short, escaped excerpt).
 */
import { childPath } from '../error-path.ts';
import type { ParseResult } from '../types.ts';
import { LINK_PATH } from './link-format.ts';

/** `link.seed`, `link["consumer.workers"]`: the path of an error about one parameter. */
export function paramPath(name: string): string {
  return childPath(LINK_PATH, clip(name, 60));
}

/** Text quoted for a message, cut to `max` characters; control characters are escaped. */
export function quote(text: string, max = 40): string {
  return JSON.stringify(clip(text, max)).replace(/^"|"$/g, "'");
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A failed parse with one error. */
export function failure(path: string, message: string): ParseResult & { ok: false } {
  return { ok: false, errors: [{ path, message }] };
}

/** "a, b, c" up to `max` items, then "… (12 in all)", so a list never floods a message. */
export function listOf(items: readonly string[], max = 20): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown}, … (${items.length} in all)` : shown;
}
