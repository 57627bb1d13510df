import { describe, expect, it } from 'vitest';
import type { Dots, NodeLive } from '../../src/engine/index.ts';
import { layoutDots } from '../../src/ui/graph/canvas/dot-layout.ts';
import { FlowGeometry } from '../../src/ui/graph/canvas/flow-geometry.ts';
import { placeLabels, LABEL_HEIGHT, LABEL_WIDTH } from '../../src/ui/graph/label-placement.ts';
import {
  DOT_STEP,
  lineCapacity,
  MAX_SLOTS,
  NODE_BORDER,
  ROW_CENTER_FROM_BOTTOM,
  slotCenterX,
  slotsLeft,
  stripRight,
} from '../../src/ui/graph/node-geometry.ts';
import { shortLabels } from '../../src/ui/graph/short-labels.ts';
import { DOT_STATE } from '../../src/worker/protocol.ts';

/** Two nodes: A at (0,0) 200×100, B at (400,0) 200×100, one edge A→B from (200,50) to (400,50). */
function geometry(): FlowGeometry {
  const g = new FlowGeometry();
  g.nodeX = Float64Array.of(0, 400);
  g.nodeY = Float64Array.of(0, 0);
  g.nodeW = Float64Array.of(200, 200);
  g.nodeH = Float64Array.of(100, 100);
  g.curve = Float64Array.of(200, 50, 300, 50, 300, 50, 400, 50);
  return g;
}

function dots(list: { state: number; place: number; pos: number }[]): Dots {
  return {
    count: list.length,
    perDot: 1,
    state: Uint8Array.from(list.map((d) => d.state)),
    place: Uint16Array.from(list.map((d) => d.place)),
    pos: Float32Array.from(list.map((d) => d.pos)),
    flags: new Uint8Array(list.length),
    id: Float64Array.from(list.map((_, i) => i)),
  };
}

const live = (workers: number) => ({ workers }) as NodeLive;

describe('where dots stand', () => {
  it('travelling: along the edge curve by progress', () => {
    const d = dots([0, 0.5, 1].map((pos) => ({ state: DOT_STATE.traveling, place: 0, pos })));
    const xs = new Float32Array(3);
    const ys = new Float32Array(3);
    layoutDots(d, null, geometry(), xs, ys, true, new Uint16Array(2));
    expect(Array.from(xs)).toEqual([200, 300, 400]);
    expect(Array.from(ys)).toEqual([50, 50, 50]);
  });

  it('travelling dots are not drawn with reduced motion', () => {
    const d = dots([{ state: DOT_STATE.traveling, place: 0, pos: 0.5 }]);
    const xs = new Float32Array(1);
    const shown = layoutDots(d, null, geometry(), xs, new Float32Array(1), false, new Uint16Array(2));
    expect(shown).toBe(0);
    expect(xs[0]).toBeNaN();
  });

  it('waiting: in line in the dock, head nearest the workers, up to the line capacity', () => {
    const capacity = lineCapacity(2);
    const d = dots([0, 1, capacity].map((pos) => ({ state: DOT_STATE.waiting, place: 1, pos })));
    const xs = new Float32Array(3);
    const ys = new Float32Array(3);
    layoutDots(d, [live(0), live(2)], geometry(), xs, ys, true, new Uint16Array(2));
    expect(xs[0]).toBeCloseTo(400 + NODE_BORDER + stripRight(2) - DOT_STEP / 2);
    expect(xs[0] - xs[1]).toBeCloseTo(DOT_STEP);
    expect(ys[0]).toBeCloseTo(100 - NODE_BORDER - ROW_CENTER_FROM_BOTTOM);
    expect(xs[2]).toBeNaN(); // counted in "+N" instead
    expect(xs[0]).toBeLessThan(400 + NODE_BORDER + slotsLeft(2));
  });

  it('in service: at its worker slot', () => {
    const d = dots([{ state: DOT_STATE.inService, place: 1, pos: 1 }]);
    const xs = new Float32Array(1);
    layoutDots(d, [live(0), live(3)], geometry(), xs, new Float32Array(1), true, new Uint16Array(2));
    expect(xs[0]).toBeCloseTo(400 + NODE_BORDER + slotCenterX(1, 3));
  });

  it('parked at an orchestrator: numbered per node, below it', () => {
    const d = dots([0, 0, 0].map(() => ({ state: DOT_STATE.joining, place: 0, pos: 0 })));
    const xs = new Float32Array(3);
    const ys = new Float32Array(3);
    layoutDots(d, null, geometry(), xs, ys, true, new Uint16Array(2));
    expect(new Set(Array.from(xs)).size).toBe(3);
    expect(ys[0]).toBeGreaterThan(100);
  });

  it('slots stay inside the node, many workers share a bar', () => {
    for (let w = 1; w <= 40; w++) {
      expect(slotCenterX(0, w)).toBeGreaterThan(slotsLeft(w));
      expect(slotCenterX(w - 1, w)).toBeLessThan(236);
    }
    expect(slotCenterX(MAX_SLOTS + 5, MAX_SLOTS + 10)).toBeGreaterThan(slotCenterX(0, MAX_SLOTS + 10));
  });
});

describe('edge labels', () => {
  it('slide along their edge instead of covering each other', () => {
    // Two edges that cross in the middle: (0,0)→(100,100) and (0,100)→(100,0).
    const centres = placeLabels([0, 0, 100, 100, 0, 100, 100, 0]);
    const dx = Math.abs(centres[0] - centres[2]);
    const dy = Math.abs(centres[1] - centres[3]);
    expect(dx >= LABEL_WIDTH || dy >= LABEL_HEIGHT).toBe(true);
  });

  it('drop the words all labels share, keeping the last', () => {
    expect(shortLabels(['API gateway 1', 'API gateway 2'])).toEqual(['gateway 1', 'gateway 2']);
    expect(shortLabels(['Consumer 1', 'Consumer 2'])).toEqual(['Consumer 1', 'Consumer 2']);
    expect(shortLabels(['Users', 'Orders'])).toEqual(['Users', 'Orders']);
  });
});
