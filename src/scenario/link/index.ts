/**
 * Share links (docs/links.md): a scenario and its seed as the fragment of the app's address.
 */
export { encodeScenarioLink } from './encode-scenario-link.ts';
export { decodeScenarioLink } from './decode-scenario-link.ts';
export { LINK_FORMAT_VERSION, LINK_LIMITS, LINK_PATH } from './link-format.ts';
