/**
 * Entry point: builds the runtime (store, worker, controller) outside React, so StrictMode's
 * double effects cannot start two simulations, then renders the app against it.
 */
import '@xyflow/react/dist/style.css';
import './app.css';
import './graph/graph.css';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createSimRuntime } from '../state/sim-runtime.ts';
import { App, NARROW_QUERY } from './app.tsx';
import { initialScenario } from './initial-scenario.ts';
import { SimContext } from './sim-context.ts';
import { setActiveAddressSync } from './share/share-url.ts';
import { readViewFlags } from './embed/view-flags.ts';
import { registerOffline } from './offline/register-offline.ts';
import { noteOpening } from './onboarding/first-visit.ts';

// `&embed=1` is a view flag, not part of the scenario: it is taken out before the link is read.
const view = readViewFlags(window.location);
noteOpening(view, view.embed);
const openedHash = view.hash;
const initial = await initialScenario(view);
const runtime = createSimRuntime({ scenario: initial.scenario, presetId: initial.presetId });
runtime.store.getState().setNotice(initial.notice);
// Very wide screens open with the parameters beside the graph; on a projector (1280 px) or a
// phone the graph comes first and the panel is one click away.
runtime.store.getState().setParamsOpen(window.matchMedia('(min-width: 1440px)').matches);
// A phone lays the diagram out top to bottom from the first frame (App follows later changes).
// An embed flows along its frame's longer side.
const narrow = view.embed ? window.innerWidth < window.innerHeight : window.matchMedia(NARROW_QUERY).matches;
runtime.store.getState().setFlowDirection(narrow ? 'down' : 'right');
runtime.start({ autoplay: true });
// A compare link opens both sides (docs/links.md); the session module loads only then.
if (initial.compareB) {
  const { startCompare } = await import('../state/compare-session.ts');
  startCompare(runtime, initial.compareB);
}
// The address bar holds the current scenario and seed from now on (docs/links.md). The link
// codec (and its DEFLATE) is not needed for the first paint, so it loads after it.
// An embed leaves its frame's address alone.
const addressSync = view.embed
  ? Promise.resolve()
  : import('./share/address-sync.ts').then(({ startAddressSync }) =>
      setActiveAddressSync(startAddressSync(runtime)),
    );
// A lesson step's link starts that step (its panel, focus node and its link in the address bar),
// after the address sync has written its first link, so the step's own link is the one kept.
if (openedHash.includes('lesson=')) {
  void Promise.all([import('./lessons/index.ts'), import('./teaching/lesson-runner.ts'), addressSync]).then(
    ([lessons, runner]) => {
      const place = lessons.parseLessonPath(openedHash);
      if (place)
        runner.startLessonStep(runtime, place.lesson.id, place.stepIndex, view.embed ? null : window);
    },
  );
}

// The embed view is a smaller shell around the same graph.
const lessonFragment = openedHash.includes('lesson=') ? openedHash : null;
// Loaded only for an embed: it reads the share link (and its codec), which the full app loads after
// its first paint (initial JavaScript budget).
const EmbedApp = lazy(() => import('./embed/embed-app.tsx').then((m) => ({ default: m.EmbedApp })));
const shell = view.embed ? (
  <Suspense fallback={null}>
    <EmbedApp lessonFragment={lessonFragment} />
  </Suspense>
) : (
  <App />
);

const root = document.getElementById('root');
if (!root) throw new Error('Flowscope: #root element missing from index.html');
createRoot(root).render(
  <StrictMode>
    <SimContext value={runtime}>{shell}</SimContext>
  </StrictMode>,
);

// Installable and usable offline after this first visit (docs/classroom.md).
registerOffline();
