/** Moving focus among a menu's items with the keyboard (arrows wrap; disabled items are skipped). */

/** Where a key sends the focus: the next, previous, first or last item. */
export type MenuMove = 'next' | 'previous' | 'first' | 'last';

/** The move a key asks for in an open menu, or null for a key the menu leaves alone. */
export function menuMove(key: string): MenuMove | null {
  if (key === 'ArrowDown') return 'next';
  if (key === 'ArrowUp') return 'previous';
  if (key === 'Home' || key === 'PageUp') return 'first';
  if (key === 'End' || key === 'PageDown') return 'last';
  return null;
}

/** Focuses the item of `menu` that `move` names, counting from the focused one. */
export function focusMenuItem(menu: HTMLElement | null, move: MenuMove): void {
  if (!menu) return;
  const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)')];
  if (items.length === 0) return;
  const at = items.indexOf(document.activeElement as HTMLElement);
  const index =
    move === 'first'
      ? 0
      : move === 'last'
        ? items.length - 1
        : move === 'next'
          ? (at + 1) % items.length
          : (at - 1 + items.length) % items.length;
  items[at === -1 && move === 'previous' ? items.length - 1 : index]?.focus();
}
