import { describe, expect, it } from 'vitest';
import { encodeScenarioLink, getPreset } from '../../src/scenario/index.ts';
import { initialScenario } from '../../src/ui/initial-scenario.ts';

describe('the scenario the app opens', async () => {
  it('is the full preset by default', async () => {
    const initial = await initialScenario({ hash: '', search: '' });
    expect(initial.presetId).toBe('full');
    expect(initial.notice).toBeNull();
  });

  it('is the preset named by ?preset=', async () => {
    expect((await initialScenario({ hash: '', search: '?preset=queue-30-vs-5' })).presetId).toBe(
      'queue-30-vs-5',
    );
    const unknown = await initialScenario({ hash: '', search: '?preset=nope' });
    expect(unknown.presetId).toBe('full');
    expect(unknown.notice).toMatch(/no scenario called "nope"/);
  });

  it('is the scenario of a share link, seed and edits included', async () => {
    const base = getPreset('queue-30-vs-5')!.scenario;
    const edited = {
      ...base,
      seed: 7,
      nodes: base.nodes.map((n) => (n.id === 'consumer' && n.kind === 'service' ? { ...n, workers: 3 } : n)),
    };
    const initial = await initialScenario({ hash: encodeScenarioLink(edited), search: '' });
    expect(initial.notice).toBeNull();
    expect(initial.presetId).toBe('queue-30-vs-5');
    expect(initial.scenario.seed).toBe(7);
    expect(initial.scenario.nodes.find((n) => n.id === 'consumer')).toMatchObject({ workers: 3 });
  });

  it('quotes at most 80 characters of a 10,000-character value in its notice (was 10,261)', async () => {
    const long = 'x'.repeat(10_000);
    const hashes = [
      `#v=1&preset=full&mobile.rate=${long}`,
      `#v=1&preset=full&lb.algorithm=${long}`,
      `#v=1&preset=full&seed=${long}`,
      `#v=1&preset=full&${long}.rate=1`,
      `#v=1&preset=${long}`,
      `#v=1&preset=full&users.serviceTime.dist=${long}`,
    ];
    for (const hash of hashes) {
      const { notice } = await initialScenario({ hash, search: '' });
      expect(notice).toMatch(/could not be opened/);
      expect(notice).not.toMatch(/x{81}/);
      expect(notice!.length).toBeLessThan(500);
    }
  });

  it('falls back to the default with a readable notice for a broken link', async () => {
    const initial = await initialScenario({ hash: '#v=1&preset=full&seed=banana', search: '' });
    expect(initial.presetId).toBe('full');
    expect(initial.notice).toMatch(/could not be opened/);
    expect(initial.notice).toMatch(/seed/);
  });
});
