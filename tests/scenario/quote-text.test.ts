// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatErrors } from '../../src/scenario/format-errors.ts';
import { LIMITS } from '../../src/scenario/limits.ts';
import { parseScenario } from '../../src/scenario/parse-scenario.ts';
import { clipReceived, clipText, quoteText } from '../../src/scenario/quote-text.ts';
import { baseScenario, withEdge, withNode } from './helpers.ts';

const long = 'x'.repeat(10_000);
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];

describe('quoting a bad value', () => {
  it('keeps at most 80 characters and marks the cut with an ellipsis', () => {
    expect(LIMITS.quoteChars).toBe(80);
    expect(clipText(long)).toBe(`${'x'.repeat(80)}…`);
    expect(clipText('x'.repeat(80))).toBe('x'.repeat(80));
    expect(quoteText('api')).toBe("'api'");
    expect(quoteText(long)).toBe(`'${'x'.repeat(80)}…'`);
    expect(clipReceived(`"${long}"`)).toBe(`"${'x'.repeat(80)}…"`);
    expect(clipReceived('10000')).toBe('10000');
  });

  it('escapes control and text-direction characters, so an excerpt cannot break or reorder a line', () => {
    expect(quoteText('a\nb')).toBe("'a\\nb'");
    expect(quoteText('a\u202eb\u2066c')).toBe("'a\\u202eb\\u2066c'");
  });

  it('no error of parseScenario quotes more than 80 characters of a 10,000-character value', () => {
    const hostile: unknown[] = [
      withNode('api', { id: long }),
      withNode('api', { kind: long }),
      withNode('api', { [long]: 1 }),
      withNode('lb', { algorithm: long }),
      withNode('web', { rate: long }),
      withNode('web', { routes: { ['/' + long]: 1 } }),
      withNode('api', { serviceTime: { dist: long, mean: 1 } }),
      withNode('api', { label: long }),
      withEdge(0, { to: long }),
      withEdge(0, { route: '/' + long }),
      { ...baseScenario(), version: long },
      { ...baseScenario(), seed: long },
      { ...baseScenario(), [long]: 1 },
    ];
    for (const input of hostile) {
      const result = parseScenario(input);
      expect(result.ok).toBe(false);
      const text = formatErrors(result.ok ? [] : result.errors);
      expect(text).not.toMatch(/x{81}/);
      for (const line of text.split('\n')) expect(line.length).toBeLessThan(500);
    }
  });
});

describe('labels and names refuse text-direction overrides like other control characters', () => {
  it.each(BIDI.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase()}`, c]))('%s', (_, c) => {
    const label = parseScenario(withNode('api', { label: `Orders${c}sredrO` }));
    expect(label.ok || label.errors).toEqual([
      {
        path: 'nodes[id=api].label',
        message:
          'must be one line of plain text (no line breaks, control characters or text-direction overrides)',
      },
    ]);
    const name = parseScenario({ ...baseScenario(), name: `a${c}b` });
    expect(name.ok || name.errors.map((e) => e.path)).toEqual(['name']);
    expect(parseScenario(withEdge(3, { route: `/a${c}b` })).ok).toBe(false);
  });

  it('still accepts other non-Latin text, including right-to-left scripts', () => {
    expect(parseScenario(withNode('api', { label: 'خدمة الطلبات · 注文 · Bestellungen' })).ok).toBe(true);
  });
});
