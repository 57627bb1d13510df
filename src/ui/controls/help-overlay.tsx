/**
 * The keyboard shortcuts help (? or the ? button). Only this gate is in the first page's
 * JavaScript; the dialog (help-dialog.tsx, with the kit's modal) loads when first opened.
 */
import { lazy, Suspense } from 'react';
import { selectHelpOpen } from '../../state/selectors.ts';
import { useAppStore } from '../sim-context.ts';

const HelpDialog = lazy(() => import('./help-dialog.tsx').then((m) => ({ default: m.HelpDialog })));

export function HelpOverlay() {
  const open = useAppStore(selectHelpOpen);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <HelpDialog />
    </Suspense>
  );
}
