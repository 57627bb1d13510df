/**
 * The parameter list of a link, `name=value&name=value`, and its percent-encoding. Written by hand
 * rather than with URLSearchParams (not available in the pure core) and with two deliberate
 * differences: '+' is a plain plus, not a space (a label may say "C++"), and '/', ':', '@', ','
 * stay readable, since they are legal in a fragment and common in routes and labels.
 */
import type { ScenarioError } from '../types.ts';
import { LINK_LIMITS, LINK_PATH } from './link-format.ts';
import { paramPath, quote } from './link-errors.ts';

export interface LinkParam {
  name: string;
  value: string;
}

/** Percent-encodes a name or value for a link. Throws URIError on a lone surrogate. */
export function encodeLinkText(text: string): string {
  return encodeURIComponent(text).replace(/%(2F|3A|40|2C)/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** `name=value&…`, each part percent-encoded. */
export function formatLinkParams(params: readonly LinkParam[]): string {
  return params.map((p) => `${encodeLinkText(p.name)}=${encodeLinkText(p.value)}`).join('&');
}

export type ReadParams = { ok: true; params: LinkParam[] } | { ok: false; errors: ScenarioError[] };

/**
 * Splits and percent-decodes a parameter list. Empty pieces (`a=1&&b=2`, a trailing '&') are
 * skipped; a piece without '=', bad percent-encoding and a name given twice are errors, because
 * each usually means the link was cut off or mangled, and guessing would open the wrong scenario.
 */
export function readLinkParams(text: string): ReadParams {
  const params: LinkParam[] = [];
  const errors: ScenarioError[] = [];
  const seen = new Map<string, string>();
  for (const piece of text.split('&')) {
    if (errors.length >= LINK_LIMITS.errors) break;
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const rawName = eq < 0 ? piece : piece.slice(0, eq);
    const name = percentDecode(rawName);
    if (name === undefined) {
      errors.push({ path: LINK_PATH, message: badPercent(rawName) });
      continue;
    }
    if (eq < 0) {
      errors.push({
        path: paramPath(name),
        message: `has no value: a link is a list of name=value settings (was the link cut off?)`,
      });
      continue;
    }
    const rawValue = piece.slice(eq + 1);
    const value = percentDecode(rawValue);
    if (value === undefined) {
      errors.push({ path: paramPath(name), message: badPercent(rawValue) });
      continue;
    }
    const earlier = seen.get(name);
    // `fault` is the one parameter a link repeats: one per fault, in order (fault-param.ts).
    if (earlier !== undefined && name !== 'fault') {
      errors.push({
        path: paramPath(name),
        message: `is set twice (to ${quote(earlier)} and to ${quote(value)}); a link sets each value once`,
      });
      continue;
    }
    seen.set(name, value);
    params.push({ name, value });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, params };
}

function percentDecode(text: string): string | undefined {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function badPercent(raw: string): string {
  return (
    `has bad percent-encoding in ${quote(raw)}: each '%' must start a %XX escape ` +
    `and together they must spell UTF-8 text (was the link cut off or retyped?)`
  );
}
