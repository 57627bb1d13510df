/** The top bar's "Present" button (shortcut P), and the floating bar while presenting. */
import { lazy, Suspense } from 'react';
import { enterPresenter } from './presenter-state.ts';
import { usePresenting } from './use-presenting.ts';
import './present.css';

const PresenterBar = lazy(() => import('./presenter-bar.tsx').then((m) => ({ default: m.PresenterBar })));

export function PresentButton() {
  return (
    <button
      type="button"
      className="fs-button fs-present-button"
      onClick={enterPresenter}
      aria-keyshortcuts="P"
      title="Full screen, large text and high contrast for a projector (P)"
      data-testid="present"
    >
      Present
    </button>
  );
}

/** Rendered by the app shell: the floating bar, only while presenting. */
export function PresenterChrome() {
  const presenting = usePresenting();
  if (!presenting) return null;
  return (
    <Suspense fallback={null}>
      <PresenterBar />
    </Suspense>
  );
}
