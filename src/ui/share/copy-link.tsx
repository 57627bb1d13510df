/** The "Copy link" button, its confirmation, and the select-and-copy popover fallback. */
import { useEffect, useRef } from 'react';
import type { CopyState } from './use-copy-link.ts';

export function CopyLink({ state, copy, close }: { state: CopyState; copy: () => void; close: () => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state.kind === 'manual') {
      inputRef.current?.focus();
      inputRef.current?.select();
    }
  }, [state]);
  return (
    <div className="fs-sharebar__copy">
      <button
        type="button"
        className="fs-button"
        onClick={copy}
        aria-keyshortcuts="L"
        data-testid="copy-link"
      >
        Copy link
      </button>
      <span className="fs-sharebar__status" role="status" aria-live="polite" data-testid="copy-status">
        {state.kind === 'copied' ? 'Link copied' : ''}
      </span>
      {state.kind === 'manual' && (
        <div
          className="fs-popover"
          role="dialog"
          aria-label="Copy this link"
          data-testid="copy-fallback"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
        >
          <label htmlFor="fs-sharebar-url">
            This browser did not let Flowscope copy. Copy the link by hand (Ctrl+C or ⌘C):
          </label>
          <input
            id="fs-sharebar-url"
            ref={inputRef}
            readOnly
            value={state.url}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="fs-button" onClick={close}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
