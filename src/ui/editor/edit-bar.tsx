/**
 * Editing the topology: a palette to add a node of any kind, Delete (the selected node or edge),
 * Undo and Redo, and the message saying why an edit was refused. Keyboard: Delete/Backspace,
 * Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z or Ctrl+Y (never while typing in a field).
 */
import { useEffect } from 'react';
import { ROOT_PATH } from '../../scenario/error-path.ts';
import { NODE_KINDS, type NodeKind } from '../../scenario/types.ts';
import { selectSelectedNodeId } from '../../state/selectors.ts';
import { MenuButton } from '../kit/menu-button.tsx';
import { MenuItem } from '../kit/menu-item.tsx';
import { shortcutHandler } from '../kit/shortcut-handler.ts';
import { KIND_NAME } from '../names.ts';
import { useAppStore, useSim } from '../sim-context.ts';
import { useEditor, useEditorStatus } from './use-editor.ts';

function useEditShortcuts(): void {
  const editor = useEditor();
  const { store } = useSim();
  useEffect(() => {
    const onKey = shortcutHandler('edit', {
      undo: () => editor.undo(),
      redo: () => editor.redo(),
      delete: () => {
        const edge = editor.status.getState().selectedEdge;
        const node = store.getState().selectedNodeId;
        if (edge !== null) editor.deleteEdge(edge);
        else if (node !== null) editor.deleteNode(node);
        else return false;
      },
    });
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor, store]);
}

/** "Add": one item per node kind; each adds that kind (with a service to send to). */
export function AddNodeMenu() {
  const editor = useEditor();
  return (
    <MenuButton
      id="fs-palette"
      menuLabel="Add a component"
      button={
        <>
          Add <span aria-hidden="true">▾</span>
        </>
      }
      testId="add-node"
    >
      {NODE_KINDS.map((kind: NodeKind) => (
        <MenuItem key={kind} testId={`add-${kind}`} onSelect={() => editor.addNode(kind)}>
          {KIND_NAME[kind]}
          {kind !== 'service' && <span className="fs-menu__desc">with a new service to send to</span>}
        </MenuItem>
      ))}
    </MenuButton>
  );
}

export function EditBar() {
  useEditShortcuts();
  const editor = useEditor();
  const selectedNode = useAppStore(selectSelectedNodeId);
  const selectedEdge = useEditorStatus((s) => s.selectedEdge);
  const canUndo = useAppStore((s) => s.undoStack.length > 0);
  const canRedo = useAppStore((s) => s.redoStack.length > 0);
  const canDelete = selectedNode !== null || selectedEdge !== null;
  return (
    <div className="fs-edit" role="group" aria-label="Edit the diagram">
      <AddNodeMenu />
      <button
        type="button"
        className="fs-button"
        disabled={!canDelete}
        aria-keyshortcuts="Delete"
        title={
          canDelete ? 'Delete the selected component or edge' : 'Delete: select a component or an edge first'
        }
        onClick={() => {
          if (selectedEdge !== null) editor.deleteEdge(selectedEdge);
          else if (selectedNode !== null) editor.deleteNode(selectedNode);
        }}
        data-testid="delete-selected"
        aria-label="Delete"
      >
        {/* Icons keep the desktop top bar to two rows at 1280 px (legible.e2e.ts); the names are the labels. */}
        <span aria-hidden="true">✕</span>
      </button>
      <button
        type="button"
        className="fs-button"
        disabled={!canUndo}
        onClick={() => editor.undo()}
        aria-keyshortcuts="Control+Z Meta+Z"
        data-testid="undo"
        aria-label="Undo"
        title="Undo (Ctrl+Z)"
      >
        <span aria-hidden="true">↶</span>
      </button>
      <button
        type="button"
        className="fs-button"
        disabled={!canRedo}
        onClick={() => editor.redo()}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        data-testid="redo"
        aria-label="Redo"
        title="Redo (Ctrl+Shift+Z)"
      >
        <span aria-hidden="true">↷</span>
      </button>
    </div>
  );
}

/** Why the last edit was refused: every reason parseScenario gave, each naming its field. */
export function EditRefusal() {
  const editor = useEditor();
  const refusal = useEditorStatus((s) => s.refusal);
  if (!refusal) return null;
  return (
    <div className="fs-alert fs-refusal" role="alert" data-testid="edit-refused">
      <div>
        <strong>{refusal.action}: refused, because the diagram could not run.</strong>
        <ul>
          {refusal.errors.slice(0, 20).map((error, i) => (
            <li key={i}>
              {error.path && error.path !== ROOT_PATH && <code>{error.path}</code>}
              {error.path && error.path !== ROOT_PATH ? ': ' : ''}
              {error.message}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="fs-button" onClick={editor.dismiss}>
        Dismiss
      </button>
    </div>
  );
}

/** How long the "run restarted" notice stays before it leaves by itself. */
const RESTART_NOTICE_MS = 6000;

/** A short notice that an edit changed the model, so the run started again from 0 s. */
export function EditRestarted() {
  const editor = useEditor();
  const restarted = useEditorStatus((s) => s.restarted);
  useEffect(() => {
    if (restarted === null) return;
    const timer = setTimeout(editor.dismissRestarted, RESTART_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [restarted, editor]);
  if (restarted === null) return null;
  return (
    <div className="fs-alert fs-restarted" role="status" data-testid="edit-restarted">
      <span>
        <strong>{restarted}:</strong> the diagram changed, so the run restarted from 0 s (same seed).
      </span>
      <button type="button" className="fs-button" onClick={editor.dismissRestarted}>
        OK
      </button>
    </div>
  );
}
