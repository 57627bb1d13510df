/**
 * `--sweep` (DESIGN.md section 9): every point is exactly a single run of that scenario with the
 * same seeds, and the output does not depend on the number of threads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.ts';
import type { SweepResult } from '../../src/cli/run-sweep.ts';
import { readSweepSpec } from '../../src/cli/sweep-spec.ts';
import { study } from './study-cli.ts';

const SWEEP = [
  'queue-30-vs-5',
  '--duration',
  '60',
  '--replications',
  '3',
  '--sweep',
  'consumer.workers=1..4:1',
];

describe('--sweep', { timeout: 180_000 }, () => {
  it('gives at each point exactly what a single run with the same seeds gives', async () => {
    const sweep = await study([
      ...SWEEP,
      '--by',
      'jobs.overflow=reject-new,block',
      '--metric',
      'nodes.jobs.meanWait',
      '--json',
    ]);
    expect(sweep.code).toBe(EXIT.ok);
    const result = JSON.parse(sweep.stdout) as SweepResult;
    expect(result.points).toHaveLength(8);
    const point = result.points.find((p) => p.by === 'block' && p.value === '3')!;
    const single = await study([
      'v=1&preset=queue-30-vs-5&jobs.overflow=block&consumer.workers=3',
      '--duration',
      '60',
      '--replications',
      '3',
      '--json',
    ]);
    const expected = JSON.parse(single.stdout) as {
      nodes: { jobs: { meanWait: number; ci95: { meanWait: number } } };
    };
    expect(point.metric.mean).toBe(expected.nodes.jobs.meanWait);
    expect(point.metric.ci95).toBe(expected.nodes.jobs.ci95.meanWait);
    // More consumers drain the line: the curve falls (a sanity check that the points differ).
    const block = result.points.filter((p) => p.by === 'block').map((p) => p.metric.mean as number);
    expect(block[0]).toBeGreaterThan(block[3]);
  });

  it('writes byte-identical CSV with 1 thread and with 2', async () => {
    const one = await study([...SWEEP, '--csv', 'out.csv', '--threads', '1']);
    const two = await study([...SWEEP, '--csv', 'out.csv', '--threads', '2']);
    expect(one.code).toBe(EXIT.ok);
    const csv = one.files.get('out.csv')!;
    expect(csv.split('\r\n')[0]).toBe(
      'consumer.workers,clients.producer.latency.p99,ci95,replications,halted',
    );
    expect(csv.split('\r\n')).toHaveLength(6);
    expect(two.files.get('out.csv')).toBe(csv);
  });

  it('draws an SVG chart: labelled axes, ticks, a legend line per --by value, ci95 bands, escaped text', async () => {
    const run = await study([
      ...SWEEP,
      '--by',
      'jobs.overflow=reject-new,drop-oldest',
      '--plot',
      'p.svg',
      '--metric',
      'nodes.jobs.dropRate',
    ]);
    const svg = run.files.get('p.svg')!;
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('>consumer.workers</text>');
    expect(svg).toContain('>nodes.jobs.dropRate (per s)</text>');
    expect(svg).toContain('>jobs.overflow=reject-new</text>');
    expect(svg).toContain('>jobs.overflow=drop-oldest</text>');
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg.match(/fill-opacity="0.18"/g)).toHaveLength(2);
    for (const tick of ['1', '2', '3', '4']) expect(svg).toContain(`text-anchor="middle">${tick}</text>`);
    expect(svg).not.toMatch(/NaN|undefined/);
  });

  it('reads ranges and lists, and refuses bad ones with a reason', () => {
    expect(readSweepSpec('--sweep', 'api.serviceTime.mean=0.1..0.3:0.1')).toMatchObject({
      ok: true,
      spec: { name: 'api.serviceTime.mean', values: ['0.1', '0.2', '0.3'], numbers: [0.1, 0.2, 0.3] },
    });
    expect(readSweepSpec('--by', 'lb.algorithm=round-robin,least-connections')).toMatchObject({
      ok: true,
      spec: { values: ['round-robin', 'least-connections'], numbers: null },
    });
    const error = (text: string) => {
      const read = readSweepSpec('--sweep', text);
      return read.ok ? '' : read.error;
    };
    expect(error('consumer.workers=1..4:0')).toBe('--sweep step must be above 0; got 0');
    expect(error('consumer.workers=5..1:1')).toMatch(/must go up: from \(5\) is above to \(1\)/);
    expect(error('consumer.workers=1..x:1')).toMatch(/range must be numbers/);
    expect(error('consumer.workers=1..100000:1')).toMatch(/at most 1000/);
    expect(error('workers')).toMatch(/expects node.field=from..to:step/);
    expect(error('lb.algorithm=a,,b')).toMatch(/empty value/);
  });

  it('refuses a bad parameter path, value or metric before running anything', async () => {
    const cases: Array<[string[], RegExp]> = [
      [
        ['--sweep', 'consumr.workers=1..3:1'],
        /names no node of the scenario: 'consumr'; did you mean 'consumer'\?/,
      ],
      [['--sweep', 'consumer.wokers=1..3:1'], /unknown field 'wokers'; did you mean 'workers'\?/],
      [['--sweep', 'consumer.workers=0..2:1'], /workers: must be a whole number from 1/],
      [['--sweep', 'consumer.workers=1..3:0'], /step must be above 0/],
      [
        ['--sweep', 'consumer.workers=1..3:1', '--metric', 'clients.producer.lantency.p99'],
        /no "lantency" in clients.producer \(did you mean latency\?\)/,
      ],
      [['--sweep', 'consumer.workers=1..3:1', '--metric', 'client.producer.sent'], /did you mean clients\?/],
      [['--metric', 'totals.created'], /--metric is used only with --sweep/],
      [['--sweep', 'consumer.workers=1,2', '--by', 'consumer.workers=3'], /--by must vary another setting/],
      [
        ['--sweep', 'consumer.workers=1,2', '--threads', '0'],
        /--threads must be a whole number from 1 to 256/,
      ],
    ];
    for (const [flags, message] of cases) {
      const run = await study(['queue-30-vs-5', '--duration', '10', ...flags]);
      expect(run.stderr, flags.join(' ')).toMatch(message);
      expect(run.code, flags.join(' ')).toBe(EXIT.badUsage);
    }
  });

  it('runs on worker threads from the real command (tsx) and from a bundle, with the same CSV', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowscope-sweep-'));
    const args = [
      'queue-30-vs-5',
      '--duration',
      '30',
      '--replications',
      '2',
      '--sweep',
      'consumer.workers=1,2,3',
      '--threads',
      '2',
    ];
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const viaTsx = spawnSync(
      process.execPath,
      [tsx, 'src/cli/main.ts', ...args, '--csv', join(dir, 'tsx.csv')],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(viaTsx.stderr).toMatch(/sweep: 6\/6 runs \(100%\)/);
    expect(viaTsx.status).toBe(0);
    // The bundle leaves packages external, so it lives where node_modules is found (as bench's does).
    const out = mkdtempSync(join(process.cwd(), 'node_modules', '.tmp', 'sweep-bundle-'));
    const esbuild = createRequire(import.meta.url).resolve('esbuild/bin/esbuild');
    const build = spawnSync(
      esbuild,
      [
        'src/cli/main.ts',
        'src/cli/sim-thread.ts',
        '--bundle',
        '--platform=node',
        '--format=esm',
        '--packages=external',
        `--outdir=${out}`,
        '--out-extension:.js=.mjs',
        '--log-level=warning',
      ],
      { encoding: 'utf8' },
    );
    expect(build.stderr).toBe('');
    const viaBundle = spawnSync(
      process.execPath,
      [join(out, 'main.mjs'), ...args, '--csv', join(dir, 'bundle.csv')],
      {
        encoding: 'utf8',
        timeout: 60_000,
        cwd: process.cwd(),
      },
    );
    expect(viaBundle.status).toBe(0);
    const csv = readFileSync(join(dir, 'tsx.csv'), 'utf8');
    expect(csv.split('\r\n')).toHaveLength(5);
    expect(readFileSync(join(dir, 'bundle.csv'), 'utf8')).toBe(csv);
  });
});
