/**
 * The first step of the door: turn untrusted input (JSON text or an already-parsed value) into a
 * plain object, refusing anything too large or too deep before any validation work is spent on it.
 */
import { formatNumber } from './fields.ts';
import { ROOT_PATH } from './error-path.ts';
import { LIMITS } from './limits.ts';
import type { ScenarioError } from './types.ts';

export type ReadResult =
  { ok: true; value: Record<string, unknown> } | { ok: false; errors: ScenarioError[] };

const SHAPE = '{ "version": 2, "nodes": [...], "edges": [...] }';

const fail = (message: string): ReadResult => ({ ok: false, errors: [{ path: ROOT_PATH, message }] });

/** Reads JSON text or takes a parsed value, and checks it is a bounded plain object. */
export function readInput(input: unknown): ReadResult {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > LIMITS.inputChars) {
      return fail(
        `is too large: ${formatNumber(input.length)} characters; a scenario may have at most ${formatNumber(LIMITS.inputChars)}`,
      );
    }
    // Editors on some systems save a byte-order mark, which JSON.parse refuses.
    const text = input.replace(/^\uFEFF/, '');
    if (text.trim() === '') return fail(`is empty: expected a JSON object such as ${SHAPE}`);
    try {
      value = JSON.parse(text);
    } catch (error) {
      return fail(`is not valid JSON: ${describeJsonError(text, error)}`);
    }
  }
  const sizeProblem = measure(value);
  if (sizeProblem) return fail(sizeProblem);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(`must be a JSON object ${SHAPE}; got ${describeValue(value)}`);
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** "null", "a list", "text", ... for messages about a value of the wrong type. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return `a ${typeof value}`;
}

/**
 * Walks a parsed value without recursion and reports the first bound it breaks. Callers may hand
 * over objects that never came from JSON text, so this is where their size is bounded.
 */
function measure(root: unknown): string | undefined {
  const tooMany = `is too large: more than ${formatNumber(LIMITS.inputValues)} values; a scenario has at most ${LIMITS.nodes} nodes and ${LIMITS.edges} edges`;
  const stack: Array<[unknown, number]> = [[root, 1]];
  let values = 0;
  let chars = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    values += 1;
    if (values > LIMITS.inputValues) return tooMany;
    if (typeof value === 'string') chars += value.length;
    if (chars > LIMITS.inputChars) {
      return `is too large: more than ${formatNumber(LIMITS.inputChars)} characters of text`;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth > LIMITS.inputDepth) return `is nested too deeply: more than ${LIMITS.inputDepth} levels`;
    // Check the count before walking, so a sparse `new Array(1e9)` costs nothing.
    const keys = Array.isArray(value) ? null : Object.keys(value);
    if ((keys ? keys.length : (value as unknown[]).length) > LIMITS.inputValues - values) {
      return tooMany;
    }
    if (!keys) {
      const list = value as unknown[];
      for (let i = 0; i < list.length; i++) stack.push([list[i], depth + 1]);
      continue;
    }
    for (const key of keys) {
      chars += key.length;
      stack.push([(value as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return undefined;
}

/** A short, engine-independent description with line and column when the engine gives a position. */
function describeJsonError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  // Engines word this differently and some quote the whole input; keep only the reason.
  const reason = raw.split(/\s+in JSON at position|\s+at position|,\s*"|\s+after JSON/)[0].slice(0, 120);
  const position = /position (\d+)/.exec(raw);
  if (!position) return reason;
  const offset = Math.min(Number(position[1]), text.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${reason} (line ${line}, column ${column})`;
}
