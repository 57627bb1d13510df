/**
 * Field schemas shared by the node kinds, each with one readable message that says what is
 * allowed and what was found, e.g. "must be a whole number from 1 to 1,000; got 0".
 * Validation runs with `abortPipeEarly`, so each field reports at most one problem.
 */
import * as v from 'valibot';
import { didYouMean } from './did-you-mean.ts';
import { ID_PATTERN, LIMITS } from './limits.ts';
import { clipReceived, quoteText } from './quote-text.ts';

type Issue = v.BaseIssue<unknown>;

/** 1000000 → "1,000,000", without depending on the runtime's locale. */
export function formatNumber(n: number): string {
  const [whole, fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function expecting(text: string) {
  return (issue: Issue) => `${text}; got ${clipReceived(issue.received)}`;
}

const withUnit = (unit: string) => (unit ? ` ${unit}` : '');

/** A finite number in [min, max]. NaN, ±Infinity and non-numbers are refused. */
export function numberIn(min: number, max: number, unit = '') {
  const message = expecting(
    `must be a number from ${formatNumber(min)} to ${formatNumber(max)}${withUnit(unit)}`,
  );
  return v.pipe(v.number(message), v.finite(message), v.minValue(min, message), v.maxValue(max, message));
}

/** A finite number in (0, max]: for rates where zero would mean "never". */
export function positiveNumberUpTo(max: number, unit = '') {
  const message = expecting(`must be a number above 0 and at most ${formatNumber(max)}${withUnit(unit)}`);
  return v.pipe(v.number(message), v.finite(message), v.gtValue(0, message), v.maxValue(max, message));
}

/** A whole number in [min, max]. */
export function integerIn(min: number, max: number, unit = '') {
  const message = expecting(
    `must be a whole number from ${formatNumber(min)} to ${formatNumber(max)}${withUnit(unit)}`,
  );
  return v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));
}

/** A share in [0, 1], e.g. 0.05 for 5 %. */
export function share() {
  const message = expecting('must be a share from 0 to 1 (e.g. 0.05 for 5%)');
  return v.pipe(v.number(message), v.finite(message), v.minValue(0, message), v.maxValue(1, message));
}

/** Waiting slots: null for unbounded, else a whole number. */
export function capacity() {
  const message = expecting(
    `must be null (unbounded) or a whole number of waiting slots from 0 to ${formatNumber(LIMITS.capacity)}`,
  );
  return v.nullable(
    v.pipe(
      v.number(message),
      v.integer(message),
      v.minValue(0, message),
      v.maxValue(LIMITS.capacity, message),
    ),
  );
}

/** One of a fixed list of words. */
export function oneOf<const T extends readonly string[]>(options: T) {
  return v.picklist(options, expecting(`must be one of ${options.map((o) => `'${o}'`).join(', ')}`));
}

export function flag() {
  return v.boolean(expecting('must be true or false'));
}

// Control characters would let a label break a table row or a log line, and bidirectional
// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) would let it reorder the text
// around it on screen; text is never interpreted.
// eslint-disable-next-line no-control-regex
const PLAIN_TEXT = /^[^\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]*$/;

/** One line of plain text of at most `max` characters. */
export function plainText(max: number) {
  return v.pipe(
    v.string(expecting('must be text')),
    v.maxLength(max, (issue) => `must be at most ${max} characters; got ${issue.received}`),
    v.regex(
      PLAIN_TEXT,
      'must be one line of plain text (no line breaks, control characters or text-direction overrides)',
    ),
  );
}

/** A node id, also used to name nodes in edges and links. */
export function nodeId() {
  const message = expecting(
    "must be an id: a lowercase letter, then up to 31 lowercase letters, digits or '-' (e.g. 'orders-db')",
  );
  return v.pipe(v.string(message), v.regex(ID_PATTERN, message));
}

/** A request path prefix such as '/orders'. */
export function route() {
  const message = expecting(
    `must be a route: '/' then at most ${LIMITS.routeChars - 1} characters, without spaces (e.g. '/orders')`,
  );
  return v.pipe(
    v.string(message),
    v.startsWith('/', message),
    v.maxLength(LIMITS.routeChars, message),
    v.regex(/^[^\s\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]*$/, message), // eslint-disable-line no-control-regex
  );
}

/** Layout coordinates; optional on every node (presets leave layout to the UI). */
export function position() {
  const coordinate = numberIn(-LIMITS.position, LIMITS.position);
  return strictFields({ x: coordinate, y: coordinate }, 'a position { x, y }');
}

/**
 * An object with exactly these fields: a missing required field says "is required", an unknown
 * one "unknown field 'wokers'; did you mean 'workers'?", so typos never pass silently.
 */
export function strictFields<const E extends v.ObjectEntries>(entries: E, what: string) {
  return notAList(strictObjectOf(entries, what), `must be an object: ${what}; got a list`);
}

/** `strictFields` without the list guard, for the options of a `v.variant` (which needs objects). */
export function strictObjectOf<const E extends v.ObjectEntries>(entries: E, what: string) {
  const known = Object.keys(entries);
  return v.strictObject(entries, (issue) => objectMessage(issue, known, what));
}

/** valibot takes a list for an object with keys "0", "1"...; say plainly that a list is wrong. */
export function notAList<S extends v.GenericSchema>(schema: S, message: string) {
  const list = v.custom<never>(() => false, message);
  return v.lazy((input) => (Array.isArray(input) ? list : schema));
}

function objectMessage(issue: Issue, known: readonly string[], what: string): string {
  const key = issue.path?.[issue.path.length - 1]?.key;
  if (issue.expected === 'never' && typeof key === 'string') {
    const guess = didYouMean(key, known);
    return (
      `unknown field ${quoteText(key)}` +
      (guess ? `; did you mean '${guess}'?` : `; known fields: ${known.join(', ')}`)
    );
  }
  if (issue.received === 'undefined' && typeof key === 'string') return 'is required';
  return `must be an object: ${what}; got ${describeReceived(issue.received)}`;
}

/** valibot names arrays "Array"; say it the way a JSON author would. */
function describeReceived(received: string): string {
  if (received === 'Array') return 'a list';
  if (received === 'Object') return 'an object';
  return clipReceived(received);
}
