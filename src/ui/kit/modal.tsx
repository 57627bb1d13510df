/**
 * The one modal dialog of the app, on the native `<dialog>` opened with `showModal()`: the page
 * behind is inert, Tab cycles inside (focus-trap.ts), Escape or a click on the backdrop closes
 * it, and on closing focus returns to the element that had it when the dialog opened.
 *
 * It renders in a portal on <body>, so a dialog opened from a bar that is folded away (the phone's
 * "More") still shows. Nothing is in the page while it is closed; once shown, the element with
 * `data-autofocus` (else the first control) takes focus.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { tabbables, trapTab } from './focus-trap.ts';
import './modal.css';

export interface ModalProps {
  open: boolean;
  /** Called when the user asks to close (Escape, backdrop); the owner sets `open` false. */
  onClose: () => void;
  /** The id of the visible title, or else `label`: the dialog's accessible name. */
  labelledBy?: string;
  label?: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}

/** Shows the dialog modally (jsdom has no showModal: the `open` attribute stands in). */
function show(dialog: HTMLDialogElement): void {
  if (dialog.open) return;
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
}

function hide(dialog: HTMLDialogElement): void {
  if (typeof dialog.close === 'function') dialog.close();
  else dialog.removeAttribute('open');
}

/** A modal dialog; see the file comment for what it guarantees. */
export function Modal({ open, onClose, labelledBy, label, className, testId, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    show(dialog);
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? tabbables(dialog)[0] ?? dialog;
    first.focus();
    return () => {
      hide(dialog);
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);
  if (!open) return null;
  return createPortal(
    <dialog
      ref={ref}
      className={className ? `fs-dialog ${className}` : 'fs-dialog'}
      aria-labelledby={labelledBy}
      aria-label={label}
      aria-modal="true"
      tabIndex={-1}
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          // Closes this dialog only: not also the inspector behind it, as the app's Escape would.
          event.preventDefault();
          event.stopPropagation();
          onCloseRef.current();
        } else trapTab(event, event.currentTarget);
      }}
      // The browser's own Escape (a "cancel"): React state decides, so the dialog stays in step.
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
      // Closed by the browser without a cancel (it may skip one): never leave an invisible modal.
      onClose={() => onCloseRef.current()}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself, outside its box.
        if (event.target !== event.currentTarget) return;
        const box = event.currentTarget.getBoundingClientRect();
        const inside =
          event.clientX >= box.left &&
          event.clientX <= box.right &&
          event.clientY >= box.top &&
          event.clientY <= box.bottom;
        if (!inside) onCloseRef.current();
      }}
    >
      {children}
    </dialog>,
    document.body,
  );
}
