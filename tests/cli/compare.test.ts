/**
 * `--compare` (DESIGN.md section 9): A and B on common random numbers. Replication i of both uses
 * seed + i and every node draws from its own streams, so a change that touches no client leaves
 * every client's requests exactly as they were; the difference shown is the change's, not luck's.
 */
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.ts';
import type { CompareResult } from '../../src/cli/run-compare.ts';
import { replicationSeed } from '../../src/cli/sim-job.ts';
import { runJobs } from '../../src/cli/thread-pool.ts';
import { applyChanges } from '../../src/cli/settings-text.ts';
import { getPreset } from '../../src/scenario/presets/index.ts';
import type { MetricRecord } from '../../src/cli/replication-stats.ts';
import { study } from './study-cli.ts';

const FULL = getPreset('full')!.scenario;

/** Every number in a (nested) record. */
function numbers(record: MetricRecord): (number | null)[] {
  return Object.values(record).flatMap((value) =>
    typeof value === 'object' && value !== null ? numbers(value) : typeof value === 'string' ? [] : [value],
  );
}

describe('--compare', { timeout: 120_000 }, () => {
  it('keeps every client’s requests identical in every replication when only the balancer changes', async () => {
    const changed = applyChanges(FULL, [{ name: 'lb.algorithm', value: 'least-connections' }], '--compare');
    if (!changed.ok) throw new Error(changed.message);
    expect(changed.scenario.nodes.find((n) => n.id === 'lb')).toMatchObject({
      algorithm: 'least-connections',
    });
    const jobs = [0, 1, 2, 3].flatMap((i) =>
      [0, 1].map((scenarioIndex) => ({
        scenarioIndex,
        seed: replicationSeed(5, i),
        durationS: 120,
        warmupS: 12,
      })),
    );
    const results = await runJobs([FULL, changed.scenario], jobs, { threads: 2 });
    for (let i = 0; i < 4; i++) {
      const [a, b] = [results[2 * i].report, results[2 * i + 1].report];
      expect(a.seed).toBe(b.seed);
      for (const id of ['mobile', 'web']) {
        expect(b.clients[id].sent).toBe(a.clients[id].sent);
        expect(a.clients[id].sent).toBeGreaterThan(0);
      }
      // The change did change the run: some downstream figure differs in this replication.
      expect(JSON.stringify(b.nodes)).not.toBe(JSON.stringify(a.nodes));
    }
  });

  it('reports exactly 0 difference in sent, with a 0 half-width, and says the requests are the same', async () => {
    const run = await study([
      'full',
      '--duration',
      '120',
      '--replications',
      '3',
      '--json',
      '--compare',
      'lb.algorithm=least-connections',
      '--threads',
      '2',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(EXIT.ok);
    const result = JSON.parse(run.stdout) as CompareResult;
    expect(result.changes).toEqual(['lb.algorithm=least-connections']);
    expect(result.sameRequests).toEqual({ holds: true, changedClients: [] });
    for (const id of ['mobile', 'web']) {
      expect(result.difference.clients[id].sent).toBe(0);
      expect((result.difference.clients[id].ci95 as MetricRecord).sent).toBe(0);
      expect(result.a.clients[id].sent).toBe(result.b.clients[id].sent);
    }
  });

  it('gives differences of exactly 0 everywhere when B is A', async () => {
    const run = await study([
      'queue-30-vs-5',
      '--duration',
      '60',
      '--replications',
      '3',
      '--json',
      '--compare',
      'queue-30-vs-5',
    ]);
    expect(run.code).toBe(EXIT.ok);
    const result = JSON.parse(run.stdout) as CompareResult;
    expect(result.changes).toEqual([]);
    const all = [
      ...numbers(result.difference.totals),
      ...Object.values(result.difference.nodes).flatMap(numbers),
      ...Object.values(result.difference.clients).flatMap(numbers),
    ];
    expect(all.length).toBeGreaterThan(100);
    // null only where neither side has a value (firstDropAt of a node that never dropped).
    expect(all.every((value) => value === 0 || value === null)).toBe(true);
    expect(all.filter((value) => value === 0).length).toBeGreaterThan(100);
  });

  it('gives a paired interval narrower than either side’s own when the change is small', async () => {
    // One more catalog worker: catalog's wait falls in every replication, while the traffic itself
    // varies a lot from seed to seed. Pairing removes the traffic's share of the spread.
    const run = await study([
      'full',
      '--duration',
      '300',
      '--replications',
      '6',
      '--json',
      '--compare',
      'catalog.workers=4',
    ]);
    const result = JSON.parse(run.stdout) as CompareResult;
    const ci = (record: unknown) => (record as { ci95: Record<string, number> }).ci95.meanTimeInSystem;
    const paired = ci(result.difference.nodes.catalog);
    expect(result.difference.nodes.catalog.meanTimeInSystem as number).toBeLessThan(0);
    expect(paired).toBeLessThan(ci(result.a.nodes.catalog));
    expect(paired).toBeLessThan(ci(result.b.nodes.catalog));
  });

  it('warns when B changes a client, since its requests are no longer A’s', async () => {
    const run = await study(['queue-30-vs-5', '--duration', '30', '--compare', 'producer.rate=20']);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toContain('Not the same requests: B changes client(s) producer');
    expect(run.stdout).toMatch(/producer\s+sent/);
  });

  it('takes B as a link, as a file, or as changes on top of either', async () => {
    const link = await study([
      'queue-30-vs-5',
      '--duration',
      '30',
      '--json',
      '--compare',
      'v=1&preset=queue-30-vs-5&seed=1&consumer.workers=2',
      '--compare',
      'jobs.capacity=100',
    ]);
    expect(link.code).toBe(EXIT.ok);
    const result = JSON.parse(link.stdout) as CompareResult;
    expect(result.compare).toBe('share link');
    // In diagram order, as a link writes them.
    expect(result.changes).toEqual(['jobs.capacity=100', 'consumer.workers=2']);
    const file = await study(['queue-30-vs-5', '--duration', '30', '--compare', 'b.json'], {
      'b.json': JSON.stringify({ ...getPreset('queue-30-vs-5')!.scenario, name: 'B' }),
    });
    expect(file.code).toBe(EXIT.ok);
    expect(file.stdout).toContain('A against B (b.json)');
  });

  it('refuses what cannot be B, in words, with the documented exit codes', async () => {
    const cases: Array<[string[], number, RegExp]> = [
      [
        ['--compare', 'lbb.algorithm=random'],
        EXIT.badUsage,
        /names no node of the scenario: 'lbb'; did you mean 'lb'\?/,
      ],
      [
        ['--compare', 'lb.algoritm=random'],
        EXIT.badUsage,
        /unknown field 'algoritm'; did you mean 'algorithm'\?/,
      ],
      [['--compare', 'lb.algorithm=fastest'], EXIT.badUsage, /lb\]\.algorithm/],
      [['--compare', 'seed=3'], EXIT.badUsage, /cannot change the seed/],
      [
        ['--compare', 'missing.json'],
        EXIT.badScenario,
        /B \(--compare\) cannot be used: cannot read missing.json/,
      ],
      [['--compare', 'v=1&preset=ful'], EXIT.badScenario, /names no preset: 'ful'; did you mean 'full'\?/],
      [['--compare', 'full', '--compare', 'monolith'], EXIT.badUsage, /names one B scenario/],
      [['--compare', 'x', '--sweep', 'lb.algorithm=random,fifo'], EXIT.badUsage, /separate studies/],
    ];
    for (const [flags, code, message] of cases) {
      const run = await study(['full', '--duration', '10', ...flags]);
      expect(run.stderr, flags.join(' ')).toMatch(message);
      expect(run.code, flags.join(' ')).toBe(code);
      expect(run.stdout).toBe('');
    }
  });
});
