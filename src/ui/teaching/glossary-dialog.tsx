/**
 * The glossary as a modal dialog (native <dialog>: focus is trapped, Escape closes it, focus
 * returns to the opener). Opened from the toolbar, or at one entry from a linked word.
 */
import { useEffect, useRef } from 'react';
import { GLOSSARY, getGlossaryEntry } from '../glossary/index.ts';
import { useAppStore } from '../sim-context.ts';
import './teaching.css';

export function GlossaryDialog() {
  const term = useAppStore((s) => s.glossaryTerm);
  const openGlossary = useAppStore((s) => s.openGlossary);
  const ref = useRef<HTMLDialogElement>(null);
  const open = term !== null;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
    if (open && term) {
      const target = dialog.querySelector<HTMLElement>(`#fs-gloss-${CSS.escape(term)}`);
      target?.scrollIntoView?.({ block: 'center' });
      target?.focus({ preventScroll: true });
    }
  }, [open, term]);
  return (
    <dialog
      ref={ref}
      className="fs-dialog fs-glossary"
      aria-labelledby="fs-glossary-title"
      onClose={() => openGlossary(null)}
      onCancel={() => openGlossary(null)}
      // Escape closes this dialog only (not also the inspector behind it, as the app's shortcut would).
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        event.preventDefault();
        openGlossary(null);
      }}
      data-testid="glossary"
    >
      {open && (
        <>
          <div className="fs-dialog__head">
            <h2 id="fs-glossary-title">Glossary</h2>
            <button type="button" className="fs-button" onClick={() => openGlossary(null)}>
              Close
            </button>
          </div>
          <dl>
            {GLOSSARY.map((entry) => (
              <div key={entry.id}>
                <dt
                  id={`fs-gloss-${entry.id}`}
                  tabIndex={-1}
                  className={entry.id === term ? 'is-current' : undefined}
                >
                  {entry.term}
                </dt>
                <dd>
                  {entry.body}
                  {entry.seeAlso.length > 0 && (
                    <>
                      {' '}
                      See also:{' '}
                      {entry.seeAlso.map((id, i) => (
                        <span key={id}>
                          {i > 0 && ', '}
                          <button type="button" className="fs-term" onClick={() => openGlossary(id)}>
                            {getGlossaryEntry(id)?.term ?? id}
                          </button>
                        </span>
                      ))}
                      .
                    </>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </dialog>
  );
}
