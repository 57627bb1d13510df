/**
 * Keeps the address bar holding the current scenario and seed (a share link, `#v=1&…`), and
 * reopens the scenario of a history entry on Back and Forward. The policy (docs/links.md, "In the
 * app's address bar"):
 *
 * - a discrete action — a new scenario (preset, import, paste, topology edit, undo/redo) or a new
 *   seed — pushes one history entry at once;
 * - a parameter change (a slider drag, a typed value, a select) pushes one entry when it starts a
 *   burst of changes and then only replaces that entry (at most every REPLACE_DELAY_MS) while the
 *   changes continue; a pause of COMMIT_DELAY_MS ends the burst, so the next change pushes again.
 *   A slider drag therefore makes one entry, holding the value the slider stopped at;
 * - Back/Forward (popstate) reopen the entry's scenario from t = 0 with its seed, without pushing.
 */
import { compareLinkSuffix } from '../../scenario/link/compare-link.ts';
import { encodeScenarioLink } from '../../scenario/link/encode-scenario-link.ts';
import type { SimRuntime } from '../../state/sim-runtime.ts';
import type { AppState } from '../../state/store.ts';
import { initialScenario } from '../initial-scenario.ts';

export const REPLACE_DELAY_MS = 150;
export const COMMIT_DELAY_MS = 1000;

/**
 * The share link (fragment) of the scenario as it is now, with the seed the run uses; in compare
 * mode followed by B as changes against A (compare-link.ts).
 */
export function currentLink(
  state: Pick<AppState, 'scenario' | 'seed'> & Partial<Pick<AppState, 'compareScenario'>>,
): string {
  const a = { ...state.scenario, seed: state.seed };
  const b = state.compareScenario;
  return encodeScenarioLink(a) + (b ? compareLinkSuffix(a, b) : '');
}

/** The whole address for a fragment: this page, without a `?preset=` that the fragment replaces. */
export function addressFor(location: Pick<Location, 'pathname' | 'search'>, fragment: string): string {
  const search = new URLSearchParams(location.search);
  search.delete('preset');
  const query = search.toString();
  return `${location.pathname}${query ? `?${query}` : ''}${fragment}`;
}

export interface AddressSync {
  /** Writes any pending change now (before copying the address, say). Returns the current link. */
  flush(): string;
  stop(): void;
}

type Win = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

export function startAddressSync(runtime: SimRuntime, win: Win = window): AddressSync {
  const { store, controller } = runtime;
  let lastLink = '';
  let inBurst = false;
  let suppress = false;
  let replaceTimer: ReturnType<typeof setTimeout> | undefined;
  let commitTimer: ReturnType<typeof setTimeout> | undefined;
  let popCount = 0;

  const write = (mode: 'push' | 'replace'): string => {
    const link = currentLink(store.getState());
    if (link === lastLink && mode === 'push') return link;
    const url = addressFor(win.location, link);
    if (mode === 'push') win.history.pushState({ flowscope: 1 }, '', url);
    else win.history.replaceState({ flowscope: 1 }, '', url);
    lastLink = link;
    return link;
  };

  const clearTimers = () => {
    clearTimeout(replaceTimer);
    clearTimeout(commitTimer);
    replaceTimer = undefined;
    commitTimer = undefined;
  };

  const flush = (): string => {
    if (replaceTimer !== undefined) {
      clearTimeout(replaceTimer);
      replaceTimer = undefined;
      return write('replace');
    }
    return lastLink || write('replace');
  };

  // The address the app opened with becomes the canonical link of what it shows (a bad link is
  // replaced by the default scenario's link; its notice says what was wrong).
  write('replace');

  const unsubscribe = store.subscribe((s, prev) => {
    if (suppress) return;
    // Entering or leaving compare mode is a discrete action; a change to B is a parameter change.
    const loaded = s.loadCount !== prev.loadCount || s.compareOn !== prev.compareOn;
    const seeded = s.seed !== prev.seed;
    if (!loaded && !seeded && s.scenario === prev.scenario && s.compareScenario === prev.compareScenario)
      return;
    if (loaded || seeded) {
      clearTimers();
      inBurst = false;
      write('push');
      return;
    }
    // A parameter change: the first of a burst pushes, the rest replace.
    if (!inBurst) {
      inBurst = true;
      write('push');
    } else if (replaceTimer === undefined) {
      replaceTimer = setTimeout(() => {
        replaceTimer = undefined;
        write('replace');
      }, REPLACE_DELAY_MS);
    }
    clearTimeout(commitTimer);
    commitTimer = setTimeout(() => {
      commitTimer = undefined;
      flush();
      inBurst = false;
    }, COMMIT_DELAY_MS);
  });

  const onPopState = () => {
    clearTimers();
    inBurst = false;
    const ticket = ++popCount;
    void Promise.all([initialScenario(win.location), import('../../state/compare-session.ts')]).then(
      ([opened, compare]) => {
        if (ticket !== popCount) return; // a later Back/Forward won
        suppress = true;
        try {
          // The entry's compare mode too: B as it was, or back to A alone.
          compare.stopCompare(runtime, 'A');
          controller.loadScenario(opened.scenario, opened.presetId);
          if (opened.compareB) compare.startCompare(runtime, opened.compareB);
          store.getState().setNotice(opened.notice);
        } finally {
          suppress = false;
        }
        // Keep the entry, but make it canonical (a hand-typed or bad link becomes the real one);
        // a lesson step's own link (`#lesson=…`) stays as it is.
        if (win.location.hash.includes('lesson=')) lastLink = currentLink(store.getState());
        else write('replace');
      },
    );
  };
  win.addEventListener('popstate', onPopState);

  return {
    flush,
    stop() {
      clearTimers();
      unsubscribe();
      win.removeEventListener('popstate', onPopState);
    },
  };
}
