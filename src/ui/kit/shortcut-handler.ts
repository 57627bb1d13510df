/**
 * A keydown listener for one group of the shortcut registry: it finds the pressed shortcut there
 * and runs the group's action for it. One set of rules for all: nothing while the user types in
 * a field or while a modal dialog is open (unless the shortcut says so), for a key a focused
 * control needs itself, or for a press something else already handled.
 */
import { isModalOpen, isTyping } from './key-guards.ts';
import { findShortcut, type ShortcutGroup, type ShortcutId } from './shortcut-registry.ts';

/** What a shortcut does; returning false means "not now" (the key goes on to the page). */
export type ShortcutAction = (event: KeyboardEvent) => boolean | void;

/** Keys a focused button, link or diagram node already answers to (Space/Enter click, arrows move). */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (key === ' ' && target.closest('button, a, [role="button"], .react-flow__node')) return true;
  return key.startsWith('Arrow') && target.closest('.react-flow__node') !== null;
}

/** The keydown listener for `group`; `actions` has one entry per shortcut of the group. */
export function shortcutHandler<G extends ShortcutGroup>(
  group: G,
  actions: Record<ShortcutId<G>, ShortcutAction>,
): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.defaultPrevented) return;
    const shortcut = findShortcut(group, event);
    if (!shortcut) return;
    if (!shortcut.whileTyping && (isTyping(event.target) || ownsKey(event.target, event.key))) return;
    if (!shortcut.inModal && isModalOpen()) return;
    const act = (actions as Record<string, ShortcutAction>)[shortcut.id];
    if (act?.(event) === false) return;
    event.preventDefault();
  };
}
