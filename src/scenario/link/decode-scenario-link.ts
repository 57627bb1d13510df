/**
 * Opening a share link. Every path ends in `parseScenario`, so a link is validated exactly like a
 * file; what is checked here is only the link's own shape, each failure with a readable message.
 */
import { formatNumber } from '../fields.ts';
import { parseScenario } from '../parse-scenario.ts';
import { describeValue } from '../read-input.ts';
import type { ParseResult } from '../types.ts';
import { applyPresetDiff } from './apply-preset-diff.ts';
import { expandScenario } from './compressed-scenario.ts';
import { findLinkPayload } from './find-link-payload.ts';
import { failure, paramPath, quote } from './link-errors.ts';
import { LINK_FORMAT_VERSION, LINK_LIMITS, LINK_PATH } from './link-format.ts';
import { readLinkParams } from './link-params.ts';
import { splitCompareLink } from './compare-link.ts';

const EXAMPLE = "'#v=1&preset=full&seed=1'";

/**
 * Reads a share link: a whole address, its `#…` fragment or `?…` query, or the bare parameter
 * list. Returns the scenario, or errors naming what was wrong (`path` is `link`, a parameter such
 * as `link.z` or `link["api.workers"]`, or a scenario field). Never throws, and refuses oversized
 * links and decompression bombs before they cost noticeable time.
 */
export function decodeScenarioLink(text: string): ParseResult {
  try {
    return decode(text);
  } catch (error) {
    // Nothing above should throw; if something does, it still ends as a message, not a crash.
    const reason = error instanceof Error ? error.message : 'unknown error';
    return failure(LINK_PATH, `could not be read: ${reason.slice(0, 200)}`);
  }
}

function decode(input: unknown): ParseResult {
  if (typeof input !== 'string') return failure(LINK_PATH, `must be text; got ${describeValue(input)}`);
  if (input.length > LINK_LIMITS.chars) {
    return failure(
      LINK_PATH,
      `is too long: ${formatNumber(input.length)} characters; a Flowscope link has at most ` +
        `${formatNumber(LINK_LIMITS.chars)}. Share a scenario this large as a JSON file`,
    );
  }
  // Mail and chat programs wrap long links; a link itself never holds a raw line break or tab.
  const text = input.trim().replace(/[\r\n\t]+/g, '');
  if (text === '') return failure(LINK_PATH, `is empty: a Flowscope link ends in something like ${EXAMPLE}`);
  const payload = findLinkPayload(text);
  if (payload === undefined) {
    return failure(
      LINK_PATH,
      `holds no Flowscope scenario: expected an address ending in ${EXAMPLE} or '#v=1&z=…'; got ${quote(text, 60)}`,
    );
  }
  // A compare link's B (`compare=1`, `B.…`, `Bz`, compare-link.ts) is not part of A.
  const split = splitCompareLink(payload);
  const read = readLinkParams(split.b ? split.aLink.slice(1) : payload);
  if (!read.ok) return read;
  const params = new Map(read.params.map((p) => [p.name, p.value]));

  const version = params.get('v');
  if (version !== undefined) {
    // Hand-written links may leave `v` out; it then means format 1, the first.
    if (!/^\d{1,9}$/.test(version)) {
      return failure(
        paramPath('v'),
        `must be the link format number, e.g. v=${LINK_FORMAT_VERSION}; got ${quote(version)}`,
      );
    }
    const number = Number(version);
    if (number > LINK_FORMAT_VERSION) {
      return failure(
        LINK_PATH,
        `was made by a newer version of Flowscope (link format ${number}); this version reads link ` +
          `format ${LINK_FORMAT_VERSION}. Open it in the newer Flowscope, or ask for the scenario as a JSON file`,
      );
    }
    if (number < 1) return failure(paramPath('v'), `is not a link format: formats start at 1; got ${number}`);
  }

  const compressed = params.get('z');
  const presetId = params.get('preset');
  if (compressed !== undefined && presetId !== undefined) {
    return failure(
      LINK_PATH,
      'holds both preset=… (a preset and its changes) and z=… (a whole compressed scenario); a link holds one of them',
    );
  }
  const settings = read.params.filter((p) => p.name !== 'v' && p.name !== 'preset' && p.name !== 'z');
  if (compressed !== undefined) {
    if (settings.length > 0) {
      return {
        ok: false,
        errors: settings.slice(0, LINK_LIMITS.errors).map((p) => ({
          path: paramPath(p.name),
          message: 'does not belong in a compressed link: z=… holds the whole scenario, seed included',
        })),
      };
    }
    const expanded = expandScenario(compressed);
    return expanded.ok ? parseScenario(expanded.text) : expanded;
  }
  if (presetId === undefined) {
    return failure(
      LINK_PATH,
      `names no scenario: expected preset=<id> (e.g. ${EXAMPLE}) or z=<compressed scenario>`,
    );
  }
  const applied = applyPresetDiff(presetId, settings);
  if (!applied.value) return { ok: false, errors: applied.errors };
  // Values are checked even when some settings were not understood, so one reading of the link
  // lists every problem; a link with any problem opens nothing.
  const parsed = parseScenario(applied.value);
  if (applied.errors.length === 0) return parsed;
  return { ok: false, errors: [...applied.errors, ...(parsed.ok ? [] : parsed.errors)] };
}
