/**
 * Opening a scenario from anywhere on the page: drag a .json file onto the app, or paste JSON or
 * a link (Ctrl/Cmd+V, the registry's `paste` shortcut) when no field has focus and no dialog is
 * open. Returns whether a file is being dragged over the page (the drop zone shows then).
 */
import { useEffect, useState } from 'react';
import { isModalOpen, isTyping } from '../kit/key-guards.ts';
import { openScenarioText, type OpenResult } from './open-scenario.ts';

/** Installs the page-wide drop and paste listeners; `apply` opens a result, `openFile` a file. */
export function useOpenAnywhere(
  apply: (result: OpenResult, source: string) => boolean,
  openFile: (file: File) => Promise<boolean>,
): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void openFile(file);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTyping(event.target) || isModalOpen()) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!text.trim()) return;
      event.preventDefault();
      void openScenarioText(text).then((result) => apply(result, 'The pasted text'));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, [apply, openFile]);
  return dragging;
}
