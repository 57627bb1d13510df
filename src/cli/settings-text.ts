/**
 * Changes typed on the command line, `node.field=value`, several joined by commas
 * (`lb.algorithm=least-connections,api.workers=2`) or given as repeated flags. The paths are the
 * share link's (`api.serviceTime.mean`, `web.routes/orders`, `lb~app-1.latency`, docs/links.md),
 * applied by the link codec's `applySettings`, so a path means the same thing everywhere.
 */
import { formatErrors } from '../scenario/format-errors.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';
import { applySettings } from '../scenario/link/apply-preset-diff.ts';
import type { LinkParam } from '../scenario/link/link-params.ts';
import type { Scenario } from '../scenario/types.ts';
import { quoteArg } from './quote-arg.ts';

/** `name=value` at the start of a piece: a comma before one starts a new change. */
const SETTING_START = /^[^,=\s]+=/;

/** True when an argument reads as changes rather than a file, preset or link. */
export function looksLikeSettings(text: string): boolean {
  return SETTING_START.test(text) && !/^(https?:|v=\d)/i.test(text);
}

export type SettingsRead = { ok: true; params: LinkParam[] } | { ok: false; error: string };

/** Splits `a.b=1,c.d=x` into changes; a comma inside a value stays (`x.label=a,b` is one change). */
export function readSettingsText(flag: string, text: string): SettingsRead {
  const pieces: string[] = [];
  for (const part of text.split(',')) {
    if (pieces.length === 0 || SETTING_START.test(part)) pieces.push(part);
    else pieces[pieces.length - 1] += `,${part}`;
  }
  const params: LinkParam[] = [];
  for (const piece of pieces) {
    const eq = piece.indexOf('=');
    if (eq <= 0) {
      return {
        ok: false,
        error: `${flag} expects node.field=value changes, e.g. lb.algorithm=least-connections; got ${quoteArg(piece)}`,
      };
    }
    params.push({ name: piece.slice(0, eq).trim(), value: piece.slice(eq + 1).trim() });
  }
  return { ok: true, params };
}

export type Changed = { ok: true; scenario: Scenario } | { ok: false; message: string };

/**
 * `base` with `params` applied and validated by `parseScenario`, or every problem in one message
 * (unknown node or edge with a did-you-mean, unknown field, value out of range). `seed` is refused:
 * the runner sets the seeds, and changing them would throw away the common random numbers.
 */
export function applyChanges(base: Scenario, params: readonly LinkParam[], flag: string): Changed {
  const seeded = params.find((param) => param.name === 'seed');
  if (seeded) {
    return {
      ok: false,
      message: `${flag} cannot change the seed: both sides run on the same seeds (use --seed for both)`,
    };
  }
  const applied = applySettings(base, params, 'the scenario', (name) => `${flag} ${name}`);
  const parsed = applied.value ? parseScenario(applied.value) : undefined;
  const errors = [...applied.errors, ...(parsed && !parsed.ok ? parsed.errors : [])];
  if (errors.length > 0 || !parsed || !parsed.ok) {
    return { ok: false, message: `${flag}: ${formatErrors(errors)}` };
  }
  return { ok: true, scenario: parsed.scenario };
}
