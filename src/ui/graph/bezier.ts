/**
 * React Flow's default edge curve (`getBezierPath` with curvature 0.25), evaluated directly so dots
 * and labels sit exactly on the drawn line: from a right-hand source handle to a left-hand target
 * handle, or (`vertical`) from a bottom handle to a top one, the control points standing out along
 * the flow's axis.
 */
const CURVATURE = 0.25;

/** How far the control points stand out from the handles, for a distance d along the flow. */
export function controlOffset(d: number): number {
  return d >= 0 ? 0.5 * d : CURVATURE * 25 * Math.sqrt(-d);
}

/** Control points of the edge from (x0, y0) to (x3, y3): cx1 cy1 cx2 cy2 written into `out`. */
export function controlPoints(
  x0: number,
  y0: number,
  x3: number,
  y3: number,
  vertical: boolean,
  out: Float64Array | number[],
  at = 0,
): void {
  if (vertical) {
    const offset = controlOffset(y3 - y0);
    out[at] = x0;
    out[at + 1] = y0 + offset;
    out[at + 2] = x3;
    out[at + 3] = y3 - offset;
  } else {
    const offset = controlOffset(x3 - x0);
    out[at] = x0 + offset;
    out[at + 1] = y0;
    out[at + 2] = x3 - offset;
    out[at + 3] = y3;
  }
}

const scratch = [0, 0, 0, 0];

/** The point at parameter t of the edge from (x0, y0) to (x3, y3); written into `out`. */
export function bezierPoint(
  x0: number,
  y0: number,
  x3: number,
  y3: number,
  t: number,
  out: { x: number; y: number },
  vertical = false,
): void {
  controlPoints(x0, y0, x3, y3, vertical, scratch);
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  out.x = a * x0 + b * scratch[0] + c * scratch[2] + d * x3;
  out.y = a * y0 + b * scratch[1] + c * scratch[3] + d * y3;
}
