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

  it('falls back to the default with a readable notice for a broken link', async () => {
    const initial = await initialScenario({ hash: '#v=1&preset=full&seed=banana', search: '' });
    expect(initial.presetId).toBe('full');
    expect(initial.notice).toMatch(/could not be opened/);
    expect(initial.notice).toMatch(/seed/);
  });
});
