/**
 * Every balancing algorithm and every node kind has one content record (src/content), and the
 * places that say what it is read that record: the names on the diagram, the glossary and the
 * inspector's explanation.
 */
import { describe, expect, it } from 'vitest';
import { ALGORITHM_CONTENT } from '../../src/content/algorithms/index.ts';
import { KIND_CONTENT } from '../../src/content/kinds/index.ts';
import { getPreset } from '../../src/scenario/presets/index.ts';
import { LB_ALGORITHMS, NODE_KINDS, type NodeKind, type ScenarioNode } from '../../src/scenario/types.ts';
import { explainComponent, getGlossaryEntry } from '../../src/ui/glossary/index.ts';
import { ALGORITHM_NAME, KIND_NAME } from '../../src/ui/names.ts';
import { explain } from '../../src/ui/panels/explanations.ts';
import { sentences } from '../lessons/text.ts';

const RECORDS = [
  ...LB_ALGORITHMS.map((algorithm) => [algorithm, ALGORITHM_CONTENT[algorithm]] as const),
  ...NODE_KINDS.map((kind) => [kind, KIND_CONTENT[kind]] as const),
];

/** One node of each kind, as the full preset has them (every kind is there). */
const nodeOf = (kind: NodeKind): ScenarioNode => {
  const node = getPreset('full')?.scenario.nodes.find((n) => n.kind === kind);
  if (!node) throw new Error(`the full preset has no ${kind}`);
  return node;
};

describe('content records', () => {
  it('exist for every algorithm and every kind, with a name, one line and a body', () => {
    expect(Object.keys(ALGORITHM_CONTENT).sort()).toEqual([...LB_ALGORITHMS].sort());
    expect(Object.keys(KIND_CONTENT).sort()).toEqual([...NODE_KINDS].sort());
    for (const [id, record] of RECORDS) {
      expect(record.name, id).not.toBe('');
      expect(sentences(record.line), `${id} line`).toHaveLength(1);
      expect(sentences(record.body).length, `${id} body`).toBeGreaterThanOrEqual(2);
      expect(sentences(record.body).length, `${id} body`).toBeLessThanOrEqual(4);
    }
  });

  it('give the diagram its names', () => {
    for (const algorithm of LB_ALGORITHMS)
      expect(ALGORITHM_NAME[algorithm]).toBe(ALGORITHM_CONTENT[algorithm].name);
    for (const kind of NODE_KINDS) expect(KIND_NAME[kind]).toBe(KIND_CONTENT[kind].name);
  });

  it('are what the glossary says', () => {
    for (const [id, record] of RECORDS) {
      if (!record.glossary) continue;
      const entry = getGlossaryEntry(record.glossary.id);
      expect(entry, id).toBeDefined();
      expect(entry?.term).toBe(record.glossary.term ?? record.name);
      expect(entry?.short).toBe(record.line);
      expect(entry?.body).toBe(record.body);
    }
    // Every algorithm has an entry, and so has every kind a lesson names as a word to look up.
    for (const algorithm of LB_ALGORITHMS) expect(ALGORITHM_CONTENT[algorithm].glossary).toBeDefined();
    for (const kind of ['loadBalancer', 'gateway', 'orchestrator', 'queue'] as const)
      expect(KIND_CONTENT[kind].glossary, kind).toBeDefined();
  });

  it('are what the inspector says: the kind first, then the algorithm chosen', () => {
    for (const kind of NODE_KINDS) {
      expect(explain(nodeOf(kind)).startsWith(KIND_CONTENT[kind].line), kind).toBe(true);
      expect(explainComponent(kind).what, kind).toBe(KIND_CONTENT[kind].line);
    }
    const balancer = nodeOf('loadBalancer');
    for (const algorithm of LB_ALGORITHMS) {
      const node = { ...balancer, algorithm } as ScenarioNode;
      expect(explain(node), algorithm).toContain(ALGORITHM_CONTENT[algorithm].line);
      expect(explainComponent('loadBalancer', { algorithm }).current).toBe(ALGORITHM_CONTENT[algorithm].line);
    }
  });
});
