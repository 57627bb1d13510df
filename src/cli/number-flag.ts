/**
 * Numeric flag values (`--duration 60`), checked against a range with a message that says what is
 * allowed and what was given, in the style of the scenario's field errors.
 */
import { formatNumber } from '../scenario/fields.ts';

/** Plain decimal numbers only: no hex, no "Infinity", no trailing units. */
export const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export interface NumberRange {
  min: number;
  /** True when `min` itself is not allowed ("above 0"). */
  minExclusive?: boolean;
  max: number;
  integer: boolean;
  unit?: string;
}

export type NumberFlag = { ok: true; value: number } | { ok: false; error: string };

export function readNumberFlag(flag: string, text: string, range: NumberRange): NumberFlag {
  const value = NUMBER_TEXT.test(text.trim()) ? Number(text) : NaN;
  const ok =
    Number.isFinite(value) &&
    (range.minExclusive ? value > range.min : value >= range.min) &&
    value <= range.max &&
    (!range.integer || Number.isInteger(value));
  if (ok) return { ok: true, value };
  const what = range.integer ? 'a whole number' : 'a number';
  const from = range.minExclusive
    ? `above ${formatNumber(range.min)} and at most`
    : `from ${formatNumber(range.min)} to`;
  const unit = range.unit ? ` ${range.unit}` : '';
  return {
    ok: false,
    error: `${flag} must be ${what} ${from} ${formatNumber(range.max)}${unit}; got "${text}"`,
  };
}
