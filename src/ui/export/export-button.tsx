/**
 * The top bar's "Export" button: images, clips and the embed code. Only the button is in the
 * first page's JavaScript; the menu and everything it does load when it is first opened.
 */
import { lazy, Suspense, useCallback, useState } from 'react';
import './export.css';

const ExportMenu = lazy(() => import('./export-menu.tsx').then((m) => ({ default: m.ExportMenu })));

export function ExportButton() {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <div className="fs-menu fs-export">
      <button
        type="button"
        className="fs-button"
        aria-expanded={open}
        aria-controls="fs-export-list"
        onClick={() => setOpen(!open)}
        data-testid="export-menu"
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportMenu close={close} />
        </Suspense>
      )}
    </div>
  );
}
