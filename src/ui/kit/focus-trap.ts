/**
 * Keeping Tab inside a modal dialog. A native modal `<dialog>` already makes the rest of the page
 * inert, but Tab past its last control still leaves for the browser's own toolbar; here Tab on the
 * last control wraps to the first and Shift+Tab on the first wraps to the last.
 */

const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/** The controls inside `root` that Tab visits, in document order. */
export function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && !el.closest('[hidden], [inert]'),
  );
}

/** Handles a Tab keydown inside `root`: wraps at either end (and never lets focus leave). */
export function trapTab(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'preventDefault'>,
  root: HTMLElement,
): void {
  if (event.key !== 'Tab') return;
  const items = tabbables(root);
  const active = document.activeElement;
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const follows = (el: HTMLElement) =>
    active instanceof Node && (active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const outside = !(active instanceof Node) || !root.contains(active);
  if (event.shiftKey) {
    // Wrap when nothing tabbable comes before the focus (the first control, a heading, the dialog).
    if (outside || active === first || follows(first)) {
      event.preventDefault();
      last.focus();
    }
  } else if (outside || active === last || !follows(last)) {
    event.preventDefault();
    first.focus();
  }
}
