/**
 * The shortcut registry (src/ui/kit/shortcut-registry.ts) is the one list of shortcuts: the help
 * shows exactly it, each key the help shows is the key its handler answers, and pressing each
 * does what its label says.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPreset } from '../../../src/scenario/presets/index.ts';
import { App } from '../../../src/ui/app.tsx';
import { findShortcut, SHORTCUTS, type KeyPress } from '../../../src/ui/kit/shortcut-registry.ts';
import { exitPresenter, isPresenting } from '../../../src/ui/present/presenter-state.ts';
import { createTestRuntime, type TestRuntime } from '../test-runtime.tsx';

const LAZY = { timeout: 20_000 };

/** The keydown a key as the help writes it stands for ("Ctrl+Shift+Z", "⌘Z", "→", "Esc"). */
function pressOf(shown: string): KeyPress {
  const names: Record<string, string> = { Space: ' ', '→': 'ArrowRight', '−': '-', Esc: 'Escape' };
  const press = { key: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };
  let rest = shown;
  if (rest.startsWith('⌘') && rest.length > 1) {
    press.metaKey = true;
    rest = rest.slice(1);
  }
  const parts = rest.length > 1 ? rest.split('+') : [rest];
  for (const mod of parts.slice(0, -1)) {
    if (mod === 'Ctrl') press.ctrlKey = true;
    else if (mod === 'Shift') press.shiftKey = true;
    else throw new Error(`unknown modifier ${mod} in ${shown}`);
  }
  const key = parts.at(-1)!;
  press.key = names[key] ?? (key.length === 1 ? key.toLowerCase() : key);
  return press;
}

const press = (shown: string, target: Element = document.body) =>
  act(() => {
    fireEvent.keyDown(target, pressOf(shown));
  });

afterEach(() => {
  if (isPresenting()) exitPresenter();
});

describe('the shortcut registry', () => {
  it('lists each shortcut once, and each key shown is the key its handler answers', () => {
    const ids = SHORTCUTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const seen = new Set<string>();
    for (const shortcut of SHORTCUTS) {
      for (const key of shortcut.keys) {
        expect(seen.has(key), `${key} listed twice`).toBe(false);
        seen.add(key);
        if (!('match' in shortcut)) continue;
        expect(findShortcut(shortcut.group, pressOf(key))?.id, `${shortcut.id}: ${key}`).toBe(shortcut.id);
      }
    }
  });

  it('the help overlay lists exactly the registry, in its order, keys and labels', async () => {
    const t = createTestRuntime('monolith');
    t.renderUi(<App />);
    press('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, LAZY);
    const rows = within(help).getAllByRole('row');
    expect(rows).toHaveLength(SHORTCUTS.length);
    SHORTCUTS.forEach((shortcut, i) => {
      const keys = [...rows[i].querySelectorAll('kbd')].map((k) => k.textContent);
      expect(keys).toEqual(shortcut.keys);
      expect(rows[i]).toHaveTextContent(shortcut.label);
    });
  });
});

/** What pressing each shortcut must do, checked through the app; one entry per registered id. */
const DOES: Record<(typeof SHORTCUTS)[number]['id'], (t: TestRuntime) => Promise<void> | void> = {
  play: (t) => {
    press('Space');
    expect(t.client.play).toHaveBeenCalledTimes(1);
    press('Space');
    expect(t.client.pause).toHaveBeenCalledTimes(1);
  },
  step: (t) => {
    press('.');
    press('→');
    expect(t.client.step).toHaveBeenCalledTimes(2);
  },
  reset: (t) => {
    press('R');
    expect(t.client.reset).toHaveBeenCalledTimes(1);
  },
  faster: (t) => {
    press('+');
    expect(t.client.setSpeed).toHaveBeenLastCalledWith(2);
  },
  slower: (t) => {
    press('−');
    expect(t.client.setSpeed).toHaveBeenLastCalledWith(0.5);
  },
  'copy-link': async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    press('L');
    await waitFor(() =>
      expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/#v=1&preset=monolith/)),
    );
  },
  present: () => {
    press('P');
    expect(isPresenting()).toBe(true);
    press('P');
    expect(isPresenting()).toBe(false);
  },
  delete: (t) => {
    act(() => t.runtime.store.getState().selectNode('app-3'));
    press('Delete');
    expect(t.runtime.store.getState().scenario.nodes.some((n) => n.id === 'app-3')).toBe(false);
  },
  undo: (t) => {
    act(() => t.runtime.store.getState().selectNode('app-3'));
    press('Delete');
    press('Ctrl+Z');
    expect(t.runtime.store.getState().scenario.nodes.some((n) => n.id === 'app-3')).toBe(true);
    press('Delete');
    press('⌘Z');
    expect(t.runtime.store.getState().scenario.nodes.some((n) => n.id === 'app-3')).toBe(true);
  },
  redo: (t) => {
    const has = () => t.runtime.store.getState().scenario.nodes.some((n) => n.id === 'app-3');
    act(() => t.runtime.store.getState().selectNode('app-3'));
    press('Delete');
    press('Ctrl+Z');
    press('Ctrl+Shift+Z');
    expect(has()).toBe(false);
    press('Ctrl+Z');
    press('Ctrl+Y');
    expect(has()).toBe(false);
  },
  paste: async (t) => {
    const event = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'clipboardData', { value: { getData: () => '#v=1&preset=full&seed=9' } });
    act(() => {
      document.body.dispatchEvent(event);
    });
    const full = getPreset('full')!.scenario;
    await waitFor(() => expect(t.runtime.store.getState().scenario.name).toBe(full.name));
    expect(t.runtime.store.getState().scenario.nodes).toHaveLength(full.nodes.length);
  },
  help: async (t) => {
    press('?');
    await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, LAZY);
    press('?');
    expect(t.runtime.store.getState().helpOpen).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  },
  escape: async (t) => {
    act(() => t.runtime.store.getState().selectNode('web'));
    press('Esc');
    expect(t.runtime.store.getState().selectedNodeId).toBeNull();
    press('P');
    press('Esc');
    expect(isPresenting()).toBe(false);
    press('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, LAZY);
    press('Esc', within(help).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    // A menu closes on Escape, before the page's Escape acts.
    act(() => t.runtime.store.getState().selectNode('web'));
    fireEvent.click(screen.getByTestId('file-menu'));
    press('Esc', screen.getByTestId('download-scenario'));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(t.runtime.store.getState().selectedNodeId).toBe('web');
  },
  'focus-node': async (t) => {
    const node = document.querySelector<HTMLElement>('.react-flow__node[data-id="web"]')!;
    act(() => node.focus());
    press('Enter', node);
    await waitFor(() => expect(t.runtime.store.getState().selectedNodeId).toBe('web'));
  },
};

describe('pressing each registered shortcut does what the help says', () => {
  it('every registered shortcut has a check here', () => {
    expect(Object.keys(DOES).sort()).toEqual(SHORTCUTS.map((s) => s.id).sort());
  });

  for (const shortcut of SHORTCUTS) {
    it(`${shortcut.keys.join(' / ')}: ${shortcut.label}`, { timeout: 30_000 }, async () => {
      const t = createTestRuntime('monolith');
      t.renderUi(<App />);
      await DOES[shortcut.id](t);
    });
  }
});
