/**
 * Closes a popover on Escape or on a pointer press outside it. Escape is claimed (default
 * prevented) so the app's own Escape (close the inspector) does not act on the same press.
 */
import { useEffect, type RefObject } from 'react';

/** While `open`, Escape anywhere or a pointer press outside `ref` calls `close`. */
export function useDismiss(open: boolean, ref: RefObject<HTMLElement | null>, close: () => void): void {
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (ref.current && event.target instanceof Node && !ref.current.contains(event.target)) close();
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer, true);
    };
  }, [open, ref, close]);
}
