/**
 * How a setting's value is written in a link. The field's name decides its type, so a label of
 * "42" or "true" stays text and a workers count of "2" is a number, with no quoting in the link.
 */

/** Fields whose value is text; every other field holds a number, true/false or null. */
const TEXT_FIELDS: ReadonlySet<string> = new Set([
  'label',
  'name',
  'device',
  'arrival',
  'algorithm',
  'dist',
  'per',
  'overflow',
  'mode',
  'route',
  // Format 2 (overload defences): autoscale.metric, retry.backoff.jitter.
  'metric',
  'jitter',
]);

/**
 * Fields that hold a list of words, written comma-separated: `web.retry.on=error,timeout`. Commas
 * stay readable in a link; an empty list cannot be written (the field refuses one anyway).
 */
const LIST_FIELDS: ReadonlySet<string> = new Set(['on']);
const LIST_WORD = /^[a-z][a-z-]*$/;

/** Fields that always exist, so `-` is their text and never "remove this field". */
const NEVER_REMOVED: ReadonlySet<string> = new Set(['label', 'name', 'seed']);

/** The value that removes an optional field (an edge's route, a node's position, a client route). */
export const REMOVE = '-';

/** Marks a removal in `readLinkValue`'s result. */
export const REMOVED: unique symbol = Symbol('removed');

export type LinkValue = string | string[] | number | boolean | null | typeof REMOVED;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const SPECIAL_NUMBERS: Readonly<Record<string, number>> = {
  NaN: NaN,
  Infinity: Infinity,
  '+Infinity': Infinity,
  '-Infinity': -Infinity,
};

export function isTextField(field: string): boolean {
  return TEXT_FIELDS.has(field);
}

/** Whether a link can carry this value for this field (so decoding gives it back exactly). */
export function fitsField(field: string, value: unknown): boolean {
  if (LIST_FIELDS.has(field))
    return (
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((w) => typeof w === 'string' && LIST_WORD.test(w))
    );
  if (isTextField(field)) return typeof value === 'string' && (value !== REMOVE || NEVER_REMOVED.has(field));
  return (
    value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))
  );
}

/** A value as link text: numbers in JavaScript's shortest exact form (0.1, 1e-7), text as is. */
export function formatLinkValue(value: string | readonly string[] | number | boolean | null): string {
  if (Array.isArray(value)) return value.join(',');
  return typeof value === 'string' ? value : String(value);
}

/**
 * The value a link's text stands for. Text that is not a number, true, false or null is kept as
 * text, so `parseScenario` reports it against the field ("must be a number …; got 'abc'").
 * NaN and Infinity are read as numbers so that they meet the same range checks as a file's.
 */
export function readLinkValue(field: string, text: string): LinkValue {
  if (text === REMOVE && !NEVER_REMOVED.has(field)) return REMOVED;
  if (isTextField(field)) return text;
  // A list's words are checked by parseScenario like a file's ("unknown outcome 'eror'").
  if (LIST_FIELDS.has(field)) return text.split(',');
  if (text === 'null') return null;
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (NUMBER.test(text)) return Number(text);
  if (Object.hasOwn(SPECIAL_NUMBERS, text)) return SPECIAL_NUMBERS[text];
  return text;
}
