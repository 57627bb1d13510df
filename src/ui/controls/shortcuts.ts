/**
 * What the app's own shortcuts do (the `app` group of kit/shortcut-registry.ts, which also lists
 * the share bar's, the edit bar's and the paste shortcut, each answered by its own handler). The
 * app shell installs this keydown handler; the help overlay lists the registry.
 */
import type { SimController } from '../../state/sim-controller.ts';
import type { AppStore } from '../../state/store.ts';
import { isModalOpen } from '../kit/key-guards.ts';
import { shortcutHandler } from '../kit/shortcut-handler.ts';
import { exitPresenter, isPresenting, togglePresenter } from '../present/presenter-state.ts';

/** The keydown handler for the transport, presenter mode, the help and Escape. */
export function createShortcutHandler(
  store: AppStore,
  controller: SimController,
): (event: KeyboardEvent) => void {
  return shortcutHandler('app', {
    play: () => controller.togglePlay(),
    step: () => controller.step(),
    reset: () => controller.reset(),
    faster: () => controller.nudgeSpeed(1),
    slower: () => controller.nudgeSpeed(-1),
    present: () => togglePresenter(),
    // Over another dialog, ? waits: one modal at a time.
    help: () => {
      const state = store.getState();
      if (!state.helpOpen && isModalOpen()) return false;
      state.setHelpOpen(!state.helpOpen);
    },
    // A dialog or a menu closes itself on Escape; this is for the rest.
    escape: () => {
      const state = store.getState();
      if (state.helpOpen) state.setHelpOpen(false);
      else if (isModalOpen()) return false;
      else if (isPresenting()) exitPresenter();
      else if (state.selectedNodeId !== null) state.selectNode(null);
      else return false;
    },
  });
}
