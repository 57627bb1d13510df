/**
 * Every keyboard shortcut of the app, listed once: the keys as the help shows them, what they
 * do, and which handler answers them. The help overlay lists exactly this table, and the key
 * handlers find their keys here (shortcut-handler.ts), so the two cannot drift apart.
 */

/** The parts of a keydown a shortcut looks at. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/**
 * Who answers a shortcut: `app` (controls/shortcuts.ts), `share` (the share bar), `edit` (the edit
 * bar); `paste` comes as the browser's paste event (import-export/use-open-anywhere.ts), and `diagram` keys are
 * the diagram's own focus handling (React Flow): listed for the help, matched by no handler here.
 */
export type ShortcutGroup = 'app' | 'share' | 'edit' | 'paste' | 'diagram';

/** One shortcut: how the help writes its keys, what it does, who answers it. */
export interface Shortcut {
  readonly id: string;
  readonly group: ShortcutGroup;
  /** As shown in the help, e.g. ['Ctrl+Z', '⌘Z']. */
  readonly keys: readonly string[];
  readonly label: string;
  /** Whether a keydown is this shortcut (absent: answered by the paste event or the diagram). */
  readonly match?: (press: KeyPress) => boolean;
  /** Also acts while the user types in a field (else the key is text). */
  readonly whileTyping?: boolean;
  /** Also acts while a modal dialog is open (its action decides whether it applies). */
  readonly inModal?: boolean;
}

/** Any of `keys`, with no Ctrl, ⌘ or Alt (Shift is free: + and ? need it on most layouts). */
const plain =
  (...keys: string[]) =>
  (p: KeyPress) =>
    !p.ctrlKey && !p.metaKey && !p.altKey && keys.includes(p.key);

/** Ctrl or ⌘ with `key` (any case), Shift as given, no Alt. */
const command = (key: string, shift: boolean) => (p: KeyPress) =>
  (p.ctrlKey || p.metaKey) && !p.altKey && p.shiftKey === shift && p.key.toLowerCase() === key;

/** The registry, in the order the help lists it. */
export const SHORTCUTS = [
  { id: 'play', group: 'app', keys: ['Space'], label: 'Play or pause', match: plain(' ') },
  {
    id: 'step',
    group: 'app',
    keys: ['.', '→'],
    label: 'Step forward 0.1 s (pauses)',
    match: plain('.', 'ArrowRight'),
  },
  { id: 'reset', group: 'app', keys: ['R'], label: 'Reset the run', match: plain('r', 'R') },
  { id: 'faster', group: 'app', keys: ['+'], label: 'Faster', match: plain('+', '=') },
  { id: 'slower', group: 'app', keys: ['−'], label: 'Slower', match: plain('-', '_') },
  {
    id: 'copy-link',
    group: 'share',
    keys: ['L'],
    label: 'Copy a link to this scenario',
    match: plain('l', 'L'),
  },
  {
    id: 'present',
    group: 'app',
    keys: ['P'],
    label: 'Presenter mode: full screen, large text (P or Esc leaves)',
    match: plain('p', 'P'),
  },
  {
    id: 'undo',
    group: 'edit',
    keys: ['Ctrl+Z', '⌘Z'],
    label: 'Undo an edit of the diagram',
    match: command('z', false),
  },
  {
    id: 'redo',
    group: 'edit',
    keys: ['Ctrl+Shift+Z', 'Ctrl+Y'],
    label: 'Redo',
    match: (p: KeyPress) => command('z', true)(p) || command('y', false)(p),
  },
  {
    id: 'delete',
    group: 'edit',
    keys: ['Delete'],
    label: 'Delete the selected component or edge',
    match: plain('Delete', 'Backspace'),
  },
  { id: 'paste', group: 'paste', keys: ['Ctrl+V', '⌘V'], label: 'Open a pasted scenario (JSON or link)' },
  {
    id: 'help',
    group: 'app',
    keys: ['?'],
    label: 'Show or hide this help',
    match: plain('?'),
    inModal: true,
  },
  {
    id: 'escape',
    group: 'app',
    keys: ['Esc'],
    label: 'Close a dialog, a menu or the inspector, or leave presenter mode',
    match: plain('Escape'),
    whileTyping: true,
    inModal: true,
  },
  {
    id: 'focus-node',
    group: 'diagram',
    keys: ['Tab', 'Enter'],
    label: 'Focus a component in the diagram, open its inspector',
  },
] as const satisfies readonly Shortcut[];

/** The id of a shortcut of `G`. */
export type ShortcutId<G extends ShortcutGroup> = Extract<(typeof SHORTCUTS)[number], { group: G }>['id'];

/** The shortcut of `group` that `press` is, if any. */
export function findShortcut(group: ShortcutGroup, press: KeyPress): Shortcut | undefined {
  return (SHORTCUTS as readonly Shortcut[]).find((s) => s.group === group && s.match?.(press));
}
