// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cloneScenario } from '../../src/scenario/clone-scenario.ts';
import { formatErrors } from '../../src/scenario/format-errors.ts';
import { parseScenario } from '../../src/scenario/parse-scenario.ts';

// Every file ever written in an old format must keep opening: fixtures are added, never edited.
const root = new URL('../fixtures/scenarios/', import.meta.url);
const fixtures = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(new URL(`${dir.name}/`, root))
      .filter((file) => file.endsWith('.json'))
      .map((file) => `${dir.name}/${file}`),
  );

describe('scenario fixtures of every format version', () => {
  it('includes v1 fixtures', () => {
    expect(fixtures.filter((f) => f.startsWith('v1/')).length).toBeGreaterThanOrEqual(4);
  });

  it.each(fixtures)('%s still opens', (file) => {
    const result = parseScenario(readFileSync(new URL(file, root), 'utf8'));
    if (!result.ok) throw new Error(`${file} no longer opens:\n${formatErrors(result.errors)}`);
    // What comes out is itself a valid current-format scenario that parses to the same thing.
    expect(parseScenario(JSON.stringify(result.scenario))).toEqual(result);
    expect(cloneScenario(result.scenario)).toEqual(result.scenario);
  });

  it('keeps every explicit value of the full v1 fixture', () => {
    const text = readFileSync(new URL('v1/every-field-explicit.json', root), 'utf8');
    const result = parseScenario(text);
    if (!result.ok) throw new Error(formatErrors(result.errors));
    const raw = JSON.parse(text);
    // The one rewrite: a bare service time is shorthand for an exponential distribution.
    for (const node of raw.nodes) {
      if (typeof node.serviceTime === 'number')
        node.serviceTime = { dist: 'exponential', mean: node.serviceTime };
    }
    // The other: a format-1 file is read as format 2, the version it is now written in.
    expect(result.scenario).toMatchObject({ ...raw, version: 2 });
  });
});
