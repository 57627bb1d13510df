/**
 * Share links in the headless runner: `--link` prints a scenario's link, and a link given as the
 * scenario runs exactly what the preset or file would run.
 */
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { runCli } from '../../src/cli/run-cli.ts';
import { LINK_LIMITS } from '../../src/scenario/index.ts';
import { PRESETS } from '../../src/scenario/presets/index.ts';

/** A scenario no preset has the shape of, so its link takes the compressed form. */
const MM1 = JSON.stringify({
  version: 1,
  name: 'M/M/1 & friends',
  seed: 3,
  nodes: [
    { id: 'c', kind: 'client', rate: 8, label: 'Caller <b>"one"</b>' },
    { id: 's', kind: 'service', serviceTime: 0.1 },
  ],
  edges: [{ from: 'c', to: 's' }],
});

const files: Record<string, string> = { 'mm1.json': MM1 };

function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readText: (path) => {
      if (path in files) return files[path];
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    },
    presets: PRESETS,
  });
  return { code, stdout, stderr };
}

/** The printed link, checked to be one line on stdout and nothing on stderr. */
function linkOf(...argv: string[]): string {
  const { code, stdout, stderr } = cli(...argv, '--link');
  expect({ code, stderr }).toEqual({ code: EXIT.ok, stderr: '' });
  expect(stdout).toMatch(/^[^\n]+\n$/);
  return stdout.trimEnd();
}

/** A run's figures without what legitimately differs: the source's name and the wall time. */
function figures(...argv: string[]) {
  const { code, stdout, stderr } = cli(...argv, '--duration', '20', '--json');
  expect({ code, stderr }).toEqual({ code: EXIT.ok, stderr: '' });
  const { scenario, wallMs, ...rest } = JSON.parse(stdout);
  expect(typeof scenario).toBe('string');
  expect(wallMs).toBeGreaterThan(0);
  return { scenario, rest };
}

