/**
 * Turns the `<scenario>` argument into a validated scenario. A chain of resolvers, the first that
 * accepts the argument decides: share links, preset ids, then files. Links are read by the app's
 * own decoder and files by `parseScenario`, like a paste in the app.
 */
import { didYouMean } from '../scenario/did-you-mean.ts';
import { formatErrors } from '../scenario/format-errors.ts';
import { decodeScenarioLink } from '../scenario/index.ts';
import { ID_PATTERN } from '../scenario/limits.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';
import type { Preset } from '../scenario/presets/index.ts';
import type { Scenario } from '../scenario/types.ts';

export type Resolution = { ok: true; scenario: Scenario; source: string } | { ok: false; message: string };

export interface ScenarioResolver {
  /** True when this resolver owns the argument; the first that does decides the outcome. */
  accepts(arg: string): boolean;
  resolve(arg: string): Resolution;
}

/** Reads a file as text; throws Node-style errors (`code` ENOENT, EISDIR, ...). */
export type ReadText = (path: string) => string;

/** What a run reports as its source when the scenario came from a link (a link is too long to echo). */
export const SHARE_LINK_SOURCE = 'share link';

/**
 * A whole address (`http://…`, `https://…`), its fragment (`#…`) or query (`?…`), or the bare
 * parameters (`v=1&…`). Bare parameters need the leading `v=<number>`, so a file called
 * `preset=x.json` is still a file.
 */
const LINK_ARGUMENT = /^(https?:|#|\?|v=\d+(&|$))/i;

/** A share link, decoded exactly as the app decodes its address. */
export const shareLinkResolver: ScenarioResolver = {
  accepts: (arg) => LINK_ARGUMENT.test(arg),
  resolve: (arg) => {
    const decoded = decodeScenarioLink(arg);
    if (!decoded.ok)
      return { ok: false, message: `the share link cannot be opened:\n${formatErrors(decoded.errors)}` };
    return { ok: true, scenario: decoded.scenario, source: SHARE_LINK_SOURCE };
  },
};

export function presetResolver(presets: readonly Preset[]): ScenarioResolver {
  return {
    accepts: (arg) => presets.some((preset) => preset.id === arg),
    resolve: (arg) => {
      const preset = presets.find((candidate) => candidate.id === arg) as Preset;
      return { ok: true, scenario: preset.scenario, source: arg };
    },
  };
}

/** Everything else is a file path. */
export function fileResolver(readText: ReadText, presets: readonly Preset[]): ScenarioResolver {
  return {
    accepts: () => true,
    resolve: (path) => {
      let text: string;
      try {
        text = readText(path);
      } catch (error) {
        return { ok: false, message: describeReadError(path, error, presets) };
      }
      const parsed = parseScenario(text);
      if (!parsed.ok)
        return { ok: false, message: `${path} is not a valid scenario:\n${formatErrors(parsed.errors)}` };
      return { ok: true, scenario: parsed.scenario, source: path };
    },
  };
}

/** The standard chain: links, presets, files. */
export function defaultResolvers(readText: ReadText, presets: readonly Preset[]): ScenarioResolver[] {
  return [shareLinkResolver, presetResolver(presets), fileResolver(readText, presets)];
}

export function resolveScenario(arg: string, resolvers: readonly ScenarioResolver[]): Resolution {
  const resolver = resolvers.find((candidate) => candidate.accepts(arg));
  if (!resolver) return { ok: false, message: `cannot tell what "${arg}" is` };
  return resolver.resolve(arg);
}

function describeReadError(path: string, error: unknown, presets: readonly Preset[]): string {
  const code = (error as { code?: unknown } | null)?.code;
  const ids = presets.map((preset) => preset.id);
  if (code === 'ENOENT') {
    // A bare word was most likely meant as a preset id.
    if (ID_PATTERN.test(path)) {
      const guess = didYouMean(path, ids);
      const hint = guess ? `; did you mean ${guess}?` : '';
      return `"${path}" is neither a preset nor a file${hint}\nPresets: ${ids.join(', ')}`;
    }
    return `cannot read ${path}: no such file\nPresets: ${ids.join(', ')}`;
  }
  if (code === 'EISDIR') return `cannot read ${path}: it is a folder, not a scenario file`;
  if (code === 'EACCES' || code === 'EPERM') return `cannot read ${path}: permission denied`;
  const reason = error instanceof Error ? error.message : String(error);
  return `cannot read ${path}: ${reason.slice(0, 200)}`;
}
