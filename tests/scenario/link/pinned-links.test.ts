// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeScenarioLink } from '../../../src/scenario/link/index.ts';
import { parseScenario } from '../../../src/scenario/parse-scenario.ts';

/**
 * Compressed links written by the hand-written DEFLATE encoder that fflate replaced, with the
 * scenario that encoder's decoder opened from each (generated once from main before the switch).
 * A link once shared keeps opening to the same scenario, whatever compresses new ones.
 */
const pinned = JSON.parse(
  readFileSync(new URL('../../fixtures/links/v1-compressed-links.json', import.meta.url), 'utf8'),
) as { name: string; link: string; scenario: unknown }[];

describe('compressed links shared before fflate', () => {
  it('are all compressed links', () => {
    expect(pinned.length).toBe(6);
    for (const { link } of pinned) expect(link).toMatch(/^#v=1&z=eN/);
  });

  it.each(pinned.map((p) => [p.name, p] as const))(
    '%s opens to the same scenario',
    (_, { link, scenario }) => {
      // The recorded scenario is format 1; today it opens migrated to format 2 (every new field off).
      const migrated = parseScenario(scenario);
      expect(migrated.ok).toBe(true);
      expect(decodeScenarioLink(link)).toEqual(migrated);
    },
  );
});
