/**
 * Bad values in error messages: a hostile file or link may hold megabytes in one field, so a
 * message shows at most `LIMITS.quoteChars` characters of it, cut with an ellipsis, with control
 * and text-direction characters escaped so the excerpt cannot break or reorder the line.
 */
import { LIMITS } from './limits.ts';

/** `text` cut to `max` characters, with "…" when something was cut. */
export function clipText(text: string, max: number = LIMITS.quoteChars): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

// Bidirectional embeddings, overrides and isolates: shown escaped, never applied.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/** `'text'` for a message: clipped, control and text-direction characters escaped. */
export function quoteText(text: string, max: number = LIMITS.quoteChars): string {
  return JSON.stringify(clipText(text, max))
    .replace(/^"|"$/g, "'")
    .replace(BIDI, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * valibot's `issue.received` for a message ("got ..."): a string arrives quoted in full, so it is
 * clipped here like any other quoted value.
 */
export function clipReceived(received: string): string {
  return received.startsWith('"') && received.length > LIMITS.quoteChars + 2
    ? `${received.slice(0, LIMITS.quoteChars + 1)}…"`
    : received;
}
