import { describe, expect, it } from 'vitest';
import { getPreset } from '../../src/scenario/presets/index.ts';
import { withChange } from '../../src/worker/with-change.ts';

describe('withChange', () => {
  const scenario = getPreset('full')!.scenario;

  it('patches one node and leaves the others (and the original) untouched', () => {
    const next = withChange(scenario, { type: 'node', nodeId: 'lb', patch: { algorithm: 'fifo' } as never });
    expect(next.nodes.find((n) => n.id === 'lb')).toMatchObject({ algorithm: 'fifo' });
    expect(scenario.nodes.find((n) => n.id === 'lb')).toMatchObject({ algorithm: 'round-robin' });
    next.nodes.forEach((node, i) => node.id !== 'lb' && expect(node).toBe(scenario.nodes[i]));
  });

  it('patches one edge by index', () => {
    const next = withChange(scenario, { type: 'edge', edgeIndex: 2, patch: { weight: 5 } });
    expect(next.edges[2].weight).toBe(5);
    expect(next.edges[3]).toBe(scenario.edges[3]);
  });
});
