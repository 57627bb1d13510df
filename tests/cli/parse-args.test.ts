import { describe, expect, it } from 'vitest';
import { DEFAULT_BASE_URL, defaultWarmupS, parseArgs, type ParsedArgs } from '../../src/cli/parse-args.ts';

function errorsOf(result: ParsedArgs): string[] {
  expect(result.kind).toBe('error');
  return result.kind === 'error' ? result.errors : [];
}

/** The options of `--compare` and `--sweep` when neither is given. */
const NO_STUDY = { compare: [], sweep: null, by: null, metric: null, csv: null, plot: null, threads: null };

describe('parseArgs', () => {
  it('applies the documented defaults', () => {
    expect(parseArgs(['full'])).toEqual({
      kind: 'run',
      options: {
        scenario: 'full',
        durationS: 600,
        warmupS: 60,
        seed: undefined,
        replications: 1,
        json: false,
        theory: false,
        link: false,
        baseUrl: 'http://localhost:4173/',
        ...NO_STUDY,
      },
    });
  });

  it('reads every flag, in both "--flag value" and "--flag=value" forms', () => {
    const result = parseArgs([
      '--duration=120',
      'a.json',
      '--warmup',
      '15',
      '--seed',
      '7',
      '--replications=4',
      '--json',
    ]);
    expect(result).toEqual({
      kind: 'run',
      options: {
        scenario: 'a.json',
        durationS: 120,
        warmupS: 15,
        seed: 7,
        replications: 4,
        json: true,
        theory: false,
        link: false,
        baseUrl: DEFAULT_BASE_URL,
        ...NO_STUDY,
      },
    });
  });

  it('defaults the warm-up to a tenth of a run shorter than 600 s, and to 60 s otherwise', () => {
    expect(defaultWarmupS(60)).toBe(6);
    expect(defaultWarmupS(600)).toBe(60);
    expect(defaultWarmupS(3600)).toBe(60);
    const result = parseArgs(['full', '--duration', '30']);
    expect(result.kind === 'run' && result.options.warmupS).toBe(3);
  });

  it('gives help before anything else, even with other errors', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-h', '--bogus'])).toEqual({ kind: 'help' });
  });

  it('names an unknown option and suggests the likely one', () => {
    expect(errorsOf(parseArgs(['full', '--durtion', '5']))).toContain(
      'unknown option --durtion (did you mean --duration?)',
    );
    expect(errorsOf(parseArgs(['full', '--frobnicate']))).toEqual(['unknown option --frobnicate']);
    // A shortening is recognised, and the number after it is not taken for a second scenario.
    expect(errorsOf(parseArgs(['full', '--replicas', '3']))).toEqual([
      'unknown option --replicas (did you mean --replications?)',
    ]);
  });

  it('refuses non-numeric and out-of-range values with the allowed range and what was given', () => {
    const errors = errorsOf(parseArgs(['full', '--duration', 'abc', '--seed', '1.5', '--replications', '0']));
    expect(errors).toEqual([
      '--duration must be a number above 0 and at most 10,000,000 simulated seconds; got "abc"',
      '--seed must be a whole number from 0 to 4,294,967,295; got "1.5"',
      '--replications must be a whole number from 1 to 100,000; got "0"',
    ]);
    for (const bad of ['0', '-5', 'Infinity', '0x10', '60s', '', 'NaN', '1e99']) {
      expect(errorsOf(parseArgs(['full', `--duration=${bad}`]))[0]).toMatch(/^--duration must be/);
    }
    expect(errorsOf(parseArgs(['full', '--seed', '-1']))[0]).toMatch(/^--seed must be a whole number/);
  });

  it('wants the warm-up shorter than the run', () => {
    expect(errorsOf(parseArgs(['full', '--duration', '100', '--warmup', '100']))).toEqual([
      '--warmup must be shorter than the duration (100 s); got 100',
    ]);
    expect(parseArgs(['full', '--duration', '100', '--warmup', '0']).kind).toBe('run');
  });

  it('reports missing values, repeated flags and the wrong number of scenarios', () => {
    expect(errorsOf(parseArgs(['full', '--duration']))).toEqual(['--duration needs a value']);
    expect(errorsOf(parseArgs(['full', '--seed', '--json']))).toEqual(['--seed needs a value']);
    expect(errorsOf(parseArgs(['full', '--seed', '1', '--seed', '2']))).toEqual(['--seed is given twice']);
    expect(errorsOf(parseArgs([]))[0]).toMatch(/^missing the scenario/);
    expect(errorsOf(parseArgs(['full', 'monolith']))).toEqual([
      'expected one scenario, got 2: "full", "monolith"',
    ]);
    expect(errorsOf(parseArgs(['full', '--json=yes']))).toEqual(['--json takes no value']);
    expect(errorsOf(parseArgs(['full', '--link=yes']))).toEqual(['--link takes no value']);
  });

  it('takes everything after "--" as the scenario, even when it starts with a dash', () => {
    const result = parseArgs(['--json', '--', '-odd-name.json']);
    expect(result.kind === 'run' && result.options.scenario).toBe('-odd-name.json');
  });

  it('reads --link and --base-url, normalising the address', () => {
    const plain = parseArgs(['full', '--link']);
    expect(plain.kind === 'run' && plain.options).toMatchObject({ link: true, baseUrl: DEFAULT_BASE_URL });
    const based = parseArgs([
      '--link',
      '--base-url',
      'https://Example.com:8443/flowscope/',
      '#v=1&preset=full',
    ]);
    expect(based).toEqual({
      kind: 'run',
      options: expect.objectContaining({
        scenario: '#v=1&preset=full',
        link: true,
        baseUrl: 'https://example.com:8443/flowscope/',
      }),
    });
    const bare = parseArgs(['full', '--link', '--base-url=http://localhost:5173']);
    expect(bare.kind === 'run' && bare.options.baseUrl).toBe('http://localhost:5173/');
    const withQuery = parseArgs(['full', '--link', '--base-url', 'https://host/app/?lang=en']);
    expect(withQuery.kind === 'run' && withQuery.options.baseUrl).toBe('https://host/app/?lang=en');
  });

  it('refuses a --base-url that is not an http(s) address without a fragment', () => {
    for (const bad of ['example.com/flowscope', '/flowscope/', 'http://', 'not a url']) {
      expect(errorsOf(parseArgs(['full', '--link', '--base-url', bad]))).toEqual([
        `--base-url must be a whole http:// or https:// address, e.g. https://example.com/flowscope/; got "${bad}"`,
      ]);
    }
    for (const bad of ['ftp://example.com/', 'localhost:4173', 'javascript:alert(1)']) {
      expect(errorsOf(parseArgs(['full', '--link', '--base-url', bad]))).toEqual([
        `--base-url must be an http:// or https:// address, e.g. https://example.com/flowscope/; got "${bad}"`,
      ]);
    }
    for (const withFragment of ['https://example.com/#', 'https://example.com/#v=1&preset=full']) {
      expect(errorsOf(parseArgs(['full', '--link', '--base-url', withFragment]))[0]).toMatch(
        /^--base-url must be the app's address without a '#…' part/,
      );
    }
    expect(errorsOf(parseArgs(['full', '--link', '--base-url']))).toEqual(['--base-url needs a value']);
    expect(
      errorsOf(parseArgs(['full', '--link', '--base-url', 'http://a/', '--base-url', 'http://b/'])),
    ).toEqual(['--base-url is given twice']);
  });

  it('wants --base-url only together with --link', () => {
    expect(errorsOf(parseArgs(['full', '--base-url', 'https://example.com/']))).toEqual([
      '--base-url is used only with --link',
    ]);
  });

  it('suggests --link and --base-url for near misses', () => {
    expect(errorsOf(parseArgs(['full', '--lnk']))).toEqual(['unknown option --lnk (did you mean --link?)']);
    expect(errorsOf(parseArgs(['full', '--link', '--baseurl=http://x/']))).toEqual([
      'unknown option --baseurl (did you mean --base-url?)',
    ]);
  });
});

