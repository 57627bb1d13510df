/**
 * The top bar's scenario tools: the File menu (import/export), editing (add, delete,
 * undo, redo) and Copy link (shortcut L), with the alerts they raise.
 */
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import './share.css';
import { EditBar, EditRefusal, EditRestarted } from '../editor/edit-bar.tsx';
import { ExportButton } from '../export/export-button.tsx';
import { ImportExportMenu } from '../import-export/import-export-menu.tsx';
import { shortcutHandler } from '../kit/shortcut-handler.ts';
import { CopyLink } from './copy-link.tsx';
import { useCopyLink } from './use-copy-link.ts';

export function ShareBar() {
  const copyLink = useCopyLink();
  const { copy } = copyLink;
  useEffect(() => {
    const onKey = shortcutHandler('share', { 'copy-link': () => void copy() });
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [copy]);
  return (
    <div className="fs-sharebar" role="group" aria-label="Scenario">
      <ImportExportMenu />
      <EditBar />
      <CopyLink {...copyLink} copy={() => void copy()} />
      <ExportButton />
      {/* In a portal: on phones the bar itself may be folded away behind "More". */}
      {createPortal(
        <div className="fs-sharebar__alerts">
          <EditRefusal />
          <EditRestarted />
        </div>,
        document.body,
      )}
    </div>
  );
}
