/**
 * Click a dot to follow that request: a capture-phase click listener on the flow pane hit-tests
 * the pointer, in flow coordinates, against the dots the canvas last drew. A hit starts a trace
 * and keeps the click from also selecting the node or edge underneath. Lives inside <ReactFlow>.
 */
import { useStore, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { useSim } from '../sim-context.ts';
import { DOT_RADIUS } from '../graph/node-geometry.ts';
import { hitDot } from './dot-hits.ts';

export function DotPicker() {
  const rf = useStoreApi();
  const { frame, controller } = useSim();
  // React Flow records its DOM node after its children's first effects: subscribe to it.
  const dom = useStore((s) => s.domNode);
  useEffect(() => {
    if (!dom) return;
    const onClick = (event: MouseEvent): void => {
      const { transform } = rf.getState();
      const [tx, ty, zoom] = transform;
      const rect = dom.getBoundingClientRect();
      const x = (event.clientX - rect.left - tx) / zoom;
      const y = (event.clientY - rect.top - ty) / zoom;
      // At least ~10 screen pixels, so small dots are easy to hit when zoomed out.
      const id = hitDot(frame, x, y, Math.max(DOT_RADIUS * 2, 10 / zoom));
      if (id === null) return;
      event.stopPropagation();
      event.preventDefault();
      controller.traceRequest(id);
    };
    dom.addEventListener('click', onClick, true);
    return () => dom.removeEventListener('click', onClick, true);
  }, [rf, dom, frame, controller]);
  return null;
}