describe('npm run sim -- <scenario> --link', () => {
  it('prints the preset link on the npm start address, with --seed in it', () => {
    expect(linkOf('queue-30-vs-5')).toBe('http://localhost:4173/#v=1&preset=queue-30-vs-5&seed=1');
    expect(linkOf('queue-30-vs-5', '--seed', '7')).toBe(
      'http://localhost:4173/#v=1&preset=queue-30-vs-5&seed=7',
    );
  });

  it('starts the link with --base-url, and prints {"link": …} with --json', () => {
    expect(linkOf('full', '--base-url', 'https://example.com/flowscope/')).toBe(
      'https://example.com/flowscope/#v=1&preset=full&seed=1',
    );
    const { code, stdout, stderr } = cli('full', '--link', '--json', '--base-url=https://example.com/fs/');
    expect({ code, stderr }).toEqual({ code: EXIT.ok, stderr: '' });
    expect(JSON.parse(stdout)).toEqual({ link: 'https://example.com/fs/#v=1&preset=full&seed=1' });
  });

  it('prints a compressed link for a file that matches no preset', () => {
    expect(linkOf('mm1.json')).toMatch(/^http:\/\/localhost:4173\/#v=1&z=[\w-]+$/);
  });

  it('does not run anything: --duration and --replications change nothing', () => {
    expect(linkOf('monolith', '--duration', '0.001', '--replications', '1000')).toBe(linkOf('monolith'));
  });

  it('re-prints a link given as the scenario, normalised', () => {
    const link = linkOf('queue-30-vs-5', '--seed', '7');
    expect(linkOf(link)).toBe(link);
    expect(linkOf('v=1&preset=queue-30-vs-5&seed=7')).toBe(link);
    expect(linkOf(link, '--seed', '8')).toBe(link.replace('seed=7', 'seed=8'));
  });

  it('refuses a scenario whose link would be too long to open, with exit 1', () => {
    // Fifty routes of 199 pseudo-random characters on each of twenty clients: ~200 KB that
    // does not compress, far past what a link may hold.
    let state = 12345;
    const letter = () => {
      // xorshift32: cheap, deterministic and far from compressible.
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[(state >>> 0) % 62];
    };
    const route = () => `/${Array.from({ length: 199 }, letter).join('')}`;
    const clients = Array.from({ length: 20 }, (_, i) => ({
      id: `c-${i}`,
      kind: 'client',
      rate: 1,
      routes: Object.fromEntries(Array.from({ length: 50 }, () => [route(), 1])),
    }));
    const base = PRESETS[0].scenario;
    files['big.json'] = JSON.stringify({
      ...base,
      nodes: [...base.nodes, ...clients],
      edges: [...base.edges, ...clients.map((client) => ({ from: client.id, to: 'lb' }))],
    });
    // The scenario itself is fine: it runs.
    expect(cli('big.json', '--duration', '1').code).toBe(EXIT.ok);
    const { code, stdout, stderr } = cli('big.json', '--link');
    expect({ code, stdout }).toEqual({ code: EXIT.badScenario, stdout: '' });
    expect(stderr).toMatch(
      new RegExp(
        `^error: the link would be [\\d,]+ characters; a Flowscope link has at most ${LINK_LIMITS.chars.toLocaleString('en')}\\. Share a scenario this large as a JSON file\n$`,
      ),
    );
  });
});

describe('npm run sim -- <link>', () => {
  it.each(PRESETS.map((preset) => preset.id))(
    "runs %s's link with the same figures as the preset id, same seed and duration",
    (id) => {
      const link = linkOf(id, '--seed', '42');
      const byId = figures(id, '--seed', '42');
      const byLink = figures(link);
      expect(byId.scenario).toBe(id);
      expect(byLink.scenario).toBe('share link');
      expect(byLink.rest.seed).toBe(42);
      expect(byLink.rest.totals).toEqual(byId.rest.totals);
      expect(byLink.rest).toEqual(byId.rest);
    },
  );

  it("runs a file's compressed link like the file, and accepts the bare fragment", () => {
    const link = linkOf('mm1.json');
    const byFile = figures('mm1.json');
    expect(figures(link).rest).toEqual(byFile.rest);
    expect(figures(link.slice(link.indexOf('#'))).rest).toEqual(byFile.rest);
  });

  it('shows the link in the table header as "share link"', () => {
    const { code, stdout } = cli('#v=1&preset=monolith&seed=2', '--duration', '10');
    expect(code).toBe(EXIT.ok);
    expect(stdout.split('\n')[0]).toBe('Monolith behind a load balancer (share link)');
  });

  it('exits 1 with every problem of a broken link, on stderr only', () => {
    const cases: Array<[string, RegExp]> = [
      [
        '#v=1&preset=fulll',
        /^error: the share link cannot be opened:\nlink\.preset: names no preset: 'fulll'; did you mean 'full'\?/,
      ],
      [
        'http://localhost:4173/#v=1&z=eNo!!!',
        /^error: the share link cannot be opened:\nlink\.z: is damaged: '!' at position \d+ is not a base64url character/,
      ],
      [
        '?v=1&preset=queue-30-vs-5&consumr.workers=2&producer.rate=-1',
        /^error: the share link cannot be opened:\nlink\["consumr\.workers"\]: names no node of preset 'queue-30-vs-5': 'consumr'; did you mean 'consumer'\?\nnodes\[id=producer\]\.rate: /,
      ],
      ['https://example.com/', /^error: the share link cannot be opened:\nlink: holds no Flowscope scenario/],
    ];
    for (const [link, message] of cases) {
      for (const extra of [[], ['--link'], ['--json']]) {
        const { code, stdout, stderr } = cli(link, ...extra);
        expect(code).toBe(EXIT.badScenario);
        expect(stdout).toBe('');
        expect(stderr).toMatch(message);
      }
    }
    // A truncated compressed link is caught by its checksum or its length.
    const full = linkOf('mm1.json');
    const cut = cli(full.slice(0, -5));
    expect(cut.code).toBe(EXIT.badScenario);
    expect(cut.stderr).toMatch(/^error: the share link cannot be opened:\nlink\.z: is (cut short|damaged)/);
  });
});
