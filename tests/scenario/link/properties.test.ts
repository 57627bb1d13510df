// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneScenario } from '../../../src/scenario/clone-scenario.ts';
import { decodeScenarioLink, encodeScenarioLink } from '../../../src/scenario/link/index.ts';
import { PRESETS } from '../../../src/scenario/presets/index.ts';
import type { ParseResult } from '../../../src/scenario/types.ts';
import { anyText, editEverything, expectWellFormed } from './link-helpers.ts';

/** A decode that must not throw, must come back well formed, and must come back quickly. */
function check(text: string): ParseResult {
  const start = performance.now();
  const result = decodeScenarioLink(text);
  // A guard against a freeze (runaway inflate, backtracking), not a speed budget: a typical decode
  // takes well under a millisecond, but one of 20,000 can meet a garbage-collection pause, which
  // reached 378 ms on this 2-core machine at load 10. Speed is benchmarked in bench/, not here.
  expect(performance.now() - start).toBeLessThan(1000);
  expectWellFormed(result);
  return result;
}

/** Valid links of every form: presets, edited presets (readable and compressed), new topologies. */
const VALID_LINKS = (() => {
  const links: string[] = [];
  for (const preset of PRESETS) {
    links.push(encodeScenarioLink(preset.scenario));
    const edited = cloneScenario(preset.scenario);
    edited.seed = 7;
    edited.nodes[0].label = 'Edited & <b>bold</b> ✓';
    links.push(encodeScenarioLink(edited));
    links.push(encodeScenarioLink(editEverything(preset.scenario, false)));
    const topology = cloneScenario(preset.scenario);
    topology.nodes.push({ ...topology.nodes[0], id: 'extra', label: 'Extra client' });
    topology.edges.push({ ...topology.edges.find((e) => e.from === topology.nodes[0].id)!, from: 'extra' });
    links.push(encodeScenarioLink(topology));
  }
  links.push(`https://flowscope.example/app/${links[3]}`, `?${links[1].slice(1)}`, links[5].slice(1));
  return links;
})();

/** Characters links are made of, so generated text reaches deep into the decoder. */
const LINK_CHARS = [
  ...'#?&=%.~>-_/:0123456789abcdefvzpresetdAEFN+ ',
  '%2',
  '%E2%9C',
  'v=1',
  'preset=',
  'z=eNo',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), text: fc.constantFrom(...LINK_CHARS) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('setting' as const),
    text: fc.constantFrom(
      '&consumer.workers=0',
      '&seed=NaN',
      '&v=2',
      '&z=',
      '&preset=full',
      '&api.__proto__.x=1',
      '&mobile.routes/x=1',
      '&lb~app-1.latency=-1',
      '&jobs.capacity=null',
      '&x',
      '&&',
      '&%',
    ),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(link: string, m: Mutation): string {
  const at = 'at' in m ? m.at % (link.length + 1) : 0;
  switch (m.kind) {
    case 'truncate':
      return link.slice(0, at);
    case 'flip':
      return link.slice(0, at) + m.text + link.slice(at + 1);
    case 'insert':
      return link.slice(0, at) + m.text + link.slice(at);
    case 'delete':
      return link.slice(0, at) + link.slice(at + m.length);
    case 'duplicate': {
      const pieces = link.split('&');
      return `${link}&${pieces[at % pieces.length]}`;
    }
    case 'setting':
      return link + m.text;
  }
}

describe('decodeScenarioLink never throws, and answers with a scenario or readable errors', () => {
  it('on 10,000 arbitrary strings', () => {
    const text = fc.oneof(
      fc.string(),
      anyText(200),
      fc.string({ unit: fc.constantFrom(...LINK_CHARS), maxLength: 60 }),
      fc.webUrl({ withFragments: true, withQueryParameters: true }),
      fc.string({ unit: fc.constantFrom(...LINK_CHARS), maxLength: 60 }).map((s) => `#v=1&preset=full&${s}`),
      fc.base64String({ maxLength: 400 }).map((s) => `#v=1&z=${s}`),
    );
    fc.assert(
      fc.property(text, (t) => void check(t)),
      { numRuns: 10_000 },
    );
  });

  it('on 10,000 mutated valid links', () => {
    const mutated = fc
      .tuple(fc.constantFrom(...VALID_LINKS), fc.array(mutation, { minLength: 1, maxLength: 4 }))
      .map(([link, mutations]) => mutations.reduce(mutate, link));
    fc.assert(
      fc.property(mutated, (t) => void check(t)),
      { numRuns: 10_000 },
    );
  });

  it('the valid links themselves all open', () => {
    for (const link of VALID_LINKS) expect(check(link).ok).toBe(true);
  });
});
