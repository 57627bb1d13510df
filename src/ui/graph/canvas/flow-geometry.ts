/**
 * Node boxes and edge curves in flow coordinates, read each frame from React Flow's internal node
 * lookup (which already follows drags) into preallocated arrays: no allocation per frame.
 * Edges use the same cubic bezier as React Flow's default edge (see bezier.ts), so a travelling
 * dot rides exactly on the drawn line.
 */
import type { InternalNode } from '@xyflow/react';
import type { Topology } from '../../../state/topology.ts';

import { controlOffset } from '../bezier.ts';

export class FlowGeometry {
  nodeX = new Float64Array(0);
  nodeY = new Float64Array(0);
  nodeW = new Float64Array(0);
  nodeH = new Float64Array(0);
  /** Per edge: x0 y0 cx1 cy1 cx2 cy2 x3 y3. */
  curve = new Float64Array(0);
  private topology: Topology | null = null;

  /** Reads the current layout; false while some node has not been measured yet. */
  update(lookup: ReadonlyMap<string, InternalNode>, topology: Topology): boolean {
    if (this.topology !== topology) {
      this.topology = topology;
      const n = topology.nodes.length;
      this.nodeX = new Float64Array(n);
      this.nodeY = new Float64Array(n);
      this.nodeW = new Float64Array(n);
      this.nodeH = new Float64Array(n);
      this.curve = new Float64Array(topology.edges.length * 8);
    }
    const { nodes, edges } = topology;
    for (let i = 0; i < nodes.length; i++) {
      const node = lookup.get(nodes[i].id);
      const w = node?.measured.width;
      const h = node?.measured.height;
      if (!node || !w || !h) return false;
      this.nodeX[i] = node.internals.positionAbsolute.x;
      this.nodeY[i] = node.internals.positionAbsolute.y;
      this.nodeW[i] = w;
      this.nodeH[i] = h;
    }
    for (let e = 0; e < edges.length; e++) {
      const source = lookup.get(edges[e].source);
      const target = lookup.get(edges[e].target);
      if (!source || !target) return false;
      const out = source.internals.handleBounds?.source?.[0];
      const into = target.internals.handleBounds?.target?.[0];
      const sp = source.internals.positionAbsolute;
      const tp = target.internals.positionAbsolute;
      // Right-hand source handle, left-hand target handle (as getHandlePosition computes them).
      const x0 = out ? sp.x + out.x + out.width : sp.x + (source.measured.width ?? 0);
      const y0 = out ? sp.y + out.y + out.height / 2 : sp.y + (source.measured.height ?? 0) / 2;
      const x3 = into ? tp.x + into.x : tp.x;
      const y3 = into ? tp.y + into.y + into.height / 2 : tp.y + (target.measured.height ?? 0) / 2;
      const offset = controlOffset(x3 - x0);
      const k = e * 8;
      this.curve[k] = x0;
      this.curve[k + 1] = y0;
      this.curve[k + 2] = x0 + offset;
      this.curve[k + 3] = y0;
      this.curve[k + 4] = x3 - offset;
      this.curve[k + 5] = y3;
      this.curve[k + 6] = x3;
      this.curve[k + 7] = y3;
    }
    return true;
  }
}
