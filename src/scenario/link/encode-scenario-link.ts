/**
 * Writing a share link: the short readable form when the scenario is a preset with changed
 * values, else the compressed form. Either way the link holds the whole scenario and its seed.
 */
import { parseScenario } from '../parse-scenario.ts';
import { PRESETS } from '../presets/index.ts';
import type { Scenario } from '../types.ts';
import { compressScenario } from './compressed-scenario.ts';
import { decodeScenarioLink } from './decode-scenario-link.ts';
import { LINK_FORMAT_VERSION, LINK_LIMITS } from './link-format.ts';
import { formatLinkParams, type LinkParam } from './link-params.ts';
import { presetDiff } from './preset-diff.ts';

/**
 * The fragment to append to the app's address (`https://host/path` + result), e.g.
 * `#v=1&preset=queue-30-vs-5&seed=7&consumer.workers=2` or `#v=1&z=eNo…`. A fragment is never
 * sent to a server, so the link works from any static host and the scenario stays private.
 *
 * The readable form is used when some preset has the same nodes and edges, and it is at most
 * LINK_LIMITS.readableChars long or shorter than the compressed form. Every readable link is
 * decoded once before it is returned and must give back the same scenario, or the compressed form
 * is used instead: a link that opens something else would be worse than a long one.
 */
export function encodeScenarioLink(scenario: Scenario): string {
  // Normalise first (field order, filled-in defaults), so edits made by spreading objects still
  // compare equal to what decoding gives back. An invalid scenario is kept verbatim in z=….
  const parsed = parseScenario(scenario);
  const normal = parsed.ok ? parsed.scenario : scenario;
  const compressed = () =>
    `#${formatLinkParams([version(), { name: 'z', value: compressScenario(normal) }])}`;
  if (!parsed.ok) return compressed();

  let readable: string | undefined;
  for (const preset of PRESETS) {
    const diff = presetDiff(preset.scenario, normal);
    if (!diff) continue;
    let link: string;
    try {
      link = `#${formatLinkParams([version(), { name: 'preset', value: preset.id }, ...diff])}`;
    } catch {
      continue; // a lone surrogate in a label has no percent-encoding; JSON can still carry it
    }
    if (readable === undefined || link.length < readable.length) readable = link;
  }
  if (readable === undefined) return compressed();
  if (readable.length > LINK_LIMITS.readableChars) {
    const long = compressed();
    if (long.length < readable.length) return long;
  }
  const check = decodeScenarioLink(readable);
  if (check.ok && JSON.stringify(check.scenario) === JSON.stringify(normal)) return readable;
  return compressed();
}

const version = (): LinkParam => ({ name: 'v', value: String(LINK_FORMAT_VERSION) });
