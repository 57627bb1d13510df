import { describe, expect, it } from 'vitest';
import { getPreset, PRESETS } from '../../src/scenario/presets/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { COLUMN_GAP, layoutLeftToRight } from '../../src/state/layout-left-to-right.ts';

const column = (x: number) => Math.round(x / COLUMN_GAP);

describe('layoutLeftToRight', () => {
  it('puts clients in the first column and every edge pointing right', () => {
    for (const preset of PRESETS) {
      const positions = layoutLeftToRight(preset.scenario);
      for (const node of preset.scenario.nodes) {
        if (node.kind === 'client') expect(column(positions[node.id].x), `${preset.id}/${node.id}`).toBe(0);
      }
      for (const edge of preset.scenario.edges) {
        expect(positions[edge.to].x, `${preset.id}: ${edge.from} → ${edge.to}`).toBeGreaterThan(
          positions[edge.from].x,
        );
      }
    }
  });

  it('places a node at the length of the longest path that reaches it', () => {
    const scenario = {
      nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, kind: 'service' })),
      edges: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'a', to: 'c' },
        { from: 'c', to: 'd' },
      ],
    } as unknown as Scenario;
    const p = layoutLeftToRight(scenario);
    expect([p.a, p.b, p.c, p.d].map((q) => column(q.x))).toEqual([0, 1, 2, 3]);
  });

  it('spreads a column vertically without overlap, centred on 0', () => {
    const { scenario } = getPreset('full')!;
    const p = layoutLeftToRight(scenario);
    const byColumn = new Map<number, number[]>();
    for (const node of scenario.nodes) {
      const c = column(p[node.id].x);
      byColumn.set(c, [...(byColumn.get(c) ?? []), p[node.id].y]);
    }
    for (const ys of byColumn.values()) {
      expect(new Set(ys).size).toBe(ys.length);
      const sorted = [...ys].sort((a, b) => a - b);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(150);
    }
  });

  it('is deterministic and keeps positions the scenario gives', () => {
    const { scenario } = getPreset('full')!;
    expect(layoutLeftToRight(scenario)).toEqual(layoutLeftToRight(scenario));
    const moved = {
      ...scenario,
      nodes: scenario.nodes.map((n) => (n.id === 'lb' ? { ...n, position: { x: 7, y: 9 } } : n)),
    };
    expect(layoutLeftToRight(moved).lb).toEqual({ x: 7, y: 9 });
  });

  it('does not loop on a cycle', () => {
    const scenario = {
      nodes: ['a', 'b'].map((id) => ({ id, kind: 'service' })),
      edges: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
      ],
    } as unknown as Scenario;
    const p = layoutLeftToRight(scenario);
    expect(Object.keys(p).sort()).toEqual(['a', 'b']);
  });
});
