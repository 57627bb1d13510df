/** Rate labels never overlap each other, never sit on an edge (where dots travel) or a node. */
import { describe, expect, it } from 'vitest';
import { bezierPoint } from '../../src/ui/graph/bezier.ts';
import { LABEL_HEIGHT, LABEL_WIDTH, placeLabels } from '../../src/ui/graph/label-placement.ts';

function pathPoints(ends: number[], vertical: boolean): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  for (let e = 0; e < ends.length / 4; e++) {
    for (let s = 1; s < 40; s++) {
      const p = { x: 0, y: 0 };
      bezierPoint(ends[4 * e], ends[4 * e + 1], ends[4 * e + 2], ends[4 * e + 3], s / 40, p, vertical);
      points.push(p);
    }
  }
  return points;
}

const DOT_RADIUS = 5;

describe('placeLabels', () => {
  it('a lone edge: the label stands beside the line, clear of a dot on it', () => {
    const ends = [0, 0, 160, 0];
    const [x, y] = placeLabels(ends);
    expect(x).toBeCloseTo(80, 0);
    expect(Math.abs(y)).toBeGreaterThanOrEqual(LABEL_HEIGHT / 2 + DOT_RADIUS);
  });

  it('a fan of ten edges (the gateways of the full preset): no overlap between labels, none on a path', () => {
    const ends: number[] = [];
    for (const sy of [0, 150]) for (const ty of [-150, 0, 150, 300, 450]) ends.push(0, sy, 230, ty);
    const centres = placeLabels(ends);
    const boxes = [];
    for (let i = 0; i < centres.length; i += 2) boxes.push({ x: centres[i], y: centres[i + 1] });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const apart =
          Math.abs(boxes[i].x - boxes[j].x) >= LABEL_WIDTH ||
          Math.abs(boxes[i].y - boxes[j].y) >= LABEL_HEIGHT;
        expect(apart, `labels ${i} and ${j}`).toBe(true);
      }
    }
    // Ten crossing edges in 230 units leave no free spot for every label: at the middle of their
    // edges all ten would sit on a path; placed, at least three find a spot off every path (the
    // canvas draws dots above the labels, so the others still hide no dot).
    const onAPath = boxes.filter((b) =>
      pathPoints(ends, false).some(
        (p) =>
          Math.abs(p.x - b.x) < LABEL_WIDTH / 2 + DOT_RADIUS &&
          Math.abs(p.y - b.y) < LABEL_HEIGHT / 2 + DOT_RADIUS,
      ),
    );
    expect(onAPath.length).toBeLessThanOrEqual(7);
  });

  it('top to bottom: the label stands to the side of a vertical edge', () => {
    const [x, y] = placeLabels([0, 0, 0, 200], [], true);
    expect(Math.abs(x)).toBeGreaterThanOrEqual(LABEL_WIDTH / 2 + DOT_RADIUS);
    expect(y).toBeGreaterThan(40);
    expect(y).toBeLessThan(160);
  });

  it('keeps off the nodes', () => {
    const node = { x: 40, y: -200, w: 80, h: 190 };
    const [x, y] = placeLabels([0, 0, 160, 0], [node]);
    const overlapX = Math.min(x + LABEL_WIDTH / 2, node.x + node.w) - Math.max(x - LABEL_WIDTH / 2, node.x);
    const overlapY = Math.min(y + LABEL_HEIGHT / 2, node.y + node.h) - Math.max(y - LABEL_HEIGHT / 2, node.y);
    expect(overlapX <= 0 || overlapY <= 0).toBe(true);
  });
});
