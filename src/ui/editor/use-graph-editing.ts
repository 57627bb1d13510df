/**
 * What the graph needs for editing: connecting two nodes (drag from a node's right handle to
 * another's left), moving an edge's end, and picking an edge (click) for Delete. Every edit goes
 * through the editor, which refuses a graph that cannot run and says why.
 */
import type { Connection, ReactFlowProps } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import type { FlowEdge, FlowNode } from '../graph/flow-types.ts';
import { useEditor, useEditorStatus } from './use-editor.ts';

export function useGraphEditing(built: FlowEdge[]) {
  const editor = useEditor();
  const picked = useEditorStatus((s) => s.selectedEdge);
  const edges = useMemo(
    () =>
      built.map((edge) =>
        edge.data?.index === picked ? { ...edge, className: 'is-picked', ariaLabel: 'Selected edge' } : edge,
      ),
    [built, picked],
  );
  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source && c.target) editor.connect(c.source, c.target);
    },
    [editor],
  );
  const onReconnect = useCallback(
    (old: FlowEdge, c: Connection) => {
      const index = old.data?.index;
      if (index !== undefined && c.source && c.target) editor.reconnect(index, c.source, c.target);
    },
    [editor],
  );
  const onEdgeClick = useCallback(
    (_: unknown, edge: FlowEdge) => editor.selectEdge(edge.data?.index ?? null),
    [editor],
  );
  const clear = useCallback(() => editor.selectEdge(null), [editor]);
  const editProps: Partial<ReactFlowProps<FlowNode, FlowEdge>> = {
    nodesConnectable: true,
    edgesReconnectable: true,
    onConnect,
    onReconnect,
    onEdgeClick,
    onPaneClick: clear,
    onNodeClick: clear,
  };
  return { edges, editProps };
}
