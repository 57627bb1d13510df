/**
 * Where the canvas puts what faults leave behind: the pile at a cut edge (head nearest the cut,
 * three abreast, never past the sender's end) and how long a lost request's cross stays (running
 * time only, so a paused class can still point at it).
 */
import { describe, expect, it } from 'vitest';
import { CUT_T, pilePoint } from '../../src/ui/graph/canvas/cut-pile.ts';
import { DOT_STEP } from '../../src/ui/graph/node-geometry.ts';
import { addLostMarks, createLostMarks, LOST_MARK_MS } from '../../src/state/lost-marks.ts';
import { tickLostMarks } from '../../src/ui/graph/canvas/draw-lost.ts';

// A straight edge from (0, 0) to (300, 0): control points on the line, so t maps to x = 300 t.
const straight = new Float64Array([0, 0, 100, 0, 200, 0, 300, 0]);

describe('the pile at a cut', () => {
  it('stands before the cut, head nearest it, three abreast across the edge', () => {
    const at = (pos: number) => {
      const out = { x: NaN, y: NaN };
      expect(pilePoint(straight, 0, pos, out)).toBe(true);
      return out;
    };
    const cutX = 300 * CUT_T;
    const head = at(0);
    expect(head.x).toBeLessThan(cutX);
    // One column: the same distance from the cut, rows DOT_STEP apart across the edge.
    expect([at(0).x, at(1).x, at(2).x]).toEqual([head.x, head.x, head.x]);
    expect([at(0).y, at(1).y, at(2).y].map((y) => Math.round(y))).toEqual([-DOT_STEP, 0, DOT_STEP]);
    // The next column is one DOT_STEP further from the cut.
    expect(at(3).x).toBeCloseTo(head.x - DOT_STEP, 9);
  });

  it('stops short of the sender: beyond the room on the edge a request is counted, not drawn', () => {
    const out = { x: 0, y: 0 };
    expect(pilePoint(straight, 0, 3 * 9, out)).toBe(true);
    expect(out.x).toBeGreaterThan(0);
    expect(pilePoint(straight, 0, 3 * 12, out)).toBe(false);
  });
});

describe('marks of work lost to a crash', () => {
  const lost = { nodeIndex: 1, state: 2, pos: 0, flags: 0 };

  it('age only while the run plays, and go after their time', () => {
    const marks = createLostMarks();
    tickLostMarks(marks, 0, true);
    addLostMarks(marks, [lost, { ...lost, pos: 1 }]);
    tickLostMarks(marks, 1000, true);
    // Paused for a minute: nothing ages.
    tickLostMarks(marks, 61_000, false);
    expect(marks.items).toHaveLength(2);
    expect(marks.ageMs).toEqual([1000, 1000]);
    tickLostMarks(marks, 61_000 + LOST_MARK_MS - 1001, true);
    expect(marks.items).toHaveLength(2);
    tickLostMarks(marks, 61_000 + LOST_MARK_MS, true);
    expect(marks.items).toHaveLength(0);
  });
});
