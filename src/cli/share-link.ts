/**
 * `npm run sim -- <scenario> --link`: the app's address with the scenario (and its seed) in the
 * fragment, as the app's "Copy link" writes it (docs/links.md).
 */
import { encodeScenarioLink, LINK_LIMITS } from '../scenario/index.ts';
import type { Scenario } from '../scenario/types.ts';

export type ShareLink = { ok: true; link: string } | { ok: false; message: string };

/** `baseUrl` is the app's address without a fragment (as `readBaseUrl` leaves it). */
export function shareLinkFor(scenario: Scenario, baseUrl: string): ShareLink {
  const link = `${baseUrl}${encodeScenarioLink(scenario)}`;
  // The decoder refuses longer links before reading them, so printing one would only fail later.
  if (link.length > LINK_LIMITS.chars) {
    return {
      ok: false,
      message:
        `the link would be ${link.length.toLocaleString('en')} characters; a Flowscope link has at most ` +
        `${LINK_LIMITS.chars.toLocaleString('en')}. Share a scenario this large as a JSON file`,
    };
  }
  return { ok: true, link };
}
