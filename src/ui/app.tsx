/**
 * The app shell: a top bar to drive the run, the graph as the hero, a side panel (parameters, or
 * the inspector of the selected component) that becomes a bottom sheet on narrow screens, and
 * the end-to-end summary underneath.
 */
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useStore } from 'zustand';
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
import { RunAlerts } from './panels/run-alerts.tsx';
import { SummaryBar } from './panels/summary-bar.tsx';
import { FirstVisit, HeadlineLessonButton } from './onboarding/headline-lesson-button.tsx';
import { PresentButton, PresenterChrome } from './present/present-button.tsx';
import { usePresenting } from './present/use-presenting.ts';
import { ShareBar } from './share/share-bar.tsx';
import { SimContext, useAppStore, useSim } from './sim-context.ts';
import { TeachingDialogs, TeachingPanels } from './teaching/teaching-panels.tsx';
import { TeachingToolbar, TopbarMoreButton } from './teaching/teaching-toolbar.tsx';
import { PanelBoundary } from './errors/panel-boundary.tsx';

function useGlobalShortcuts(): void {
  const { store, controller } = useSim();
  useEffect(() => {
    const handler = createShortcutHandler(store, controller);
    window.addEventListener('keydown', handler);
    return () => window.removeEventListener('keydown', handler);
  }, [store, controller]);
}

// The inspector (live table, faults, charts, theory) loads with the first click on a component
// (initial JavaScript budget).
const Inspector = lazy(() => import('./panels/inspector.tsx').then((m) => ({ default: m.Inspector })));

// The fault timeline (and the fault list with its buttons) loads once the scenario has a fault.
const FaultTimeline = lazy(() =>
  import('./faults/fault-timeline.tsx').then((m) => ({ default: m.FaultTimeline })),
);

