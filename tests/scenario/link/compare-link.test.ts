/** Compare links (docs/links.md): B as changes against A after A's ordinary link; old links unchanged. */
import { describe, expect, it } from 'vitest';
import { cloneScenario } from '../../../src/scenario/clone-scenario.ts';
import {
  compareLinkSuffix,
  openCompareB,
  splitCompareLink,
} from '../../../src/scenario/link/compare-link.ts';
import { decodeScenarioLink, encodeScenarioLink } from '../../../src/scenario/link/index.ts';
import { getPreset } from '../../../src/scenario/presets/index.ts';
import type { Scenario } from '../../../src/scenario/types.ts';

const FULL = getPreset('full')!.scenario;

function withAlgorithm(scenario: Scenario, algorithm: string): Scenario {
  const copy = cloneScenario(scenario);
  Object.assign(
    copy.nodes.find((n) => n.id === 'lb')!,
    { algorithm },
  );
  return copy;
}

describe('compare links', () => {
  it('writes B as readable changes against A and reads both back', () => {
    const b = withAlgorithm(FULL, 'least-connections');
    const link = encodeScenarioLink(FULL) + compareLinkSuffix(FULL, b);
    expect(link).toBe('#v=1&preset=full&seed=1&compare=1&B.lb.algorithm=least-connections');
    const parts = splitCompareLink(`http://localhost:4173/${link}`);
    expect(parts.aLink).toBe('#v=1&preset=full&seed=1');
    const a = decodeScenarioLink(link);
    expect(a.ok && a.scenario).toEqual(FULL);
    const opened = openCompareB(FULL, parts.b!);
    expect(opened.ok && opened.scenario).toEqual(b);
  });

  it('carries a B with another diagram whole, compressed, on A’s seed', () => {
    const b = getPreset('monolith')!.scenario;
    const suffix = compareLinkSuffix({ ...FULL, seed: 9 }, b);
    expect(suffix).toMatch(/^&compare=1&Bz=eN/);
    const parts = splitCompareLink(`#v=1&preset=full&seed=9${suffix}`);
    const opened = openCompareB({ ...FULL, seed: 9 }, parts.b!);
    expect(opened.ok && opened.scenario).toEqual({ ...b, seed: 9 });
  });

  it('keeps every old link opening unchanged (no compare parameters, no B)', () => {
    for (const link of ['#v=1&preset=full&seed=1', '#v=1&preset=queue-30-vs-5&seed=7&consumer.workers=2']) {
      expect(splitCompareLink(link)).toEqual({ aLink: link, b: null });
      expect(decodeScenarioLink(link).ok).toBe(true);
    }
  });

  it('says which B setting is wrong, and never mistakes B for a node called b', () => {
    const bad = splitCompareLink('#v=1&preset=full&compare=1&B.lbb.algorithm=random');
    const opened = openCompareB(FULL, bad.b!);
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.errors[0]).toEqual({
      path: 'link["B.lbb.algorithm"]',
      message: "names no node of A: 'lbb'; did you mean 'lb'?",
    });
    expect(splitCompareLink('#v=1&preset=full&b.workers=2').b).toBeNull();
  });
});
