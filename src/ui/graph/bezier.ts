/**
 * React Flow's default edge curve (`getBezierPath` with curvature 0.25, right-hand source handle,
 * left-hand target handle), evaluated directly so dots and labels sit exactly on the drawn line.
 */
const CURVATURE = 0.25;

/** How far the control points stand out from the handles, for a horizontal distance dx. */
export function controlOffset(dx: number): number {
  return dx >= 0 ? 0.5 * dx : CURVATURE * 25 * Math.sqrt(-dx);
}

/** The point at parameter t of the edge from (x0, y0) to (x3, y3); written into `out`. */
export function bezierPoint(
  x0: number,
  y0: number,
  x3: number,
  y3: number,
  t: number,
  out: { x: number; y: number },
): void {
  const offset = controlOffset(x3 - x0);
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  out.x = a * x0 + b * (x0 + offset) + c * (x3 - offset) + d * x3;
  out.y = (a + b) * y0 + (c + d) * y3;
}
