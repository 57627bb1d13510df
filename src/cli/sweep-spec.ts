/**
 * The parameter of `--sweep` and `--by`: `node.field=from..to:step` (numbers, both ends included)
 * or `node.field=a,b,c` (any values the field takes, `round-robin,least-connections` included).
 */
import { NUMBER_TEXT } from './number-flag.ts';
import { quoteArg } from './quote-arg.ts';

export interface SweepSpec {
  /** The setting's path, as in a link: `consumer.workers`, `api.serviceTime.mean`. */
  name: string;
  /** Each value as link text, in the order given. */
  values: string[];
  /** The values as numbers when every one is a number (an x axis), else null (categories). */
  numbers: number[] | null;
}

/** Points one sweep may have; more is a typo in the step, not a study. */
export const MAX_SWEEP_VALUES = 1000;

export type SpecRead = { ok: true; spec: SweepSpec } | { ok: false; error: string };

const RANGE = /^(.+)\.\.(.+):(.+)$/;

export function readSweepSpec(flag: string, text: string): SpecRead {
  const eq = text.indexOf('=');
  const name = eq > 0 ? text.slice(0, eq).trim() : '';
  const body = eq > 0 ? text.slice(eq + 1).trim() : '';
  if (name === '' || body === '' || !name.includes('.')) {
    return {
      ok: false,
      error:
        `${flag} expects node.field=from..to:step or node.field=a,b,c, ` +
        `e.g. consumer.workers=1..6:1; got ${quoteArg(text)}`,
    };
  }
  const range = RANGE.exec(body);
  const values = range ? readRange(flag, range[1], range[2], range[3]) : readList(flag, body);
  if (typeof values === 'string') return { ok: false, error: values };
  if (values.length > MAX_SWEEP_VALUES) {
    return {
      ok: false,
      error: `${flag} has ${values.length} values; at most ${MAX_SWEEP_VALUES} (is the step too small?)`,
    };
  }
  const numbers = values.every((value) => NUMBER_TEXT.test(value)) ? values.map(Number) : null;
  return { ok: true, spec: { name, values, numbers } };
}

function readList(flag: string, body: string): string[] | string {
  const values = body.split(',').map((value) => value.trim());
  if (values.some((value) => value === ''))
    return `${flag} has an empty value in ${quoteArg(body)}; write values as a,b,c`;
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return `${flag} lists ${quoteArg(value)} twice`;
    seen.add(value);
  }
  return values;
}

function readRange(flag: string, fromText: string, toText: string, stepText: string): string[] | string {
  const [from, to, step] = [fromText, toText, stepText].map((text) =>
    NUMBER_TEXT.test(text.trim()) ? Number(text) : NaN,
  );
  if (![from, to, step].every(Number.isFinite)) {
    return `${flag} range must be numbers, from..to:step, e.g. 1..6:1; got ${quoteArg(`${fromText}..${toText}:${stepText}`)}`;
  }
  if (step <= 0) return `${flag} step must be above 0; got ${stepText.trim()}`;
  if (from > to) return `${flag} range must go up: from (${from}) is above to (${to})`;
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > MAX_SWEEP_VALUES) {
    return `${flag} range has ${count} values; at most ${MAX_SWEEP_VALUES} (is the step too small?)`;
  }
  // from + i·step, rounded to 12 significant digits so 0.1 steps read 0.3, not 0.30000000000000004.
  return Array.from({ length: count }, (_, i) => String(Number((from + i * step).toPrecision(12))));
}
