/** The "Copy link" button, its confirmation, and the select-and-copy dialog when copying fails. */
import { lazy, Suspense } from 'react';
import type { CopyState } from './use-copy-link.ts';

// Needed only when the clipboard refuses: loaded then (initial JavaScript budget).
const CopyFallback = lazy(() => import('./copy-fallback.tsx').then((m) => ({ default: m.CopyFallback })));

export function CopyLink({ state, copy, close }: { state: CopyState; copy: () => void; close: () => void }) {
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
        <Suspense fallback={null}>
          <CopyFallback url={state.url} close={close} />
        </Suspense>
      )}
    </div>
  );
}
