import { describe, expect, it } from 'vitest';
import { getPreset, PRESETS } from '../../src/scenario/presets/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import {
  layoutLeftToRight,
  layoutTopToBottom,
  NODE_BOX_WIDTH,
  NODE_HEIGHT,
} from '../../src/state/layout-left-to-right.ts';
import { NODE_WIDTH } from '../../src/ui/graph/node-geometry.ts';

/** A node's column: the rank of its x among the distinct x values of the layout. */
function columnsOf(positions: Record<string, { x: number }>): (x: number) => number {
  const xs = [...new Set(Object.values(positions).map((p) => p.x))].sort((a, b) => a - b);
  return (x) => xs.indexOf(x);
}

describe('layoutLeftToRight', () => {
  it('puts clients in the first column and every edge pointing right', () => {
    for (const preset of PRESETS) {
      const positions = layoutLeftToRight(preset.scenario);
      const column = columnsOf(positions);
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
    const column = columnsOf(p);
    expect([p.a, p.b, p.c, p.d].map((q) => column(q.x))).toEqual([0, 1, 2, 3]);
  });

  it('spreads a column vertically without overlap, centred on 0', () => {
    const { scenario } = getPreset('full')!;
    const p = layoutLeftToRight(scenario);
    const column = columnsOf(p);
    const byColumn = new Map<number, number[]>();
    for (const node of scenario.nodes) {
      const c = column(p[node.id].x);
      byColumn.set(c, [...(byColumn.get(c) ?? []), p[node.id].y]);
    }
    for (const ys of byColumn.values()) {
      expect(new Set(ys).size).toBe(ys.length);
      const sorted = [...ys].sort((a, b) => a - b);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(140);
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

  it('gives the 30-vs-5 chain edges long enough for dots to travel in view beside their label', () => {
    // 80-unit edges showed one to three dots, hidden under the rate label.
    const { scenario } = getPreset('queue-30-vs-5')!;
    const p = layoutLeftToRight(scenario);
    const xs = scenario.nodes.map((n) => p[n.id].x).sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++)
      expect(xs[i] - xs[i - 1] - NODE_BOX_WIDTH).toBeGreaterThanOrEqual(150);
  });

  it('agrees with the drawn node width', () => {
    expect(NODE_BOX_WIDTH).toBe(NODE_WIDTH);
  });
});

describe('layoutTopToBottom (phones)', () => {
  it('puts every edge pointing down and the nodes of a row side by side without overlap', () => {
    for (const preset of PRESETS) {
      const p = layoutTopToBottom(preset.scenario);
      for (const edge of preset.scenario.edges) {
        const from = preset.scenario.nodes.find((n) => n.id === edge.from)!;
        expect(p[edge.to].y, `${preset.id}: ${edge.from} → ${edge.to}`).toBeGreaterThanOrEqual(
          p[edge.from].y + NODE_HEIGHT[from.kind],
        );
      }
      const rows = new Map<number, number[]>();
      for (const node of preset.scenario.nodes)
        rows.set(p[node.id].y, [...(rows.get(p[node.id].y) ?? []), p[node.id].x]);
      for (const xs of rows.values()) {
        const sorted = [...xs].sort((a, b) => a - b);
        for (let i = 1; i < sorted.length; i++)
          expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(NODE_BOX_WIDTH);
      }
    }
  });

  it('makes the 30-vs-5 chain one column, one node wide, so a phone can show it at a readable zoom', () => {
    const p = layoutTopToBottom(getPreset('queue-30-vs-5')!.scenario);
    expect(new Set(Object.values(p).map((q) => q.x)).size).toBe(1);
  });
});
