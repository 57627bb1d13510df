/**
 * Turns the `<scenario>` argument into a validated scenario. A chain of resolvers, the first that
 * accepts the argument decides: share links (a stub until the link codec lands; a real one slots
 * in here), preset ids, then files. Every file goes through `parseScenario`, like a paste in the app.
 */
import { didYouMean } from '../scenario/did-you-mean.ts';
import { formatErrors } from '../scenario/format-errors.ts';
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

/** A share link (`https://…`, `#…`, `?…`). Replace with the link codec's decoder when it exists. */
export const shareLinkResolver: ScenarioResolver = {
  accepts: (arg) => /^(https?:|#|\?)/i.test(arg),
  resolve: () => ({
    ok: false,
    message: 'share links are not supported yet: save the scenario as a JSON file, or give a preset id',
  }),
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
