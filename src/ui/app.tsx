/**
 * The app shell: a top bar to drive the run, the graph as the hero, a side panel (parameters, or
 * the inspector of the selected component) that becomes a bottom sheet on narrow screens, and
 * the end-to-end summary underneath.
 */
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import type { SimRuntime } from '../state/sim-runtime.ts';
import { CompareBar, CompareButton } from './compare/compare-bar.tsx';
import { CompareContext, useCompareRuntime } from './compare/compare-context.ts';
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
import { ShareBar } from './share/share-bar.tsx';
import { SimContext, useAppStore, useSim } from './sim-context.ts';
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

// Compare mode's panes and table load when compare mode starts (initial JavaScript budget).
const CompareView = lazy(() =>
  import('./compare/compare-view.tsx').then((m) => ({ default: m.CompareView })),
);

/** In compare mode, the side the controls change (`compareTarget`) provides the context. */
function OnTarget({ b, children }: { b: SimRuntime | null; children: ReactNode }) {
  const target = useAppStore((s) => s.compareTarget);
  return b && target === 'B' ? <SimContext value={b}>{children}</SimContext> : children;
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
  const a = useSim();
  const b = useCompareRuntime();
  const shell = <AppShell a={a} b={b} />;
  return b ? <CompareContext value={{ a, b }}>{shell}</CompareContext> : shell;
}

function AppShell({ a, b }: { a: SimRuntime; b: SimRuntime | null }) {
  useGlobalShortcuts();
  useReducedMotionPreference();
  const loadCount = useAppStore(selectLoadCount);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const moreOpen = useAppStore((s) => s.topbarMoreOpen);
  return (
    <div className={`fs-app${b ? ' is-comparing' : ''}`}>
      <header className={`fs-topbar${moreOpen ? ' is-more-open' : ''}`}>
        <h1 className="fs-brand">Flowscope</h1>
        <OnTarget b={b}>
          <PresetPicker />
        </OnTarget>
        <TransportBar />
        <ShareBar />
        <TeachingToolbar />
        <CompareButton />
        <div className="fs-topbar__end">
          <TopbarMoreButton />
          <OnTarget b={b}>
            <ParamsButton />
          </OnTarget>
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
      <CompareBar />
      <main className="fs-main">
        {b ? (
          <Suspense fallback={<div className="fs-graph" aria-busy="true" />}>
            <CompareView />
          </Suspense>
        ) : (
          <div className="fs-graph">
            <FlowGraph key={loadCount} />
          </div>
        )}
        <OnTarget b={b}>
          <SidePanel a={a} />
        </OnTarget>
      </main>
      <SummaryBar />
      <HelpOverlay />
      <TeachingDialogs />
    </div>
  );
}

/** Whether the side panel is open, for the runtime in context (A, or B in compare mode). */
function useSheetOpen(): boolean {
  const selectedId = useAppStore(selectSelectedNodeId);
  const paramsOpen = useAppStore(selectParamsOpen);
  const teachingOpen = useTeachingPanelOpen();
  return paramsOpen || selectedId !== null || teachingOpen;
}

function ParamsButton() {
  const paramsOpen = useAppStore(selectParamsOpen);
  const setParamsOpen = useAppStore((s) => s.setParamsOpen);
  const sheetOpen = useSheetOpen();
  return (
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
  );
}

/** Parameters or the inspector of the side in context; the lessons always belong to A. */
function SidePanel({ a }: { a: SimRuntime }) {
  const selectedId = useAppStore(selectSelectedNodeId);
  const paramsOpen = useAppStore(selectParamsOpen);
  const teachingOpen = useTeachingPanelOpen();
  const sheetOpen = useSheetOpen();
  return (
    <aside
      id="fs-side"
      className={`fs-side${sheetOpen ? ' is-open' : ''}`}
      aria-label={selectedId ? 'Inspector' : teachingOpen ? 'Lesson and trace' : 'Parameters'}
    >
      <SimContext value={a}>
        <TeachingPanels />
      </SimContext>
      {selectedId ? <Inspector /> : teachingOpen && !paramsOpen ? null : <ParamPanel />}
    </aside>
  );
}
