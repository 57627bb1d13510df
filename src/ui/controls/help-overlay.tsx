/** The list of keyboard shortcuts, as a modal dialog that Escape (or its button) closes. */
import { useEffect, useRef } from 'react';
import { selectHelpOpen } from '../../state/selectors.ts';
import { useAppStore } from '../sim-context.ts';
import { SHORTCUTS } from './shortcuts.ts';

export function HelpOverlay() {
  const open = useAppStore(selectHelpOpen);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => previous?.focus?.();
  }, [open]);
  if (!open) return null;
  return (
    <div className="fs-overlay" onClick={() => setHelpOpen(false)}>
      <div
        className="fs-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="fs-help-title"
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id="fs-help-title">Keyboard shortcuts</h2>
        <table className="fs-shortcuts">
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.action}>
                <th scope="row">
                  {shortcut.keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && ' or '}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </th>
                <td>{shortcut.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button ref={closeRef} type="button" className="fs-button" onClick={() => setHelpOpen(false)}>
          Close
        </button>
      </div>
    </div>
  );
}
