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
      return { scenario: result.scenario, presetId: named && getPreset(named) ? named : null, notice: null };
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
