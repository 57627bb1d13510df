/**
 * Compare mode in a share link (docs/links.md, "Compare links"): A is the link as always; B is
 * written after it as changes against A, `&compare=1&B.lb.algorithm=least-connections`, or, when B's
 * diagram differs from A's, whole and compressed, `&compare=1&Bz=eNo…`. The prefix is upper case
 * because node ids are lower case, so `B.x` can never be read as a setting of a node called `b`.
 * A link without these parameters is an ordinary link, read exactly as before.
 */
import { formatErrors } from '../format-errors.ts';
import { parseScenario } from '../parse-scenario.ts';
import type { ParseResult, Scenario } from '../types.ts';
import { applySettings } from './apply-preset-diff.ts';
import { compressScenario, expandScenario } from './compressed-scenario.ts';
import { findLinkPayload } from './find-link-payload.ts';
import { formatLinkParams, readLinkParams, type LinkParam } from './link-params.ts';
import { presetDiff } from './preset-diff.ts';

export const COMPARE_PARAM = 'compare';
export const B_PREFIX = 'B.';
export const B_COMPRESSED = 'Bz';

const isCompareParam = (name: string) =>
  name === COMPARE_PARAM || name === B_COMPRESSED || name.startsWith(B_PREFIX);

/** The parameters that write B after A's link (starting with `&`), B's seed being A's. */
export function compareLinkSuffix(a: Scenario, b: Scenario): string {
  const diff = presetDiff(a, { ...b, seed: a.seed });
  const params: LinkParam[] = [{ name: COMPARE_PARAM, value: '1' }];
  if (diff) {
    for (const param of diff)
      if (param.name !== 'seed') params.push({ ...param, name: `${B_PREFIX}${param.name}` });
  } else {
    params.push({ name: B_COMPRESSED, value: compressScenario({ ...b, seed: a.seed }) });
  }
  return `&${formatLinkParams(params)}`;
}

export interface CompareParts {
  /** The link without its compare parameters: an ordinary link for A. */
  aLink: string;
  /** B's parameters, or null when the link is not a compare link. */
  b: { settings: LinkParam[]; compressed: string | null } | null;
}

/** Splits a link's compare parameters from A's. A link that cannot be read is returned as it is. */
export function splitCompareLink(text: string): CompareParts {
  const payload = findLinkPayload(text.trim());
  if (payload === undefined) return { aLink: text, b: null };
  const read = readLinkParams(payload);
  if (!read.ok || !read.params.some((p) => isCompareParam(p.name))) return { aLink: text, b: null };
  const own = read.params.filter((p) => !isCompareParam(p.name));
  const settings = read.params
    .filter((p) => p.name.startsWith(B_PREFIX))
    .map((p) => ({ name: p.name.slice(B_PREFIX.length), value: p.value }));
  const compressed = read.params.find((p) => p.name === B_COMPRESSED)?.value ?? null;
  return { aLink: `#${formatLinkParams(own)}`, b: { settings, compressed } };
}

/** B from its parameters and A (already opened), validated by `parseScenario`; seed = A's. */
export function openCompareB(a: Scenario, b: NonNullable<CompareParts['b']>): ParseResult {
  let base = a;
  if (b.compressed !== null) {
    const expanded = expandScenario(b.compressed);
    if (!expanded.ok) return expanded;
    const parsed = parseScenario(expanded.text);
    if (!parsed.ok) return parsed;
    base = parsed.scenario;
  }
  const applied = applySettings(base, b.settings, 'A', (name) => `link["${B_PREFIX}${name.slice(0, 60)}"]`);
  if (!applied.value) return { ok: false, errors: applied.errors };
  const parsed = parseScenario({ ...applied.value, seed: a.seed });
  if (applied.errors.length > 0)
    return { ok: false, errors: [...applied.errors, ...(parsed.ok ? [] : parsed.errors)] };
  return parsed;
}

/** One line for a notice when B could not be opened. */
export function describeCompareErrors(result: ParseResult & { ok: false }): string {
  return `B of this compare link could not be opened, so only A is shown. ${formatErrors(result.errors, 5)}`;
}
