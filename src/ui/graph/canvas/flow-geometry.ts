/**
 * Node boxes and edge curves in flow coordinates, read each frame from React Flow's internal node
 * lookup (which already follows drags) into preallocated arrays: no allocation per frame.
 * Edges use the same cubic bezier as React Flow's default edge (see bezier.ts), so a travelling
 * dot rides exactly on the drawn line.
 */
import type { InternalNode } from '@xyflow/react';
import type { Topology } from '../../../state/topology.ts';

import { controlPoints } from '../bezier.ts';
import { edgeEnds } from '../edge-ends.ts';

const ends = { x0: 0, y0: 0, x3: 0, y3: 0 };

export class FlowGeometry {
  nodeX = new Float64Array(0);
  nodeY = new Float64Array(0);
  nodeW = new Float64Array(0);
  nodeH = new Float64Array(0);
  /** Per edge: x0 y0 cx1 cy1 cx2 cy2 x3 y3. */
  curve = new Float64Array(0);
  private topology: Topology | null = null;

  /** Reads the current layout; false while some node has not been measured yet. */
  update(lookup: ReadonlyMap<string, InternalNode>, topology: Topology, vertical = false): boolean {
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
      edgeEnds(source, target, vertical, ends);
      const k = e * 8;
      this.curve[k] = ends.x0;
      this.curve[k + 1] = ends.y0;
      controlPoints(ends.x0, ends.y0, ends.x3, ends.y3, vertical, this.curve, k + 2);
      this.curve[k + 6] = ends.x3;
      this.curve[k + 7] = ends.y3;
    }
    return true;
  }
}
