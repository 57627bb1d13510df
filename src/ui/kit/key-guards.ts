/**
 * When a page-wide key belongs to someone else: the user is typing in a field, or a modal dialog
 * holds the page. Every global key (and paste) handler asks these, so they agree on what "typing"
 * and "a dialog is open" mean.
 */

/** True when `target` is (inside) a text field, a select or editable content: its keys are text. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, select, textarea, [contenteditable="true"]') !== null;
}

/** True while a modal dialog (kit/modal.tsx, or any `aria-modal="true"`) is open. */
export function isModalOpen(): boolean {
  return document.querySelector('[aria-modal="true"]') !== null;
}
