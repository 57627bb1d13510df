import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { runCli } from '../../src/cli/run-cli.ts';
import { PRESETS } from '../../src/scenario/presets/index.ts';

/** A client at 100/s into one worker that serves 1/s, with no bound on the waiting room. */
const OVERLOADED = JSON.stringify({
  version: 1,
  nodes: [
    { id: 'c', kind: 'client', rate: 100 },
    { id: 's', kind: 'service', serviceTime: 1 },
  ],
  edges: [{ from: 'c', to: 's' }],
});

/** One request a second into a fast service: 10 s of it is about ten requests. */
const LIGHT = JSON.stringify({
  version: 1,
  nodes: [
    { id: 'c', kind: 'client', rate: 1 },
    { id: 's', kind: 'service', serviceTime: 0.01 },
  ],
  edges: [{ from: 'c', to: 's' }],
});

function cli(argv: string[], maxInFlight?: number) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readText: (path) => {
      if (path === 'overloaded.json') return OVERLOADED;
      if (path === 'light.json') return LIGHT;
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    },
    presets: PRESETS,
    maxInFlight,
  });
  return { code, stdout, stderr };
}

describe('runCli', () => {
  it('prints usage with the preset ids for --help', () => {
    const { code, stdout, stderr } = cli(['--help']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('Usage: npm run sim -- <scenario>');
    expect(stdout).toContain('monolith, microservices, orchestration, queue-30-vs-5, full');
    expect(stderr).toBe('');
  });

  it('exits 2 for a bad command line and 1 for an unusable scenario, on stderr only', () => {
    const usage = cli(['full', '--duration', 'soon']);
    expect(usage).toMatchObject({ code: EXIT.badUsage, stdout: '' });
    expect(usage.stderr).toMatch(/^error: --duration must be a number above 0/);
    expect(usage.stderr).toContain('--help');
    const scenario = cli(['nowhere']);
    expect(scenario).toMatchObject({ code: EXIT.badScenario, stdout: '' });
    expect(scenario.stderr).toContain('Presets: monolith');
  });

  it('prints an aligned table with every node and client, totals and the pace', () => {
    const { code, stdout } = cli(['monolith', '--duration', '30']);
    expect(code).toBe(EXIT.ok);
    const lines = stdout.split('\n');
    expect(stdout).toMatch(
      /^Services \(util % = share of workers busy; wait = arrival → start of service\)$/m,
    );
    for (const id of ['mobile', 'web', 'lb', 'app-1', 'app-2', 'app-3']) {
      expect(lines.some((line) => line.startsWith(`  ${id} `))).toBe(true);
    }
    expect(stdout).toMatch(
      /^ {2}app-1 +arrivals [\d,]+ · throughput [\d.]+\/s · util [\d.]+ % · mean wait /m,
    );
    expect(stdout).toMatch(/^ {2}mobile +sent [\d,]+ · ok [\d.]+ % · latency mean .* · p50 /m);
    expect(stdout).toMatch(/^Totals \(requests and jobs\): created [\d,]+/m);
    expect(stdout).toMatch(/^Events: [\d,]+ in .* of wall time \(.* events\/s/m);
  });

  it('shows "mean ± half-width" with several replications', () => {
    const { stdout } = cli(['monolith', '--duration', '20', '--replications', '3', '--seed', '9']);
    expect(stdout).toContain('3 replications (seeds 9–11)');
    expect(stdout).toMatch(/app-1 .* ± /);
  });

  it('averages replications in --json, with ci95 beside every metric', () => {
    const { stdout } = cli(['monolith', '--duration', '20', '--replications', '3', '--json']);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ scenario: 'monolith', seed: 1, duration: 20, warmup: 2, replications: 3 });
    const server = result.nodes['app-1'];
    expect(server.ci95.utilization).toBeGreaterThan(0);
    expect(Object.keys(server.ci95)).not.toContain('kind');
    expect(result.clients.web.ci95.latency.p99).toBeGreaterThan(0);
    expect(result.totals.ci95.created).toBeGreaterThan(0);
  });

  it('exits 3 with the halt message when the system cannot keep up, still printing the metrics', () => {
    const { code, stdout, stderr } = cli(
      ['overloaded.json', '--duration', '600', '--replications', '4', '--json'],
      500,
    );
    expect(code).toBe(EXIT.overloaded);
    expect(stderr).toMatch(
      /^halted \(replication 1 of 4, seed 1\): The run stopped at [\d.]+ s: "s" cannot keep up/,
    );
    const result = JSON.parse(stdout);
    expect(result.replications).toBe(1);
    expect(result.halt).toMatchObject({ reason: 'overload', nodeId: 's', seed: 1 });
    expect(result.halt.atS).toBeLessThan(600);
  });

  describe('the work limit (replications × duration × offered rate)', () => {
    it('runs 10,000 short replications: many runs are fine when their total work is small', () => {
      const { code, stdout, stderr } = cli([
        'light.json',
        '--duration',
        '10',
        '--replications',
        '10000',
        '--json',
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(EXIT.ok);
      const result = JSON.parse(stdout);
      expect(result.replications).toBe(10_000);
      // Measured over 9 s (10 s less the 1 s warm-up) at 1 req/s: Poisson with mean 9 per run, so the
      // mean of 10,000 runs has sd √9/√10,000 = 0.03; ±0.15 is five of them.
      expect(result.clients.c.sent).toBeGreaterThan(8.85);
      expect(result.clients.c.sent).toBeLessThan(9.15);
    });

    it('refuses a plan over 100,000,000 offered requests before running anything, naming the limit', () => {
      // The full preset offers 40 req/s: 1,000 × 3,000 s × 40 = 120,000,000 requests.
      const { code, stdout, stderr } = cli(['full', '--duration', '3000', '--replications', '1000']);
      expect(code).toBe(EXIT.badUsage);
      expect(stdout).toBe('');
      expect(stderr).toContain(
        'error: too much to simulate: 1,000 replication(s) × 3,000 s × 40 req/s offered = 120,000,000 requests, ' +
          'above the limit of 100,000,000 requests per command',
      );
    });

    it('applies to one long run too: the work counts, not the number of runs', () => {
      const { code, stderr } = cli(['full', '--duration', '10000000']);
      expect(code).toBe(EXIT.badUsage);
      expect(stderr).toContain('1 replication(s) × 10,000,000 s × 40 req/s offered = 400,000,000 requests');
    });

    it('lets a scenario that offers nothing run as long as the duration allows', () => {
      const idle = JSON.stringify({
        version: 1,
        nodes: [
          { id: 'c', kind: 'client', rate: 0 },
          { id: 's', kind: 'service', serviceTime: 0.01 },
        ],
        edges: [{ from: 'c', to: 's' }],
      });
      let stderr = '';
      const code = runCli(['idle.json', '--duration', '10000000', '--replications', '3', '--json'], {
        stdout: () => {},
        stderr: (text) => (stderr += text),
        readText: () => idle,
        presets: PRESETS,
      });
      expect(stderr).toBe('');
      expect(code).toBe(EXIT.ok);
    });
  });
});