describe('parseArgs: --compare and --sweep', () => {
  it('keeps every --compare in order and reads the sweep, --by and their companions', () => {
    const compare = parseArgs([
      'full',
      '--compare',
      'lb.algorithm=random',
      '--compare=api.workers=2',
      '--threads',
      '3',
    ]);
    expect(compare.kind === 'run' && compare.options).toMatchObject({
      compare: ['lb.algorithm=random', 'api.workers=2'],
      threads: 3,
    });
    const sweep = parseArgs([
      'full',
      '--sweep',
      'catalog.workers=1..3:1',
      '--by',
      'lb.algorithm=random,fifo',
      '--metric',
      'clients.web.latency.p99',
      '--csv',
      'a.csv',
      '--plot',
      'a.svg',
    ]);
    expect(sweep.kind === 'run' && sweep.options).toMatchObject({
      sweep: { name: 'catalog.workers', values: ['1', '2', '3'], numbers: [1, 2, 3] },
      by: { name: 'lb.algorithm', values: ['random', 'fifo'], numbers: null },
      metric: 'clients.web.latency.p99',
      csv: 'a.csv',
      plot: 'a.svg',
    });
  });

  it('refuses companions without their study and studies with --link', () => {
    expect(errorsOf(parseArgs(['full', '--csv', 'a.csv']))).toEqual(['--csv is used only with --sweep']);
    expect(errorsOf(parseArgs(['full', '--threads', '2']))).toEqual([
      '--threads is used only with --compare or --sweep',
    ]);
    expect(errorsOf(parseArgs(['full', '--link', '--compare', 'x']))[0]).toMatch(
      /does not go with --compare/,
    );
    expect(errorsOf(parseArgs(['full', '--sweep', 'a.b=1', '--sweep', 'a.b=2']))).toEqual([
      '--sweep is given twice',
    ]);
  });
});