function FaultTimelineSlot() {
  const hasFaults = useAppStore((s) => s.scenario.faults.length > 0);
  return hasFaults ? (
    <Suspense fallback={null}>
      <FaultTimeline />
    </Suspense>
  ) : null;
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

/** Narrow (phone) screens lay the diagram out top to bottom; the breakpoint is app.css's. */
export const NARROW_QUERY = '(max-width: 760px)';

function useFlowDirection(): void {
  const { store } = useSim();
  useEffect(() => {
    const query = window.matchMedia(NARROW_QUERY);
    const update = () => store.getState().setFlowDirection(query.matches ? 'down' : 'right');
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
  useFlowDirection();
  const loadCount = useAppStore(selectLoadCount);
  const flowDirection = useAppStore((s) => s.flowDirection);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const moreOpen = useAppStore((s) => s.topbarMoreOpen);
  const presenting = usePresenting();
  return (
    <div className={`fs-app${b ? ' is-comparing' : ''}${presenting ? ' is-presenting' : ''}`}>
      <header className={`fs-topbar${moreOpen ? ' is-more-open' : ''}`}>
        <h1 className="fs-brand">Flowscope</h1>
        <PanelBoundary name="The preset picker">
          <OnTarget b={b}>
            <PresetPicker />
          </OnTarget>
        </PanelBoundary>
        <PanelBoundary name="The run controls">
          <TransportBar />
        </PanelBoundary>
        <PanelBoundary name="The file and sharing menus">
          <ShareBar />
        </PanelBoundary>
        <PanelBoundary name="The lessons and glossary buttons">
          <TeachingToolbar />
        </PanelBoundary>
        <PanelBoundary name="The headline lesson button">
          <HeadlineLessonButton />
        </PanelBoundary>
        <CompareButton />
        <div className="fs-topbar__end">
          <TopbarMoreButton />
          <PresentButton />
          <OnTarget b={b}>
            <ParamsButton a={a} />
          </OnTarget>
          <button
            type="button"
            className="fs-button fs-button--round fs-help-button"
            onClick={() => setHelpOpen(true)}
            aria-label="Keyboard shortcuts"
            aria-keyshortcuts="?"
          >
            ?
          </button>
        </div>
      </header>
      <PanelBoundary name="The fault timeline" area="alerts">
        <FaultTimelineSlot />
      </PanelBoundary>
      <PanelBoundary name="The run messages" area="alerts">
        <RunAlerts />
      </PanelBoundary>
      <PanelBoundary name="The compare bar" area="alerts">
        <CompareBar />
      </PanelBoundary>
      <main className="fs-main">
        {b ? (
          <PanelBoundary name="The two diagrams">
            <Suspense fallback={<div className="fs-graph" aria-busy="true" />}>
              <CompareView />
            </Suspense>
          </PanelBoundary>
        ) : (
          <div className="fs-graph">
            {/* Re-mounted (and fitted anew) per scenario load and per layout direction. */}
            <PanelBoundary name="The diagram" key={`${loadCount}-${flowDirection}`}>
              <FlowGraph />
            </PanelBoundary>
            <FirstVisit />
          </div>
        )}
        <OnTarget b={b}>
          <SidePanel a={a} />
        </OnTarget>
      </main>
      <PanelBoundary name="The run summary" area="summary">
        <SummaryBar />
      </PanelBoundary>
      <PanelBoundary name="The keyboard shortcuts help">
        <HelpOverlay />
      </PanelBoundary>
      <PanelBoundary name="The lessons or glossary window">
        <TeachingDialogs />
      </PanelBoundary>
      <PanelBoundary name="The presenter bar">
        <PresenterChrome />
      </PanelBoundary>
    </div>
  );
}

/** The lesson and the trace belong to A: whether they hold the side panel open, in any context. */
const selectTeachingOpen = (s: { lesson: unknown; tracing: boolean }) => s.lesson !== null || s.tracing;

/** Whether the side panel is open: parameters or the inspector of the side in context, or A's lesson. */
function useSheetOpen(a: SimRuntime): boolean {
  const selectedId = useAppStore(selectSelectedNodeId);
  const paramsOpen = useAppStore(selectParamsOpen);
  const teachingOpen = useStore(a.store, selectTeachingOpen);
  return paramsOpen || selectedId !== null || teachingOpen;
}

function ParamsButton({ a }: { a: SimRuntime }) {
  const paramsOpen = useAppStore(selectParamsOpen);
  const setParamsOpen = useAppStore((s) => s.setParamsOpen);
  const sheetOpen = useSheetOpen(a);
  return (
    <button
      type="button"
      className="fs-button"
      aria-expanded={sheetOpen}
      aria-controls="fs-side"
      onClick={() => setParamsOpen(!paramsOpen)}
      data-testid="toggle-params"
    >
      <span className="fs-params-icon" aria-hidden="true">
        ⚙
      </span>
      <span className="fs-params-word">Parameters</span>
    </button>
  );
}

/** Parameters or the inspector of the side in context; the lessons always belong to A. */
function SidePanel({ a }: { a: SimRuntime }) {
  const selectedId = useAppStore(selectSelectedNodeId);
  const paramsOpen = useAppStore(selectParamsOpen);
  const teachingOpen = useStore(a.store, selectTeachingOpen);
  const sheetOpen = useSheetOpen(a);
  return (
    <aside
      id="fs-side"
      className={`fs-side${sheetOpen ? ' is-open' : ''}`}
      aria-label={selectedId ? 'Inspector' : teachingOpen ? 'Lesson and trace' : 'Parameters'}
    >
      <SimContext value={a}>
        <PanelBoundary name="The lesson and trace panel">
          <TeachingPanels />
        </PanelBoundary>
      </SimContext>
      {selectedId ? (
        <PanelBoundary name="The inspector" key={selectedId}>
          <Suspense fallback={<p className="fs-muted">Loading the inspector…</p>}>
            <Inspector />
          </Suspense>
        </PanelBoundary>
      ) : teachingOpen && !paramsOpen ? null : (
        <PanelBoundary name="The parameters panel">
          <ParamPanel />
        </PanelBoundary>
      )}
    </aside>
  );
}
