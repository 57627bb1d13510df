/**
 * Opening a scenario someone brings in — a file, a drop, a paste — always through the one parse
 * function (a share link through its decoder, which ends in the same function). Nothing is
 * loaded unless it is valid, so a bad file leaves the current scenario untouched.
 */
import { LIMITS } from '../../scenario/limits.ts';
import { parseScenario } from '../../scenario/parse-scenario.ts';
import { PRESETS } from '../../scenario/presets/index.ts';
import type { Scenario, ScenarioError } from '../../scenario/types.ts';

export type OpenResult =
  { ok: true; scenario: Scenario; presetId: string | null } | { ok: false; errors: ScenarioError[] };

/** A pasted share link (an address with `#v=…`, or the bare fragment) rather than JSON. */
export function looksLikeLink(text: string): boolean {
  const t = text.trim();
  return !t.startsWith('{') && !t.startsWith('[') && /(^|[#?&])v=\d/.test(t);
}

/** The preset this scenario is, unchanged, or null (a custom scenario). */
export function presetIdOf(scenario: Scenario): string | null {
  const json = JSON.stringify(scenario);
  return PRESETS.find((p) => JSON.stringify(p.scenario) === json)?.id ?? null;
}

/** Async because the link decoder (with its inflate) loads only when a link is opened. */
export async function openScenarioText(text: string): Promise<OpenResult> {
  const result = looksLikeLink(text)
    ? (await import('../../scenario/link/decode-scenario-link.ts')).decodeScenarioLink(text)
    : parseScenario(text);
  if (!result.ok) return result;
  return { ok: true, scenario: result.scenario, presetId: presetIdOf(result.scenario) };
}

/** Reads a picked or dropped file; refuses one too large to be a scenario before reading it. */
export async function openScenarioFile(file: Blob & { name?: string }): Promise<OpenResult> {
  // A UTF-8 character is at most 4 bytes, so a file past this many bytes is surely too long.
  if (file.size > LIMITS.inputChars * 4) {
    return {
      ok: false,
      errors: [
        {
          path: 'file',
          message: `is too large (${file.size} bytes); a scenario file has at most ${LIMITS.inputChars} characters`,
        },
      ],
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, errors: [{ path: 'file', message: 'could not be read' }] };
  }
  return openScenarioText(text);
}
