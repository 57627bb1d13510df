/**
 * The long link form: the whole scenario as JSON, zlib-compressed, in base64url. Used for any
 * scenario that is not a preset with changed values (added, removed or rewired nodes and edges).
 */
import { formatNumber } from '../fields.ts';
import type { Scenario, ScenarioError } from '../types.ts';
import { decodeBase64Url, encodeBase64Url } from './base64url.ts';
import { paramPath, quote } from './link-errors.ts';
import { LINK_LIMITS } from './link-format.ts';
import { decodeUtf8, encodeUtf8 } from './utf8.ts';
import { zlibCompress, zlibDecompress, type ZlibProblem } from './zlib.ts';

/** The `z` value for a scenario. */
export function compressScenario(scenario: Scenario): string {
  return encodeBase64Url(zlibCompress(encodeUtf8(JSON.stringify(scenario))));
}

export type ExpandResult = { ok: true; text: string } | { ok: false; errors: ScenarioError[] };

const CUT = '(was the link cut off when it was copied?)';

/** The scenario JSON in a `z` value, or a message saying how the value is broken. */
export function expandScenario(payload: string): ExpandResult {
  const fail = (message: string): ExpandResult => ({
    ok: false,
    errors: [{ path: paramPath('z'), message }],
  });
  if (payload === '') return fail(`is empty: it should hold the compressed scenario ${CUT}`);
  const decoded = decodeBase64Url(payload);
  if (!decoded.ok) {
    return decoded.problem === 'length'
      ? fail(`is cut short: its length is not a whole number of bytes ${CUT}`)
      : fail(
          `is damaged: ${quote(decoded.character)} at position ${formatNumber(decoded.index + 1)} ` +
            `is not a base64url character (A-Z, a-z, 0-9, '-' and '_')`,
        );
  }
  const expanded = zlibDecompress(decoded.bytes, LINK_LIMITS.expandedBytes);
  if (!expanded.ok) return fail(ZLIB_MESSAGES[expanded.problem](expanded.detail));
  const text = decodeUtf8(expanded.bytes);
  if (text === undefined) return fail('is damaged: the scenario inside is not valid UTF-8 text');
  return { ok: true, text };
}

const ZLIB_MESSAGES: Readonly<Record<ZlibProblem, (detail: string) => string>> = {
  header: () =>
    'is not a compressed Flowscope scenario: it does not start with zlib data (a Flowscope z= value starts with "eN")',
  truncated: () => `is cut short: the compressed scenario ends in the middle ${CUT}`,
  invalid: (detail) => `is damaged: the compressed data is not valid (it ${detail})`,
  checksum: () => 'is damaged: the scenario inside does not match its checksum (was a character changed?)',
  trailing: () => 'is damaged: there is more text after the end of the compressed scenario',
  'too-large': () =>
    `expands to more than ${formatNumber(LINK_LIMITS.expandedBytes)} bytes, far more than any scenario ` +
    'holds, so it was not opened',
};
