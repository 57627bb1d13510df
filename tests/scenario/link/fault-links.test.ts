// @vitest-environment node
/** Faults travel in links: readable `fault=` parameters for a preset, the compressed form otherwise. */
import { describe, expect, it } from 'vitest';
import { cloneScenario } from '../../../src/scenario/clone-scenario.ts';
import { decodeScenarioLink, encodeScenarioLink } from '../../../src/scenario/link/index.ts';
import { getPreset } from '../../../src/scenario/presets/index.ts';
import type { Fault } from '../../../src/scenario/types.ts';

const FAULTS: Fault[] = [
  { at: 31, until: null, target: 'app-2', kind: 'crash' },
  { at: 10, until: 20, target: 'lb>app-1', kind: 'latency', latency: 0.25 },
  { at: 5, until: null, target: 'app-3', kind: 'errors', errorRate: 0.1 },
  { at: 40.5, until: 41.25, target: 'app-1', kind: 'slow', factor: 3 },
  { at: 60, until: 70, target: 'lb>app-3', kind: 'partition' },
];

describe('faults in links', () => {
  it('a preset with faults stays readable and comes back exactly', () => {
    const scenario = cloneScenario(getPreset('monolith')!.scenario);
    scenario.faults = FAULTS;
    const link = encodeScenarioLink(scenario);
    expect(link).toBe(
      '#v=1&preset=monolith&seed=1&fault=crash,app-2,31&fault=latency,lb~app-1,10,20,0.25' +
        '&fault=errors,app-3,5,-,0.1&fault=slow,app-1,40.5,41.25,3&fault=partition,lb~app-3,60,70',
    );
    const back = decodeScenarioLink(link);
    expect(back.ok && back.scenario.faults).toEqual(FAULTS);
  });

  it('an edited topology with faults goes compressed and comes back exactly', () => {
    const scenario = cloneScenario(getPreset('monolith')!.scenario);
    scenario.nodes.push({ ...scenario.nodes[3], id: 'app-4', label: 'App server 4' });
    scenario.edges.push({ from: 'lb', to: 'app-4', weight: 1, latency: 0.02 });
    scenario.faults = [...FAULTS, { at: 1, until: 2, target: 'app-4', kind: 'crash' }];
    const link = encodeScenarioLink(scenario);
    expect(link).toMatch(/^#v=1&z=/);
    const back = decodeScenarioLink(link);
    expect(back.ok && back.scenario).toEqual(scenario);
  });

  it('fault=none clears a preset’s faults; a bad fault is named', () => {
    const none = decodeScenarioLink('#v=1&preset=monolith&fault=none');
    expect(none.ok && none.scenario.faults).toEqual([]);
    expect(decodeScenarioLink('#v=1&preset=monolith&fault=crash,app-9,30')).toEqual({
      ok: false,
      errors: [{ path: 'faults[0].target', message: "there is no node 'app-9'; did you mean 'app-1'?" }],
    });
    const broken = decodeScenarioLink('#v=1&preset=monolith&fault=crash');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.errors[0]).toEqual({
      path: 'link.fault',
      message: "must be kind,target,at[,until[,value]] (e.g. 'crash,app-2,31'); got 'crash'",
    });
  });
});
