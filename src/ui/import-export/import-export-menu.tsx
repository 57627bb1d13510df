/**
 * The "File" menu: download the scenario as JSON, open one (file picker, drag-and-drop onto the
 * app, the paste dialog, or Ctrl/Cmd+V of JSON or a link when no field has focus), and export the
 * current run's figures as CSV or JSON. Whatever comes in goes through the one parse function; a
 * scenario that fails leaves the current one untouched and lists every problem in an alert.
 */
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { MenuButton } from '../kit/menu-button.tsx';
import { MenuItem } from '../kit/menu-item.tsx';
import { useAppStore, useSim } from '../sim-context.ts';
import type { ImportFailure } from './import-errors.tsx';
import { openScenarioFile, openScenarioText, type OpenResult } from './open-scenario.ts';
import { useOpenAnywhere } from './use-open-anywhere.ts';

// The paste dialog (and the kit's modal) load when first opened, the list of what was wrong with
// a file when one fails: initial JavaScript budget.
const PasteDialog = lazy(() => import('./paste-dialog.tsx').then((m) => ({ default: m.PasteDialog })));
const ImportErrors = lazy(() => import('./import-errors.tsx').then((m) => ({ default: m.ImportErrors })));

export function ImportExportMenu() {
  const { store, controller } = useSim();
  const [pasting, setPasting] = useState(false);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const hasReport = useAppStore((s) => s.report !== null);
  const fileRef = useRef<HTMLInputElement>(null);

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

  const dragging = useOpenAnywhere(apply, openFile);

  // What a download writes loads when one is asked for (initial JavaScript budget).
  const save = (kind: 'scenario' | 'csv' | 'json') =>
    void import('./downloads.ts').then((d) => {
      const { scenario, seed, report, live } = store.getState();
      const stem = d.fileStem(scenario.name);
      if (kind === 'scenario') d.download(`${stem}.json`, d.scenarioJson(scenario, seed), 'application/json');
      else if (!report) return;
      else if (kind === 'csv') d.download(`${stem}-figures.csv`, d.figuresCsv(scenario, report), 'text/csv');
      else
        d.download(`${stem}-figures.json`, d.figuresJson(scenario, report, live.timeS), 'application/json');
    });

  return (
    <>
      <MenuButton
        id="fs-file-list"
        menuLabel="Scenario file"
        button={
          <>
            File <span aria-hidden="true">▾</span>
          </>
        }
        testId="file-menu"
      >
        <MenuItem testId="download-scenario" onSelect={() => save('scenario')}>
          Download scenario (JSON)
        </MenuItem>
        <MenuItem testId="open-file" onSelect={() => fileRef.current?.click()}>
          Open scenario file…
        </MenuItem>
        <MenuItem
          testId="paste-scenario"
          onSelect={() => {
            setFailure(null);
            setPasting(true);
          }}
        >
          Paste scenario…
        </MenuItem>
        <MenuItem testId="export-csv" disabled={!hasReport} onSelect={() => save('csv')}>
          Export figures (CSV)
        </MenuItem>
        <MenuItem testId="export-json" disabled={!hasReport} onSelect={() => save('json')}>
          Export figures (JSON)
        </MenuItem>
      </MenuButton>
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
      {pasting && (
        <Suspense fallback={null}>
          <PasteDialog
            onClose={() => setPasting(false)}
            onOpen={async (text) => apply(await openScenarioText(text), 'The pasted text')}
          >
            {/* Its own boundary: loading the list must not unmount the dialog (and the typed text). */}
            {failure && (
              <Suspense fallback={null}>
                <ImportErrors failure={failure} onDismiss={() => setFailure(null)} />
              </Suspense>
            )}
          </PasteDialog>
        </Suspense>
      )}
      {/* In a portal: on phones the bar holding this menu may be folded away behind "More". */}
      {createPortal(
        <>
          {failure && !pasting && (
            <div className="fs-import-errors__place">
              <Suspense fallback={null}>
                <ImportErrors failure={failure} onDismiss={() => setFailure(null)} />
              </Suspense>
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
