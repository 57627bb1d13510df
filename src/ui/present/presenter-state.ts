/**
 * Presenter mode (DESIGN §10): whether it is on, and entering and leaving it. Kept in a tiny store
 * of its own so the shortcut handler, the top-bar button, the floating bar and the particle canvas
 * agree without touching the app store's slices. Full screen is asked for but never required: a
 * browser (or an iframe without `allowfullscreen`) may refuse, and presenter mode still works.
 */
import { createStore } from 'zustand/vanilla';

export interface PresenterState {
  on: boolean;
}

export const presenterStore = createStore<PresenterState>()(() => ({ on: false }));

/** Dots are drawn this much larger on a projector (the queue's dot pitch allows about 1.3). */
export const PRESENTER_DOT_SCALE = 1.3;

export function isPresenting(): boolean {
  return presenterStore.getState().on;
}

/** The dot scale the particle canvas uses this frame. */
export function presenterDotScale(): number {
  return presenterStore.getState().on ? PRESENTER_DOT_SCALE : 1;
}

let wentFullscreen = false;
let listening = false;
/** What had focus when presenter mode began (the Present button): focus goes back there. */
let opener: HTMLElement | null = null;

function restoreFocus(): void {
  const target = opener;
  opener = null;
  // After React has shown the top bar again; a hidden element cannot take focus.
  if (target && typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() => target.isConnected && target.focus());
}

function onFullscreenChange(): void {
  // The browser's own Esc (or F11) left full screen: leave presenter mode with it.
  if (!document.fullscreenElement && wentFullscreen) {
    wentFullscreen = false;
    if (isPresenting()) {
      presenterStore.setState({ on: false });
      restoreFocus();
    }
  }
}

export function enterPresenter(): void {
  if (isPresenting()) return;
  if (typeof document !== 'undefined' && document.activeElement instanceof HTMLElement)
    opener = document.activeElement === document.body ? null : document.activeElement;
  presenterStore.setState({ on: true });
  if (typeof document === 'undefined') return;
  if (!listening) {
    document.addEventListener('fullscreenchange', onFullscreenChange);
    listening = true;
  }
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  try {
    root.requestFullscreen({ navigationUI: 'hide' }).then(
      () => {
        wentFullscreen = true;
        // Left presenter mode while the request was pending.
        if (!isPresenting()) void document.exitFullscreen?.().catch(() => undefined);
      },
      () => undefined, // Refused (no user gesture, an iframe without allowfullscreen): present in the window.
    );
  } catch {
    // Old engines throw instead of rejecting; presenter mode works without full screen.
  }
}

export function exitPresenter(): void {
  if (!isPresenting()) return;
  presenterStore.setState({ on: false });
  restoreFocus();
  if (typeof document !== 'undefined' && document.fullscreenElement && wentFullscreen) {
    wentFullscreen = false;
    void document.exitFullscreen?.().catch(() => undefined);
  }
}

export function togglePresenter(): void {
  if (isPresenting()) exitPresenter();
  else enterPresenter();
}
