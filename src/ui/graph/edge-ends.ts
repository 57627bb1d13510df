/**
 * Where an edge starts and ends, in flow coordinates, exactly as React Flow draws it: from the
 * source node's outgoing handle (right side, or bottom when the graph flows down) to the target's
 * incoming handle (left side, or top), or the node's side until its handles are measured. The
 * particle canvas and the rate labels both read edges here, so dots and labels sit on the line.
 */
import type { InternalNode } from '@xyflow/react';

export function edgeEnds(
  source: InternalNode,
  target: InternalNode,
  vertical: boolean,
  out: { x0: number; y0: number; x3: number; y3: number },
): void {
  const from = source.internals.handleBounds?.source?.[0];
  const into = target.internals.handleBounds?.target?.[0];
  const sp = source.internals.positionAbsolute;
  const tp = target.internals.positionAbsolute;
  const sw = source.measured.width ?? 0;
  const sh = source.measured.height ?? 0;
  const tw = target.measured.width ?? 0;
  const th = target.measured.height ?? 0;
  if (vertical) {
    out.x0 = from ? sp.x + from.x + from.width / 2 : sp.x + sw / 2;
    out.y0 = from ? sp.y + from.y + from.height : sp.y + sh;
    out.x3 = into ? tp.x + into.x + into.width / 2 : tp.x + tw / 2;
    out.y3 = into ? tp.y + into.y : tp.y;
  } else {
    out.x0 = from ? sp.x + from.x + from.width : sp.x + sw;
    out.y0 = from ? sp.y + from.y + from.height / 2 : sp.y + sh / 2;
    out.x3 = into ? tp.x + into.x : tp.x;
    out.y3 = into ? tp.y + into.y + into.height / 2 : tp.y + th / 2;
  }
}
