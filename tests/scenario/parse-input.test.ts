// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatErrors } from '../../src/scenario/format-errors.ts';
import { parseScenario } from '../../src/scenario/parse-scenario.ts';
import { baseScenario, errorsOf, expectOnlyError, scenarioOf } from './helpers.ts';

describe('parseScenario input handling', () => {
  it('accepts JSON text and an already-parsed value alike', () => {
    expect(scenarioOf(JSON.stringify(baseScenario()))).toEqual(scenarioOf(baseScenario()));
  });

  it('tolerates a byte-order mark and surrounding whitespace', () => {
    expect(scenarioOf(`\uFEFF\n  ${JSON.stringify(baseScenario())}\n`).nodes).toHaveLength(8);
  });

  it('explains malformed JSON with a line and column', () => {
    const [error] = errorsOf('{\n  "version": 1,\n}');
    expect(error).toEqual({
      path: 'scenario',
      message: 'is not valid JSON: Expected double-quoted property name (line 3, column 1)',
    });
    // Some engine messages carry no position; the reason alone is still given.
    expect(errorsOf('{"version": tru}')[0].message).toMatch(/^is not valid JSON: Unexpected token/);
    expect(formatErrors([error])).toMatch(/^The scenario is not valid JSON/);
  });

  it('does not echo a long input back in the JSON error', () => {
    const [error] = errorsOf('{"name": "' + 'x'.repeat(5000) + '", oops}');
    expect(error.message.length).toBeLessThan(200);
  });

  it('explains empty input', () => {
    expectOnlyError('', 'scenario', 'is empty');
    expectOnlyError('   \n', 'scenario', 'is empty');
  });

  it.each([
    [null, 'got null'],
    [undefined, 'got nothing'],
    [42, 'got 42'],
    [true, 'got true'],
    [[], 'got a list'],
    ['[1, 2]', 'got a list'],
    ['"text"', 'got text'],
    ['null', 'got null'],
    [() => 1, 'got a function'],
    [Symbol('x'), 'got a symbol'],
    [10n, 'got 10'],
  ])('refuses a non-object %s', (input, got) => {
    expectOnlyError(
      input,
      'scenario',
      `must be a JSON object { "version": 2, "nodes": [...], "edges": [...] }; ${got}`,
    );
  });

  it('refuses huge text at once, without parsing it', () => {
    const huge = '{"version":1,"name":"' + 'x'.repeat(1_000_000) + '"}';
    const started = performance.now();
    expectOnlyError(
      huge,
      'scenario',
      'is too large: 1,000,023 characters; a scenario may have at most 1,000,000',
    );
    expect(performance.now() - started).toBeLessThan(50); // a length check, so generous
  });

  it('refuses text within the character limit that holds too many values', () => {
    const many = JSON.stringify({ version: 1, nodes: new Array(300_000).fill(0) });
    expect(many.length).toBeLessThan(1_000_000);
    const started = performance.now();
    expectOnlyError(many, 'scenario', 'is too large: more than 200,000 values');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses huge parsed values without walking them', () => {
    const started = performance.now();
    expectOnlyError(
      { version: 1, nodes: new Array(1e9) },
      'scenario',
      'is too large: more than 200,000 values',
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses deep nesting, as text and as a value', () => {
    expectOnlyError('['.repeat(100) + ']'.repeat(100), 'scenario', 'nested too deeply');
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { next: deep };
    expectOnlyError(deep, 'scenario', 'nested too deeply');
  });

  it('survives text that is nested past what JSON.parse can take', () => {
    const result = parseScenario('['.repeat(500_000) + ']'.repeat(500_000));
    expect(result.ok).toBe(false);
  });

  it('refuses a parsed value with too much text in it', () => {
    expectOnlyError(
      { version: 1, name: 'x'.repeat(2_000_000) },
      'scenario',
      'more than 1,000,000 characters',
    );
  });

  it('survives cyclic and hostile values', () => {
    const cyclic: Record<string, unknown> = { version: 1 };
    cyclic.nodes = [cyclic];
    expect(parseScenario(cyclic).ok).toBe(false);

    const hostile = Object.defineProperty({ version: 1 }, 'nodes', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expectOnlyError(hostile, 'scenario', 'could not be read: boom');

    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new TypeError('no keys for you');
        },
      },
    );
    expectOnlyError(proxy, 'scenario', 'could not be read: no keys for you');
  });

  it('refuses a __proto__ key instead of polluting anything', () => {
    const input = JSON.parse('{"version": 1, "nodes": [], "__proto__": {"polluted": true}}');
    expect(errorsOf(input)).toContainEqual({
      path: '__proto__',
      message: expect.stringContaining("unknown field '__proto__'"),
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never interprets labels: markup is kept as plain text', () => {
    const input = baseScenario();
    Object.assign(input.nodes[4], { label: '<img src=x onerror=alert(1)>' });
    expect(scenarioOf(input).nodes[4].label).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('format versions', () => {
  it('requires a version', () => {
    const { version: _, ...rest } = baseScenario();
    expectOnlyError(rest, 'version', 'is required: a Flowscope scenario starts with "version": 2');
  });

  it.each([['1'], [1.5], [null], [[1]]])('refuses a non-integer version %j', (version) => {
    expectOnlyError({ ...baseScenario(), version }, 'version', 'must be a whole number (the format version');
  });

  it('refuses versions before the first', () => {
    expectOnlyError({ ...baseScenario(), version: 0 }, 'version', 'formats start at 1');
  });

  it('explains a future version', () => {
    const errors = errorsOf({ ...baseScenario(), version: 7, somethingNew: true });
    expect(errors).toEqual([
      {
        path: 'scenario',
        message: 'was made by a newer version of Flowscope (format v7); this version reads format 2',
      },
    ]);
    expect(formatErrors(errors)).toBe(
      'The scenario was made by a newer version of Flowscope (format v7); this version reads format 2',
    );
  });
});

describe('formatErrors', () => {
  it('prints one problem per line with its path', () => {
    expect(
      formatErrors([
        { path: 'nodes[id=api].workers', message: 'must be a whole number from 1 to 1,000; got 0' },
        { path: 'edges[2]', message: "goes from 'api' to itself: a request would loop forever" },
      ]),
    ).toBe(
      "nodes[id=api].workers: must be a whole number from 1 to 1,000; got 0\nedges[2]: goes from 'api' to itself: a request would loop forever",
    );
  });

  it('caps a long list', () => {
    const errors = Array.from({ length: 60 }, (_, i) => ({ path: `edges[${i}]`, message: 'bad' }));
    const lines = formatErrors(errors).split('\n');
    expect(lines).toHaveLength(51);
    expect(lines[50]).toBe('… and 10 more problems');
    expect(formatErrors(errors, 59).split('\n').at(-1)).toBe('… and 1 more problem');
  });
});
