/**
 * The real command, spawned as `tsx src/cli/main.ts …` would be by `npm run sim`: output streams,
 * exit codes and the JSON contract of DESIGN.md section 4. Runs are short (well under a second each).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');

function sim(...args: string[]) {
  const run = spawnSync(process.execPath, [TSX_CLI, 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const NODE_KEYS = [
  'kind',
  'arrivals',
  'completed',
  'failed',
  'throughput',
  'dropRate',
  'dropProbability',
  'utilization',
  'meanQueueLength',
  'meanNumberInSystem',
  'meanWait',
  'meanTimeInSystem',
  'p50',
  'p95',
  'p99',
  'probabilityOfWaiting',
  'waitingAtEnd',
  'inSystemAtEnd',
  'firstDropAt',
  // Format 2 (DESIGN.md section 8).
  'timeouts',
  'lateAnswers',
  'breakerOpens',
  'workersAtEnd',
  'meanWorkers',
  'ejections',
  'faultTime',
];

// Each spawn starts tsx and Node (about a second, more on a busy machine), so the timeouts are generous.
describe('npm run sim (spawned)', { timeout: 60_000 }, () => {
  it('prints one JSON object with exactly the keys of DESIGN.md section 4', () => {
    const { code, stdout, stderr } = sim('queue-30-vs-5', '--duration', '60', '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual([
      'scenario',
      'seed',
      'duration',
      'warmup',
      'replications',
      'nodes',
      'clients',
      'totals',
      'events',
      'wallMs',
    ]);
    expect(result).toMatchObject({
      scenario: 'queue-30-vs-5',
      seed: 1,
      duration: 60,
      warmup: 6,
      replications: 1,
    });
    expect(Object.keys(result.nodes)).toEqual(['producer', 'api', 'jobs', 'consumer']);
    for (const [id, node] of Object.entries<Record<string, unknown>>(result.nodes)) {
      // A node with an edge into a queue adds what became of its jobs (publishing is asynchronous).
      const at = NODE_KEYS.indexOf('firstDropAt') + 1;
      const keys = id === 'api' ? [...NODE_KEYS.slice(0, at), 'jobs', ...NODE_KEYS.slice(at)] : NODE_KEYS;
      expect(Object.keys(node)).toEqual([...keys, 'ci95']);
      expect(Object.keys(node.ci95 as object)).toEqual(keys.filter((key) => key !== 'kind'));
    }
    expect(Object.keys(result.nodes.api.jobs)).toEqual([
      'published',
      'done',
      'failed',
      'refused',
      'evicted',
      'deadLettered',
      'heldAtEnd',
    ]);
    expect(Object.keys(result.clients.producer)).toEqual([
      'sent',
      'ok',
      'failed',
      'latency',
      // Format 2 (DESIGN.md section 8).
      'attempts',
      'retries',
      'retriesDenied',
      'ci95',
    ]);
    expect(Object.keys(result.clients.producer.latency)).toEqual(['mean', 'p50', 'p95', 'p99']);
    expect(Object.keys(result.totals)).toEqual([
      'created',
      'finished',
      'inFlight',
      'byOutcome',
      'jobs',
      'ci95',
    ]);
    // Conservation, requests and jobs together.
    expect(result.totals.created).toBe(result.totals.finished + result.totals.inFlight);
    expect(result.events).toBeGreaterThan(0);
    expect(result.wallMs).toBeGreaterThan(0);
    // One replication: no interval.
    expect(result.nodes.jobs.ci95.dropRate).toBeNull();
  });

  it('refuses about 25 jobs/s once the 30-vs-5 queue is full', () => {
    // 500 slots fill at ~25/s in ~20 s; measuring from 30 s sees only the full queue. Over 30 s,
    // ~900 Poisson arrivals have a standard deviation of 30, i.e. 1/s: ±3/s is three of them.
    const { code, stdout } = sim('queue-30-vs-5', '--duration', '60', '--warmup', '30', '--json');
    expect(code).toBe(0);
    const jobs = JSON.parse(stdout).nodes.jobs;
    expect(jobs.kind).toBe('queue');
    expect(jobs.dropRate).toBeGreaterThan(22);
    expect(jobs.dropRate).toBeLessThan(28);
    expect(jobs.throughput).toBeGreaterThan(4);
    expect(jobs.throughput).toBeLessThan(6);
    expect(jobs.failed['queue-full']).toBeGreaterThan(0);
    // Full, give or take the job a consumer has just taken.
    expect(jobs.waitingAtEnd).toBeGreaterThanOrEqual(495);
    expect(jobs.firstDropAt).toBeGreaterThan(14);
    expect(jobs.firstDropAt).toBeLessThan(26);
  });

  it('exits non-zero with readable errors on stderr and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowscope-cli-'));
    const invalid = join(dir, 'invalid.json');
    writeFileSync(
      invalid,
      JSON.stringify({ version: 1, nodes: [{ id: 'api', kind: 'service', workers: 0 }] }),
    );
    const cases: Array<[string[], number, RegExp]> = [
      [['full', '--replicas', '3'], 2, /unknown option --replicas \(did you mean --replications\?\)/],
      [
        ['nope'],
        1,
        /"nope" is neither a preset nor a file\nPresets: monolith, microservices, orchestration, queue-30-vs-5, full/,
      ],
      [[invalid], 1, /nodes\[id=api\]\.workers: must be a whole number from 1 to 1,000; got 0/],
      [
        ['http://localhost:4173/#v=1&preset=fulll&seed=1', '--json'],
        1,
        /^error: the share link cannot be opened:\nlink\.preset: names no preset: 'fulll'; did you mean 'full'\?/,
      ],
    ];
    for (const [args, expectedCode, message] of cases) {
      const { code, stdout, stderr } = sim(...args);
      expect(code).toBe(expectedCode);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });
});
