/**
 * Brings the selected node into view when it is not: on a phone the inspector opens as a sheet
 * over the lower half, and on a laptop a wide diagram may be panned away from the node picked by
 * keyboard or by a lesson. The zoom is kept; only the view moves (at once under reduced motion).
 * It acts when the selection changes and after each automatic fit (flow-graph.tsx), never while
 * the user pans: a node the user panned away from stays where the user put it.
 */
import { useNodesInitialized, useReactFlow, useStoreApi, type ReactFlowInstance } from '@xyflow/react';
import { useEffect } from 'react';
import { selectReducedMotion, selectSelectedNodeId } from '../../state/selectors.ts';
import type { FlowEdge, FlowNode } from './flow-types.ts';
import { useAppStore } from '../sim-context.ts';

/** Room kept around the node, in screen pixels. */
const MARGIN_PX = 16;

type Flow = Pick<ReactFlowInstance<FlowNode, FlowEdge>, 'getInternalNode' | 'getViewport' | 'setCenter'>;

/** Centres node `id` in a pane of `widthPx` × `heightPx` unless it is wholly in view already. */
export function revealNode(
  flow: Flow,
  id: string | null,
  widthPx: number,
  heightPx: number,
  durationMs: number,
): void {
  if (id === null || widthPx === 0 || heightPx === 0) return;
  const node = flow.getInternalNode(id);
  const w = node?.measured.width;
  const h = node?.measured.height;
  if (!node || !w || !h) return;
  const { x, y, zoom } = flow.getViewport();
  const { x: fx, y: fy } = node.internals.positionAbsolute;
  const left = fx * zoom + x;
  const top = fy * zoom + y;
  const inView =
    left >= MARGIN_PX &&
    top >= MARGIN_PX &&
    left + w * zoom <= widthPx - MARGIN_PX &&
    top + h * zoom <= heightPx - MARGIN_PX;
  if (!inView) void flow.setCenter(fx + w / 2, fy + h / 2, { zoom, duration: durationMs });
}

/** Reveals the node just selected (the pane's size is read, not followed: AutoFit handles resizes). */
export function FollowSelection() {
  const selectedId = useAppStore(selectSelectedNodeId);
  const reducedMotion = useAppStore(selectReducedMotion);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const flowStore = useStoreApi();
  const ready = useNodesInitialized();
  useEffect(() => {
    if (!ready) return;
    const { width, height } = flowStore.getState();
    revealNode(flow, selectedId, width, height, reducedMotion ? 0 : 300);
    // Only a new selection moves the view, not the reduced-motion switch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, selectedId, flow, flowStore]);
  return null;
}
