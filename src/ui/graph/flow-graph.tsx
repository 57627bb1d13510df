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
  type ReactFlowState,
  type Viewport,
  useNodesInitialized,
  useReactFlow,
  useStore,
  useStoreApi,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { selectSelectedNodeId, selectTopology } from '../../state/selectors.ts';
import type { Topology } from '../../state/topology.ts';
import type { Position as XY } from '../../scenario/types.ts';
import { KIND_NAME } from '../names.ts';
import { useAppStore, useSim } from '../sim-context.ts';
import { DotLegend } from './dot-legend.tsx';
import { EdgeRateLabels } from './edge-rate-labels.tsx';
import { FollowSelection, revealNode } from './follow-selection.tsx';
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
  padding: { top: '64px', bottom: '16px', left: '16px', right: '40px' },
  maxZoom: 1.2,
};
/**
 * Below this zoom nodes hide their secondary figures and show the rest larger (graph.css): at 1
 * and above the smallest node text (12.5 px) reads at 12.5 px or more on screen.
 */
const FAR_ZOOM = 1;
/**
 * The smallest zoom a fit may choose: zoomed out, the smallest node text is 20 flow px, so this
 * keeps it at 10 px on screen with a panel open (legible.e2e.ts). A diagram wider than that is centred
 * and can be panned, rather than shrunk to unreadable text.
 */
const READABLE_ZOOM = 0.5;
/** On a phone the diagram flows down and opens at a readable zoom (≥ 12 px text), from the top. */
const PHONE_MIN_ZOOM = 0.6;
const PHONE_MAX_ZOOM = 1;
const PHONE_TOP_PX = 64;
/** Below the legend on a phone: a line it may gain (about 20 px) and a card's ending badge. */
const LEGEND_GROWTH_PX = 40;
const PRO_OPTIONS = { hideAttribution: false };

/** The sum of the measured node heights: changes when zooming out enlarges the node text. */
const selectMeasuredHeight = (s: ReactFlowState) => {
  let sum = 0;
  for (const node of s.nodeLookup.values()) sum += node.measured.height ?? 0;
  return Math.round(sum);
};

/**
 * Keeps the diagram in view when the pane resizes (a panel opens), until the user pans or zooms:
 * fitted whole on a wide screen, never below a readable zoom; on a phone (top-to-bottom layout)
 * fitted to the width and started at the top. It refits when the pane's size changes and once
 * more after zooming out has enlarged the node text, never on every change of a node's figures.
 */
function AutoFit({
  userMoved,
  far,
  down,
  whole,
}: {
  userMoved: RefObject<boolean>;
  far: boolean;
  down: boolean;
  whole: boolean;
}) {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const flowStore = useStoreApi();
  const { fitView, setViewport, getNodes, getNodesBounds } = flow;
  const { store } = useSim();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const ready = useNodesInitialized();
  const measured = useStore(selectMeasuredHeight);
  const last = useRef({ key: '', far: null as boolean | null, measured: -1, pendingFar: false });
  useEffect(() => {
    if (userMoved.current || !ready || width === 0 || height === 0) return;
    const seen = last.current;
    const key = `${width}x${height}`;
    const farChanged = seen.far !== null && seen.far !== far;
    if (farChanged) seen.pendingFar = true;
    // The text switched size: fit again once the nodes have been measured at the new size.
    const remeasured = seen.pendingFar && !farChanged && measured !== seen.measured;
    if (seen.key === key && !farChanged && !remeasured) return;
    if (remeasured) seen.pendingFar = false;
    Object.assign(seen, { key, far, measured });
    // After a fit, the node the inspector describes is brought into view if the fit left it out.
    const reveal = () => revealNode(flow, store.getState().selectedNodeId, width, height, 0);
    if (whole) {
      // An embed or a compare pane has no room to pan in: the whole diagram, below the legend.
      void fitView({ ...FIT_VIEW_OPTIONS, minZoom: 0.05 });
    } else if (down) {
      const bounds = getNodesBounds(getNodes());
      // Start below the legend, which wraps to two lines on a phone when a scenario has defences
      // (and may gain the sampling note later: one more line), with room for an ending badge.
      const pane = flowStore.getState().domNode;
      const legend = pane?.querySelector('[data-testid="dot-legend"]');
      const legendBottomPx =
        pane && legend ? legend.getBoundingClientRect().bottom - pane.getBoundingClientRect().top : 0;
      const topPx = Math.max(PHONE_TOP_PX, legendBottomPx + LEGEND_GROWTH_PX);
      const zoom = Math.min(PHONE_MAX_ZOOM, Math.max(PHONE_MIN_ZOOM, (width - 24) / bounds.width));
      void setViewport({
        x: width / 2 - (bounds.x + bounds.width / 2) * zoom,
        y: topPx - bounds.y * zoom,
        zoom,
      }).then(reveal);
    } else {
      void fitView({ ...FIT_VIEW_OPTIONS, minZoom: READABLE_ZOOM }).then(reveal);
    }
  }, [
    ready,
    width,
    height,
    far,
    measured,
    down,
    whole,
    fitView,
    setViewport,
    getNodes,
    getNodesBounds,
    userMoved,
    flow,
    flowStore,
    store,
  ]);
  return null;
}

/** `fitWhole`: always fit the whole diagram into the pane (embed, compare panes), never below a floor. */
export function FlowGraph({ fitWhole = false }: { fitWhole?: boolean }) {
  const { store } = useSim();
  const selectedId = useAppStore(selectSelectedNodeId);
  const down = useAppStore((s) => s.flowDirection === 'down');
  const [far, setFar] = useState(false);
  const userMoved = useRef(false);
  // Programmatic moves (fitView) come without an event; a user's drag, wheel or pinch with one.
  const onMoveStart = useCallback((event: unknown) => {
    if (event) userMoved.current = true;
  }, []);
  const onMove = useCallback((_: unknown, viewport: Viewport) => setFar(viewport.zoom < FAR_ZOOM), []);
  const [nodes, setNodes] = useState(() => buildNodes(store.getState().topology, store.getState().positions));
  const builtEdges = useMemo(() => buildEdges(store.getState().topology), [store]);
  // A rename changes the topology's labels without a reload (the run goes on): follow them here.
  const topology = useAppStore(selectTopology);
  // Editing: connect, reconnect (drag an edge's end), and click an edge to pick it for Delete.
  const { edges, editProps } = useGraphEditing(builtEdges);

  // Selection lives in the store (the inspector follows it); React Flow only reports clicks and Enter.
  const shownNodes = useMemo(() => {
    const labels = new Map(topology.nodes.map((t) => [t.id, t]));
    return nodes.map((n) => {
      const node = labels.get(n.id);
      const relabelled =
        node && node.label !== n.data.label
          ? {
              ...n,
              data: { ...n.data, label: node.label },
              ariaLabel: `${node.label}, ${KIND_NAME[node.kind]}`,
            }
          : n;
      return relabelled.selected === (n.id === selectedId)
        ? relabelled
        : { ...relabelled, selected: n.id === selectedId };
    });
  }, [nodes, selectedId, topology]);

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
      <AutoFit userMoved={userMoved} far={far} down={down} whole={fitWhole} />
      <FollowSelection />
      <EdgeRateLabels />
      <ParticleCanvas />
      <DotPicker />
      <GraphTools />
      <Controls showInteractive={false} position="bottom-right" />
      <DotLegend />
    </ReactFlow>
  );
}
