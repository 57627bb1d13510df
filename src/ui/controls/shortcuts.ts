/**
 * The transport's keyboard shortcuts, as data (the help overlay lists this table) and as the
 * keydown handler app.tsx installs. Not the only key handler: the share bar (L) and the edit bar
 * (Delete, undo/redo) have their own. They never fire while the user types in a field, and never
 * steal a key a focused control needs.
 */
import type { SimController } from '../../state/sim-controller.ts';
import type { AppStore } from '../../state/store.ts';
import { exitPresenter, isPresenting, togglePresenter } from '../present/presenter-state.ts';

export const SHORTCUTS: readonly { keys: string[]; action: string }[] = [
  { keys: ['Space'], action: 'Play or pause' },
  { keys: ['.', '→'], action: 'Step forward 0.1 s (pauses)' },
  { keys: ['R'], action: 'Reset the run' },
  { keys: ['+'], action: 'Faster' },
  { keys: ['−'], action: 'Slower' },
  { keys: ['L'], action: 'Copy a link to this scenario' },
  { keys: ['P'], action: 'Presenter mode: full screen, large text (P or Esc leaves)' },
  { keys: ['Ctrl+Z', '⌘Z'], action: 'Undo an edit of the diagram' },
  { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], action: 'Redo' },
  { keys: ['Delete'], action: 'Delete the selected component or edge' },
  { keys: ['Ctrl+V', '⌘V'], action: 'Open a pasted scenario (JSON or link)' },
  { keys: ['?'], action: 'Show or hide this help' },
  { keys: ['Esc'], action: 'Close help or the inspector, or leave presenter mode' },
  { keys: ['Tab', 'Enter'], action: 'Focus a component in the diagram, open its inspector' },
];

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, select, textarea, [contenteditable="true"]') !== null;
}

/** Keys a focused button, link or diagram node already answers to (Space/Enter click, arrows move). */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (key === ' ' && target.closest('button, a, [role="button"], .react-flow__node')) return true;
  return key.startsWith('Arrow') && target.closest('.react-flow__node') !== null;
}

export function createShortcutHandler(
  store: AppStore,
  controller: SimController,
): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const state = store.getState();
    if (event.key === 'Escape') {
      if (state.helpOpen) state.setHelpOpen(false);
      else if (isPresenting()) exitPresenter();
      else if (state.selectedNodeId !== null) state.selectNode(null);
      else return;
      event.preventDefault();
      return;
    }
    if (isTyping(event.target) || ownsKey(event.target, event.key)) return;
    switch (event.key) {
      case ' ':
        controller.togglePlay();
        break;
      case '.':
      case 'ArrowRight':
        controller.step();
        break;
      case 'r':
      case 'R':
        controller.reset();
        break;
      case '+':
      case '=':
        controller.nudgeSpeed(1);
        break;
      case '-':
      case '_':
        controller.nudgeSpeed(-1);
        break;
      case '?':
        state.setHelpOpen(!state.helpOpen);
        break;
      case 'p':
      case 'P':
        togglePresenter();
        break;
      default:
        return;
    }
    event.preventDefault();
  };
}
