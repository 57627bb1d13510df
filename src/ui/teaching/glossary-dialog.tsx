/**
 * The glossary as a modal dialog (native <dialog>: focus is trapped, Escape closes it, focus
 * returns to the opener). Opened from the toolbar, or at one entry from a linked word.
 *
 * A search box at the top filters the entries as one types (term, aliases and text; see
 * search-glossary.ts), says "No match" in words when nothing fits, and is keyboard friendly:
 * Enter or ↓ moves to the first result, Escape in a non-empty box clears it before closing.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { GLOSSARY, getGlossaryEntry } from '../glossary/index.ts';
import { searchGlossary } from '../glossary/search-glossary.ts';
import { useAppStore } from '../sim-context.ts';
import './teaching.css';

export function GlossaryDialog() {
  const term = useAppStore((s) => s.glossaryTerm);
  const openGlossary = useAppStore((s) => s.openGlossary);
  const ref = useRef<HTMLDialogElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const open = term !== null;
  const [query, setQuery] = useState('');
  const shown = useMemo(() => searchGlossary(GLOSSARY, query), [query]);
  // Opening (or following "See also" to) an entry the filter hides clears the filter.
  const [seenTerm, setSeenTerm] = useState(term);
  if (seenTerm !== term) {
    setSeenTerm(term);
    if (!open || (term && !shown.some((entry) => entry.id === term))) setQuery('');
  }
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
    } else if (open) {
      searchRef.current?.focus();
    }
  }, [open, term]);
  const focusFirst = () =>
    ref.current?.querySelector<HTMLElement>('.fs-glossary__list dt')?.focus({ preventScroll: false });
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
        if (event.target === searchRef.current && query !== '') {
          event.stopPropagation();
          event.preventDefault();
          setQuery('');
          return;
        }
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
          <div className="fs-glossary__search" role="search">
            <label htmlFor="fs-glossary-search">Search the glossary</label>
            <input
              ref={searchRef}
              id="fs-glossary-search"
              type="search"
              value={query}
              autoComplete="off"
              spellCheck={false}
              aria-controls="fs-glossary-list"
              aria-describedby="fs-glossary-count"
              onChange={(event) => setQuery(event.currentTarget.value)}
              onKeyDown={(event) => {
                if ((event.key === 'Enter' || event.key === 'ArrowDown') && shown.length > 0) {
                  event.preventDefault();
                  focusFirst();
                }
              }}
              data-testid="glossary-search"
            />
            <p
              id="fs-glossary-count"
              className="fs-glossary__count"
              role="status"
              data-testid="glossary-count"
            >
              {shown.length === 0
                ? `No match for “${query.trim().slice(0, 80)}”. Try a shorter word.`
                : query.trim() === ''
                  ? `${shown.length} terms`
                  : `${shown.length} of ${GLOSSARY.length} terms match`}
            </p>
          </div>
          <dl id="fs-glossary-list" className="fs-glossary__list">
            {shown.map((entry) => (
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
