/**
 * The architecture as a React Flow graph. Nodes and edges are structural: built once per scenario
 * load (the parent re-mounts this component by load count, which also re-fits the view); live
 * numbers reach each node through its own store selectors, and dots through the particle canvas.
 */
import {
  applyNodeChanges,
  Background,
  Controls,
  MarkerType,
  ReactFlow,
  type FitViewOptions,
  type NodeChange,
  type Viewport,
  useReactFlow,
  useStore,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { selectSelectedNodeId } from '../../state/selectors.ts';
import type { Topology } from '../../state/topology.ts';
import type { Position as XY } from '../../scenario/types.ts';
import { KIND_NAME } from '../names.ts';
import { useAppStore, useSim } from '../sim-context.ts';
import { DotLegend } from './dot-legend.tsx';
import { EdgeRateLabels } from './edge-rate-labels.tsx';
import type { FlowEdge, FlowNode } from './flow-types.ts';
import { EDGE_TYPES, NODE_TYPES } from './graph-types.ts';
import { GraphTools } from '../teaching/graph-tools.tsx';
import { DotPicker } from '../trace/dot-picker.tsx';
import { ParticleCanvas } from './canvas/particle-canvas.tsx';
import { useGraphEditing } from '../editor/use-graph-editing.ts';

function buildNodes(topology: Topology, positions: Record<string, XY>): FlowNode[] {
  return topology.nodes.map((node) => ({
    id: node.id,
    type: node.kind,
    position: positions[node.id] ?? { x: 0, y: 0 },
    data: { label: node.label, kind: node.kind, index: node.index },
    ariaLabel: `${node.label}, ${KIND_NAME[node.kind]}`,
  }));
}

function buildEdges(topology: Topology): FlowEdge[] {
  return topology.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: 'throughput',
    data: { index: edge.index, async: edge.async },
    markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: '#5b6270' },
    selectable: false,
    focusable: false,
  }));
}

// Room at the top for the legend and for ending badges above the top nodes; at the right for the zoom buttons.
const FIT_VIEW_OPTIONS: FitViewOptions = {
  padding: { top: '64px', bottom: '16px', left: '16px', right: '48px' },
  maxZoom: 1.2,
};
/** Below this zoom nodes hide their secondary figures and show the main ones larger. */
const FAR_ZOOM = 0.8;
const PRO_OPTIONS = { hideAttribution: false };

/** Keeps the whole diagram in view when the pane resizes (a panel opens), until the user pans or zooms. */
function AutoFit({ userMoved }: { userMoved: RefObject<boolean> }) {
  const { fitView } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  useEffect(() => {
    if (!userMoved.current && width > 0 && height > 0) void fitView(FIT_VIEW_OPTIONS);
  }, [width, height, fitView, userMoved]);
  return null;
}

export function FlowGraph() {
  const { store } = useSim();
  const selectedId = useAppStore(selectSelectedNodeId);
  const [far, setFar] = useState(false);
  const userMoved = useRef(false);
  // Programmatic moves (fitView) come without an event; a user's drag, wheel or pinch with one.
  const onMoveStart = useCallback((event: unknown) => {
    if (event) userMoved.current = true;
  }, []);
  const onMove = useCallback((_: unknown, viewport: Viewport) => setFar(viewport.zoom < FAR_ZOOM), []);
  const [nodes, setNodes] = useState(() => buildNodes(store.getState().topology, store.getState().positions));
  const builtEdges = useMemo(() => buildEdges(store.getState().topology), [store]);
  // Editing: connect, reconnect (drag an edge's end), and click an edge to pick it for Delete.
  const { edges, editProps } = useGraphEditing(builtEdges);

  // Selection lives in the store (the inspector follows it); React Flow only reports clicks and Enter.
  const shownNodes = useMemo(
    () =>
      nodes.map((n) => (n.selected === (n.id === selectedId) ? n : { ...n, selected: n.id === selectedId })),
    [nodes, selectedId],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const state = store.getState();
      let picked: string | null | undefined;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        if (change.selected) picked = change.id;
        else if (picked === undefined && change.id === state.selectedNodeId) picked = null;
      }
      if (picked !== undefined) state.selectNode(picked);
      const rest = changes.filter((c) => c.type !== 'select');
      if (rest.length === 0) return;
      setNodes((current) => applyNodeChanges(rest, current));
      for (const change of rest) {
        if (change.type === 'position' && change.position && !change.dragging)
          state.moveNode(change.id, change.position);
      }
    },
    [store],
  );

  return (
    <ReactFlow<FlowNode, FlowEdge>
      nodes={shownNodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      edgeTypes={EDGE_TYPES}
      onNodesChange={onNodesChange}
      onMove={onMove}
      onMoveStart={onMoveStart}
      className={far ? 'is-far' : undefined}
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={0.15}
      maxZoom={2.5}
      {...editProps}
      // Dragging a node to tidy the diagram should not open its inspector; a click does.
      selectNodesOnDrag={false}
      edgesFocusable={false}
      deleteKeyCode={null}
      selectionKeyCode={null}
      multiSelectionKeyCode={null}
      panActivationKeyCode={null}
      proOptions={PRO_OPTIONS}
      aria-label="Architecture graph"
    >
      <Background gap={24} color="#d5d9e0" />
      <AutoFit userMoved={userMoved} />
      <EdgeRateLabels />
      <ParticleCanvas />
      <DotPicker />
      <GraphTools />
      <Controls showInteractive={false} position="bottom-right" />
      <DotLegend />
    </ReactFlow>
  );
}
