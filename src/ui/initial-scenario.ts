/**
 * What the app opens: the scenario in the address's share link (`#v=1&…`), else a built-in preset
 * named by `?preset=<id>`, else the default. A broken, hostile or future link never stops the app:
 * it opens the default scenario with a notice saying what was wrong.
 */
import { formatErrors } from '../scenario/format-errors.ts';
import { DEFAULT_PRESET_ID, getPreset, PRESETS } from '../scenario/presets/index.ts';
import type { Scenario } from '../scenario/types.ts';

export interface InitialScenario {
  scenario: Scenario;
  /** The preset the picker shows (a preset link with edits still names its preset). */
  presetId: string | null;
  /** Shown to the user when the link could not be opened. */
  notice: string | null;
  /** B of a compare link (`&compare=1&B.…`, docs/links.md), or null. */
  compareB?: Scenario | null;
}

export async function initialScenario(location: Pick<Location, 'hash' | 'search'>): Promise<InitialScenario> {
  const fallback = getPreset(DEFAULT_PRESET_ID) ?? PRESETS[0];
  // A lesson step's own link (`#lesson=…&step=…`) opens that step's scenario.
  if (location.hash.includes('lesson=')) {
    const { buildStepScenario, parseLessonPath } = await import('./lessons/index.ts');
    const place = parseLessonPath(location.hash);
    if (place)
      return { scenario: buildStepScenario(place.step), presetId: place.step.setup.preset, notice: null };
  }
  if (location.hash.length > 1) {
    // The link decoder (with its inflate) loads only when there is a link to read.
    const { decodeScenarioLink } = await import('../scenario/link/decode-scenario-link.ts');
    const result = decodeScenarioLink(location.hash);
    if (result.ok) {
      const named = new URLSearchParams(location.hash.slice(1)).get('preset');
      const presetId = named && getPreset(named) ? named : null;
      const compare = await openCompare(location.hash, result.scenario);
      return { scenario: result.scenario, presetId, ...compare };
    }
    return {
      scenario: fallback.scenario,
      presetId: fallback.id,
      notice: `This link could not be opened, so the default scenario is shown instead. ${formatErrors(result.errors, 5)}`,
    };
  }
  const requested = new URLSearchParams(location.search).get('preset');
  const preset = (requested && getPreset(requested)) || fallback;
  const notice =
    requested && preset.id !== requested ? `There is no scenario called "${requested.slice(0, 60)}".` : null;
  return { scenario: preset.scenario, presetId: preset.id, notice };
}

/** B of a compare link; a B that cannot be opened leaves A alone, with a notice. */
async function openCompare(
  hash: string,
  a: Scenario,
): Promise<{ compareB: Scenario | null; notice: string | null }> {
  if (!hash.includes('compare=')) return { compareB: null, notice: null };
  const { splitCompareLink, openCompareB, describeCompareErrors } =
    await import('../scenario/link/compare-link.ts');
  const parts = splitCompareLink(hash);
  if (!parts.b) return { compareB: null, notice: null };
  const opened = openCompareB(a, parts.b);
  return opened.ok
    ? { compareB: opened.scenario, notice: null }
    : { compareB: null, notice: describeCompareErrors(opened) };
}
