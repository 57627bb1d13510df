/**
 * The glossary as a modal dialog (kit/modal.tsx: focus is trapped, Escape closes it, focus
 * returns to the opener). Opened from the toolbar, or at one entry from a linked word.
 *
 * A search box at the top filters the entries as one types (term, aliases and text; see
 * search-glossary.ts), says "No match" in words when nothing fits, and is keyboard friendly:
 * Enter or ↓ moves to the first result, Escape in a non-empty box clears it before closing.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { GLOSSARY, getGlossaryEntry } from '../glossary/index.ts';
import { searchGlossary } from '../glossary/search-glossary.ts';
import { Modal } from '../kit/modal.tsx';
import { useAppStore } from '../sim-context.ts';
import './teaching.css';

export function GlossaryDialog() {
  const term = useAppStore((s) => s.glossaryTerm);
  const openGlossary = useAppStore((s) => s.openGlossary);
  const listRef = useRef<HTMLDListElement>(null);
  const open = term !== null;
  const [query, setQuery] = useState('');
  const shown = useMemo(() => searchGlossary(GLOSSARY, query), [query]);
  // Opening (or following "See also" to) an entry the filter hides clears the filter.
  const [seenTerm, setSeenTerm] = useState(term);
  if (seenTerm !== term) {
    setSeenTerm(term);
    if (!open || (term && !shown.some((entry) => entry.id === term))) setQuery('');
  }
  // Opened at an entry (a linked word, "See also"): that entry is shown and focused.
  useEffect(() => {
    if (!term) return;
    const target = listRef.current?.querySelector<HTMLElement>(`#fs-gloss-${CSS.escape(term)}`);
    target?.scrollIntoView?.({ block: 'center' });
    target?.focus({ preventScroll: true });
  }, [term]);
  const focusFirst = () => listRef.current?.querySelector<HTMLElement>('dt')?.focus({ preventScroll: false });
  const close = () => openGlossary(null);
  return (
    <Modal
      open={open}
      onClose={close}
      labelledBy="fs-glossary-title"
      className="fs-glossary"
      testId="glossary"
    >
      <div className="fs-dialog__head">
        <h2 id="fs-glossary-title">Glossary</h2>
        <button type="button" className="fs-button" onClick={close}>
          Close
        </button>
      </div>
      <div className="fs-glossary__search" role="search">
        <label htmlFor="fs-glossary-search">Search the glossary</label>
        <input
          id="fs-glossary-search"
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-controls="fs-glossary-list"
          aria-describedby="fs-glossary-count"
          onChange={(event) => setQuery(event.currentTarget.value)}
          data-autofocus
          onKeyDown={(event) => {
            // Escape in a non-empty box clears it; the next Escape closes the dialog.
            if (event.key === 'Escape' && query !== '') {
              event.stopPropagation();
              event.preventDefault();
              setQuery('');
            }
            if ((event.key === 'Enter' || event.key === 'ArrowDown') && shown.length > 0) {
              event.preventDefault();
              focusFirst();
            }
          }}
          data-testid="glossary-search"
        />
        <p id="fs-glossary-count" className="fs-glossary__count" role="status" data-testid="glossary-count">
          {shown.length === 0
            ? `No match for “${query.trim().slice(0, 80)}”. Try a shorter word.`
            : query.trim() === ''
              ? `${shown.length} terms`
              : `${shown.length} of ${GLOSSARY.length} terms match`}
        </p>
      </div>
      <dl id="fs-glossary-list" className="fs-glossary__list" ref={listRef}>
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
    </Modal>
  );
}
