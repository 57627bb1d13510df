/**
 * The "File" menu: download the scenario as JSON, open one (file picker, drag-and-drop onto the
 * app, the paste dialog, or Ctrl/Cmd+V of JSON or a link when no field has focus), and export the
 * current run's figures as CSV or JSON. Whatever comes in goes through the one parse function; a
 * scenario that fails leaves the current one untouched and lists every problem in an alert.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useAppStore, useSim } from '../sim-context.ts';
import { useDismiss } from '../share/use-dismiss.ts';
import { download, figuresCsv, figuresJson, fileStem, scenarioJson } from './downloads.ts';
import { ImportErrors, type ImportFailure } from './import-errors.tsx';
import { openScenarioFile, openScenarioText, type OpenResult } from './open-scenario.ts';
import { PasteDialog } from './paste-dialog.tsx';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, select, textarea') !== null)
  );
}

export function ImportExportMenu() {
  const { store, controller } = useSim();
  const [open, setOpen] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [dragging, setDragging] = useState(false);
  const hasReport = useAppStore((s) => s.report !== null);
  const menuRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, menuRef, close);

  const apply = useCallback(
    (result: OpenResult, source: string): boolean => {
      if (!result.ok) {
        setFailure({ source, errors: result.errors });
        return false;
      }
      setFailure(null);
      store.getState().setNotice(null);
      controller.loadScenario(result.scenario, result.presetId);
      return true;
    },
    [store, controller],
  );

  const openFile = useCallback(
    async (file: File) => apply(await openScenarioFile(file), `The file "${file.name.slice(0, 80)}"`),
    [apply],
  );

  // Drag a .json file anywhere onto the app; Ctrl/Cmd+V a scenario when no field has focus.
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
      if (isTyping(event.target) || document.querySelector('[aria-modal="true"]')) return;
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

  const run = (action: () => void) => () => {
    setOpen(false);
    action();
  };
  const stem = () => fileStem(store.getState().scenario.name);
  const exportFigures = (kind: 'csv' | 'json') => {
    const { scenario, report, live } = store.getState();
    if (!report) return;
    if (kind === 'csv') download(`${stem()}-figures.csv`, figuresCsv(scenario, report), 'text/csv');
    else download(`${stem()}-figures.json`, figuresJson(scenario, report, live.timeS), 'application/json');
  };

  return (
    <>
      <div className="fs-menu" ref={menuRef}>
        <button
          type="button"
          className="fs-button"
          aria-expanded={open}
          aria-controls="fs-file-list"
          onClick={() => setOpen(!open)}
          data-testid="file-menu"
        >
          File <span aria-hidden="true">▾</span>
        </button>
        {open && (
          <ul id="fs-file-list" className="fs-menu__list" aria-label="Scenario file">
            <li>
              <button
                type="button"
                className="fs-menu__item"
                data-testid="download-scenario"
                onClick={run(() => {
                  const { scenario, seed } = store.getState();
                  download(`${stem()}.json`, scenarioJson(scenario, seed), 'application/json');
                })}
              >
                Download scenario (JSON)
              </button>
            </li>
            <li>
              <button
                type="button"
                className="fs-menu__item"
                data-testid="open-file"
                onClick={() => {
                  setOpen(false);
                  fileRef.current?.click();
                }}
              >
                Open scenario file…
              </button>
            </li>
            <li>
              <button
                type="button"
                className="fs-menu__item"
                data-testid="paste-scenario"
                onClick={run(() => {
                  setFailure(null);
                  setPasting(true);
                })}
              >
                Paste scenario…
              </button>
            </li>
            <li>
              <button
                type="button"
                className="fs-menu__item"
                disabled={!hasReport}
                data-testid="export-csv"
                onClick={run(() => exportFigures('csv'))}
              >
                Export figures (CSV)
              </button>
            </li>
            <li>
              <button
                type="button"
                className="fs-menu__item"
                disabled={!hasReport}
                data-testid="export-json"
                onClick={run(() => exportFigures('json'))}
              >
                Export figures (JSON)
              </button>
            </li>
          </ul>
        )}
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          className="fs-visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="file-input"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void openFile(file);
          }}
        />
      </div>
      {/* In a portal: on phones the bar holding this menu may be folded away behind "More". */}
      {createPortal(
        <>
          {pasting && (
            <PasteDialog
              onClose={() => setPasting(false)}
              onOpen={async (text) => apply(await openScenarioText(text), 'The pasted text')}
            >
              {failure && <ImportErrors failure={failure} onDismiss={() => setFailure(null)} />}
            </PasteDialog>
          )}
          {failure && !pasting && (
            <div className="fs-import-errors__place">
              <ImportErrors failure={failure} onDismiss={() => setFailure(null)} />
            </div>
          )}
          {dragging && (
            <div className="fs-dropzone" aria-hidden="true">
              Drop a scenario file to open it
            </div>
          )}
        </>,
        document.body,
      )}
    </>
  );
}
