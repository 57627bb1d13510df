/**
 * The editing commands the UI gives: each makes one topology edit through edit-scenario.ts, and
 * either loads the result (the run restarts from t = 0 with the same seed, the address bar gets a
 * new history entry, and undo can go back, and a short notice says the run restarted) or returns
 * why the edit was refused. An edit that leaves the model as it was (a new label) keeps the run
 * going: the engine reads no label, so the store takes the new one and nothing restarts.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SimRuntime } from '../../state/sim-runtime.ts';
import { presetIdOf } from '../import-export/open-scenario.ts';
import type { NodeKind, Scenario, ScenarioError } from '../../scenario/types.ts';
import { KIND_NAME } from '../names.ts';
import * as edit from './edit-scenario.ts';
import type { EditResult } from './edit-scenario.ts';

export interface Refusal {
  /** What was tried, e.g. "Connect Web → Queue". */
  action: string;
  errors: ScenarioError[];
}

export interface EditorStatus {
  /** Why the last edit was refused, until the next edit or Dismiss. */
  refusal: Refusal | null;
  /** The edge picked for deletion (scenario index). */
  selectedEdge: number | null;
  /** What restarted the run (e.g. "Add service"), until dismissed or the next edit. */
  restarted: string | null;
}

/** Whether two scenarios run the same model: equal but for labels, positions and the name. */
export function sameModel(a: Scenario, b: Scenario): boolean {
  const model = (s: Scenario) =>
    JSON.stringify({
      ...s,
      name: undefined,
      nodes: s.nodes.map((node) => ({ ...node, label: undefined, position: undefined })),
    });
  return model(a) === model(b);
}

export interface Editor {
  status: StoreApi<EditorStatus>;
  /** Shows or clears why an edit was refused. */
  refuse(action: string, result: EditResult): void;
  dismiss(): void;
  dismissRestarted(): void;
  selectEdge(index: number | null): void;
  addNode(kind: NodeKind): EditResult;
  connect(from: string, to: string): EditResult;
  reconnect(edgeIndex: number, from: string, to: string): EditResult;
  deleteNode(id: string): EditResult;
  deleteEdge(edgeIndex: number): EditResult;
  rename(id: string, label: string): EditResult;
  undo(): boolean;
  redo(): boolean;
}

const editors = new WeakMap<SimRuntime, Editor>();

/** One editor per runtime (so every component shares its history bookkeeping). */
export function editorFor(runtime: SimRuntime): Editor {
  let editor = editors.get(runtime);
  if (!editor) {
    editor = createEditor(runtime);
    editors.set(runtime, editor);
  }
  return editor;
}

function createEditor({ store, controller }: SimRuntime): Editor {
  let ours = false;
  const status = createStore<EditorStatus>()(() => ({ refusal: null, selectedEdge: null, restarted: null }));
  // Any other load (preset, file, link, Back/Forward) starts a new editing history.
  store.subscribe((s, prev) => {
    if (s.loadCount !== prev.loadCount) status.setState({ selectedEdge: null });
    if (!ours && s.loadCount !== prev.loadCount) {
      status.setState({ refusal: null, restarted: null });
      if (s.undoStack.length || s.redoStack.length) s.clearHistory();
    }
  });

  const load = (scenario: Scenario, selected: string | null, action: string) => {
    const { seed, scenario: running } = store.getState();
    const next = { ...scenario, seed };
    if (sameModel(running, next)) {
      store.getState().relabelScenario(next, presetIdOf(next));
      status.setState({ restarted: null });
      return;
    }
    ours = true;
    try {
      // Edits keep the seed the run uses; the run restarts from t = 0 on the new graph.
      controller.loadScenario(next, presetIdOf(next));
      if (selected) store.getState().selectNode(selected);
      status.setState({ restarted: action });
    } finally {
      ours = false;
    }
  };

  const labelOf = (id: string) => store.getState().scenario.nodes.find((n) => n.id === id)?.label ?? id;
  const edgeName = (i: number) => {
    const e = store.getState().scenario.edges[i];
    return e ? `${labelOf(e.from)} → ${labelOf(e.to)}` : `edge ${i}`;
  };
  const commit = (result: EditResult, action: string, selected: string | null = null): EditResult => {
    if (!result.ok) {
      status.setState({ refusal: { action, errors: result.errors } });
      return result;
    }
    status.setState({ refusal: null });
    store.getState().recordEdit(store.getState().scenario);
    load(result.scenario, selected, action);
    return result;
  };
  const current = () => store.getState().scenario;

  return {
    status,
    refuse: (action, result) =>
      status.setState({ refusal: result.ok ? null : { action, errors: result.errors } }),
    dismiss: () => status.setState({ refusal: null }),
    dismissRestarted: () => status.setState({ restarted: null }),
    selectEdge: (index) => status.setState({ selectedEdge: index }),
    addNode: (kind) => {
      const result = edit.addNode(current(), kind);
      return commit(
        result,
        `Add ${KIND_NAME[kind].toLowerCase()}`,
        result.ok ? (result.added ?? null) : null,
      );
    },
    connect: (from, to) =>
      commit(edit.connect(current(), from, to), `Connect ${labelOf(from)} → ${labelOf(to)}`),
    reconnect: (i, from, to) =>
      commit(
        edit.reconnect(current(), i, from, to),
        `Move ${edgeName(i)} to ${labelOf(from)} → ${labelOf(to)}`,
      ),
    deleteNode: (id) => commit(edit.deleteNode(current(), id), `Delete ${labelOf(id)}`),
    deleteEdge: (i) => commit(edit.deleteEdge(current(), i), `Delete the edge ${edgeName(i)}`),
    rename: (id, label) => commit(edit.renameNode(current(), id, label), `Rename ${labelOf(id)}`, id),
    undo: () => {
      const previous = store.getState().takeUndo(current());
      if (previous) {
        status.setState({ refusal: null });
        load(previous, null, 'Undo');
      }
      return previous !== null;
    },
    redo: () => {
      const next = store.getState().takeRedo(current());
      if (next) {
        status.setState({ refusal: null });
        load(next, null, 'Redo');
      }
      return next !== null;
    },
  };
}
