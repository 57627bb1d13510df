import { describe, expect, it } from 'vitest';
import { defaultResolvers, resolveScenario, type ReadText } from '../../src/cli/resolve-scenario.ts';
import { PRESETS } from '../../src/scenario/presets/index.ts';

const MM1 = JSON.stringify({
  version: 1,
  name: 'M/M/1',
  seed: 3,
  nodes: [
    { id: 'c', kind: 'client', rate: 8 },
    { id: 's', kind: 'service', serviceTime: 0.1 },
  ],
  edges: [{ from: 'c', to: 's' }],
});

/** A file system of one file, throwing Node-style errors for anything else. */
const files: Record<string, string> = {
  'mm1.json': MM1,
  'broken.json': '{"version": 1,',
  'bad.json': '{"version":1,"nodes":[{"id":"s","kind":"service","workers":0}]}',
};
const readText: ReadText = (path) => {
  if (path === 'folder') throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
  if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  return files[path];
};
const resolve = (arg: string) => resolveScenario(arg, defaultResolvers(readText, PRESETS));

function messageOf(arg: string): string {
  const result = resolve(arg);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.message;
}

describe('resolveScenario', () => {
  it('resolves every preset id to its validated scenario', () => {
    for (const preset of PRESETS) {
      const result = resolve(preset.id);
      expect(result.ok && result.scenario).toBe(preset.scenario);
    }
  });

  it('reads, validates and defaults a scenario file', () => {
    const result = resolve('mm1.json');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.scenario.name).toBe('M/M/1');
      expect(result.scenario.nodes[1]).toMatchObject({ workers: 1, capacity: null });
    }
  });

  it('lists the presets when a bare word is neither a preset nor a file, with a suggestion', () => {
    expect(messageOf('ful')).toBe(
      '"ful" is neither a preset nor a file; did you mean full?\n' +
        'Presets: monolith, microservices, orchestration, queue-30-vs-5, full, server-dies, retry-storm, retry-storm-backoff, retry-storm-budget',
    );
    expect(messageOf('missing.json')).toMatch(/^cannot read missing.json: no such file\nPresets: monolith/);
    expect(messageOf('folder')).toBe('cannot read folder: it is a folder, not a scenario file');
  });

  it('shows the same readable errors as the app for invalid JSON and invalid scenarios', () => {
    expect(messageOf('broken.json')).toMatch(
      /^broken.json is not a valid scenario:\nThe scenario is not valid JSON: /,
    );
    expect(messageOf('bad.json')).toContain(
      'nodes[id=s].workers: must be a whole number from 1 to 1,000; got 0',
    );
  });

  it('reads share links in every accepted shape, as "share link"', () => {
    for (const link of [
      'https://flowscope.example/app/#v=1&preset=queue-30-vs-5&seed=7&consumer.workers=2',
      'HTTP://localhost:4173/#v=1&preset=queue-30-vs-5&seed=7&consumer.workers=2',
      '#v=1&preset=queue-30-vs-5&seed=7&consumer.workers=2',
      '?v=1&preset=queue-30-vs-5&seed=7&consumer.workers=2',
      'v=1&preset=queue-30-vs-5&seed=7&consumer.workers=2',
    ]) {
      const result = resolve(link);
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.source).toBe('share link');
        expect(result.scenario.seed).toBe(7);
        expect(result.scenario.nodes.find((node) => node.id === 'consumer')).toMatchObject({ workers: 2 });
      }
    }
    // Bare parameters need the leading v=<number>; anything else is still a file name.
    expect(messageOf('preset=full')).toMatch(/^cannot read preset=full: no such file/);
  });

  it('lists what is wrong with a broken link, in the words the app uses', () => {
    expect(messageOf('#v=1&preset=fulll')).toBe(
      'the share link cannot be opened:\n' +
        "link.preset: names no preset: 'fulll'; did you mean 'full'? The presets are monolith, microservices, orchestration, queue-30-vs-5, full, server-dies, retry-storm, retry-storm-backoff, retry-storm-budget",
    );
    expect(messageOf('https://flowscope.example/')).toMatch(
      /^the share link cannot be opened:\nlink: holds no Flowscope scenario: /,
    );
    expect(messageOf('?v=1&preset=queue-30-vs-5&consumer.workers=0')).toBe(
      'the share link cannot be opened:\n' +
        'nodes[id=consumer].workers: must be a whole number from 1 to 1,000; got 0',
    );
    expect(messageOf('v=2&preset=full')).toMatch(
      /was made by a newer version of Flowscope \(link format 2\)/,
    );
  });
});
