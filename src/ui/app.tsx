/**
 * The app shell: a top bar to drive the run, the graph as the hero, a side panel (parameters, or
 * the inspector of the selected component) that becomes a bottom sheet on narrow screens, and
 * the end-to-end summary underneath.
 */
import { useEffect } from 'react';
import { selectLoadCount, selectParamsOpen, selectSelectedNodeId } from '../state/selectors.ts';
import { HelpOverlay } from './controls/help-overlay.tsx';
import { ParamPanel } from './controls/param-panel.tsx';
import { PresetPicker } from './controls/preset-picker.tsx';
import { createShortcutHandler } from './controls/shortcuts.ts';
import { TransportBar } from './controls/transport-bar.tsx';
import { FlowGraph } from './graph/flow-graph.tsx';
import { Inspector } from './panels/inspector.tsx';
import { RunAlerts } from './panels/run-alerts.tsx';
import { SummaryBar } from './panels/summary-bar.tsx';
import { FirstVisit, HeadlineLessonButton } from './onboarding/headline-lesson-button.tsx';
import { PresentButton, PresenterChrome } from './present/present-button.tsx';
import { usePresenting } from './present/use-presenting.ts';
import { ShareBar } from './share/share-bar.tsx';
import { useAppStore, useSim } from './sim-context.ts';
import { TeachingDialogs, TeachingPanels, useTeachingPanelOpen } from './teaching/teaching-panels.tsx';
import { TeachingToolbar, TopbarMoreButton } from './teaching/teaching-toolbar.tsx';

function useGlobalShortcuts(): void {
  const { store, controller } = useSim();
  useEffect(() => {
    const handler = createShortcutHandler(store, controller);
    window.addEventListener('keydown', handler);
    return () => window.removeEventListener('keydown', handler);
  }, [store, controller]);
}

function useReducedMotionPreference(): void {
  const { store } = useSim();
  useEffect(() => {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    const update = () => store.getState().setReducedMotion(query.matches);
    update();
    query.addEventListener?.('change', update);
    return () => query.removeEventListener?.('change', update);
  }, [store]);
}

export function App() {
  useGlobalShortcuts();
  useReducedMotionPreference();
  const loadCount = useAppStore(selectLoadCount);
  const selectedId = useAppStore(selectSelectedNodeId);
  const paramsOpen = useAppStore(selectParamsOpen);
  const setParamsOpen = useAppStore((s) => s.setParamsOpen);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const teachingOpen = useTeachingPanelOpen();
  const moreOpen = useAppStore((s) => s.topbarMoreOpen);
  const sheetOpen = paramsOpen || selectedId !== null || teachingOpen;
  const presenting = usePresenting();
  return (
    <div className={presenting ? 'fs-app is-presenting' : 'fs-app'}>
      <header className={`fs-topbar${moreOpen ? ' is-more-open' : ''}`}>
        <h1 className="fs-brand">Flowscope</h1>
        <PresetPicker />
        <TransportBar />
        <ShareBar />
        <TeachingToolbar />
        <HeadlineLessonButton />
        <div className="fs-topbar__end">
          <TopbarMoreButton />
          <PresentButton />
          <button
            type="button"
            className="fs-button"
            aria-expanded={sheetOpen}
            aria-controls="fs-side"
            onClick={() => setParamsOpen(!paramsOpen)}
            data-testid="toggle-params"
          >
            Parameters
          </button>
          <button
            type="button"
            className="fs-button fs-button--round"
            onClick={() => setHelpOpen(true)}
            aria-label="Keyboard shortcuts"
            aria-keyshortcuts="?"
          >
            ?
          </button>
        </div>
      </header>
      <RunAlerts />
      <main className="fs-main">
        <div className="fs-graph">
          <FlowGraph key={loadCount} />
          <FirstVisit />
        </div>
        <aside
          id="fs-side"
          className={`fs-side${sheetOpen ? ' is-open' : ''}`}
          aria-label={selectedId ? 'Inspector' : teachingOpen ? 'Lesson and trace' : 'Parameters'}
        >
          <TeachingPanels />
          {selectedId ? <Inspector /> : teachingOpen && !paramsOpen ? null : <ParamPanel />}
        </aside>
      </main>
      <SummaryBar />
      <HelpOverlay />
      <TeachingDialogs />
      <PresenterChrome />
    </div>
  );
}
