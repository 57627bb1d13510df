import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT } from '../../../src/state/slices/history-slice.ts';
import { EditBar, EditRefusal } from '../../../src/ui/editor/edit-bar.tsx';
import { editorFor } from '../../../src/ui/editor/editor.ts';
import * as edit from '../../../src/ui/editor/edit-scenario.ts';
import { getPreset } from '../../../src/scenario/presets/index.ts';
import { createTestRuntime } from '../test-runtime.tsx';

const monolith = getPreset('monolith')!.scenario;

describe('topology edits', () => {
  it('adds every kind runnable (a sender comes with a service to send to)', () => {
    for (const kind of ['client', 'loadBalancer', 'gateway', 'orchestrator', 'service', 'queue'] as const) {
      const result = edit.addNode(monolith, kind);
      expect(result.ok, kind).toBe(true);
    }
    const queue = edit.addNode(monolith, 'queue');
    expect(queue.ok && queue.scenario.edges.at(-1)).toMatchObject({ from: 'queue-1', to: 'service-1' });
  });

  it('refuses what cannot run and says why', () => {
    const twice = edit.connect(monolith, 'web', 'app-1');
    expect(twice.ok).toBe(false);
    expect(!twice.ok && twice.errors.map((e) => e.message).join()).toMatch(/exactly one node/);
    const intoClient = edit.connect(monolith, 'app-1', 'web');
    expect(!intoClient.ok && intoClient.errors.map((e) => e.message).join()).toMatch(/clients only send/);
    const loop = edit.connect(
      edit.connect(monolith, 'app-1', 'app-2').ok
        ? (edit.connect(monolith, 'app-1', 'app-2') as { scenario: typeof monolith }).scenario
        : monolith,
      'app-2',
      'app-1',
    );
    expect(loop.ok).toBe(false);
    expect(edit.deleteNode(monolith, 'lb').ok).toBe(false);
    expect(edit.deleteNode(monolith, 'app-3').ok).toBe(true);
    expect(edit.renameNode(monolith, 'lb', '<script>x</script>').ok).toBe(true);
  });
});

describe('undo and redo', () => {
  it('buttons and Ctrl/Cmd+Z, Ctrl+Shift+Z, Ctrl+Y step through edits', () => {
    const t = createTestRuntime('monolith');
    const store = t.runtime.store;
    t.renderUi(
      <>
        <EditBar />
        <EditRefusal />
      </>,
    );
    expect(screen.getByTestId('undo')).toBeDisabled();
    const editor = editorFor(t.runtime);
    act(() => {
      editor.addNode('service');
      editor.rename('lb', 'Front door');
    });
    expect(store.getState().scenario.nodes.find((n) => n.id === 'lb')?.label).toBe('Front door');
    expect(store.getState().presetId).toBeNull();

    fireEvent.click(screen.getByTestId('undo'));
    expect(store.getState().scenario.nodes.find((n) => n.id === 'lb')?.label).toBe('Load balancer');
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(store.getState().scenario.nodes.some((n) => n.id === 'service-1')).toBe(false);
    expect(store.getState().presetId).toBe('monolith');
    expect(screen.getByTestId('undo')).toBeDisabled();

    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(store.getState().scenario.nodes.some((n) => n.id === 'service-1')).toBe(true);
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(store.getState().scenario.nodes.find((n) => n.id === 'lb')?.label).toBe('Front door');
    expect(screen.getByTestId('redo')).toBeDisabled();
  });

  it('keeps the seed, shows a refusal as an alert, and the history is bounded', () => {
    const t = createTestRuntime('monolith');
    const store = t.runtime.store;
    store.getState().setSeed(77);
    t.renderUi(<EditRefusal />);
    const editor = editorFor(t.runtime);
    act(() => {
      editor.deleteNode('lb');
    });
    expect(screen.getByRole('alert')).toHaveTextContent(/Delete Load balancer: refused/);
    expect(screen.getByRole('alert')).toHaveTextContent('nodes[id=web]');
    expect(store.getState().undoStack).toHaveLength(0);
    act(() => {
      for (let i = 0; i < HISTORY_LIMIT + 5; i++) editor.rename('lb', `LB ${i}`);
    });
    expect(store.getState().undoStack).toHaveLength(HISTORY_LIMIT);
    expect(store.getState().seed).toBe(77);
    expect(t.client.load).toHaveBeenLastCalledWith(expect.anything(), 77);
  });

  it('another load (a preset) starts a new history', () => {
    const t = createTestRuntime('monolith');
    const editor = editorFor(t.runtime);
    editor.addNode('service');
    expect(t.runtime.store.getState().undoStack).toHaveLength(1);
    t.runtime.controller.loadScenario(getPreset('full')!.scenario, 'full');
    expect(t.runtime.store.getState().undoStack).toHaveLength(0);
  });

  it('Delete removes the selected node', () => {
    const t = createTestRuntime('monolith');
    t.renderUi(<EditBar />);
    act(() => t.runtime.store.getState().selectNode('app-3'));
    fireEvent.keyDown(document.body, { key: 'Delete' });
    expect(t.runtime.store.getState().scenario.nodes.some((n) => n.id === 'app-3')).toBe(false);
  });
});

describe('connections in the inspector', () => {
  it('connects and removes edges from the keyboard, refusing what cannot run', async () => {
    const { ConnectionsField } = await import('../../../src/ui/editor/connections-field.tsx');
    const t = createTestRuntime('monolith');
    t.renderUi(
      <>
        <ConnectionsField id="web" />
        <EditRefusal />
      </>,
    );
    fireEvent.change(screen.getByTestId('connect-target'), { target: { value: 'app-1' } });
    fireEvent.click(screen.getByTestId('connect'));
    expect(screen.getByRole('alert')).toHaveTextContent(/Connect Web app → App server 1: refused/);
    expect(screen.getByRole('alert')).toHaveTextContent(/sends to exactly one node/);
    expect(t.runtime.store.getState().scenario.edges.filter((e) => e.from === 'web')).toHaveLength(1);
  });

  it('removing one of the balancer edges is allowed', async () => {
    const { ConnectionsField } = await import('../../../src/ui/editor/connections-field.tsx');
    const t = createTestRuntime('monolith');
    t.renderUi(<ConnectionsField id="lb" />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove the edge to App server 3' }));
    expect(t.runtime.store.getState().scenario.edges.some((e) => e.from === 'lb' && e.to === 'app-3')).toBe(
      false,
    );
    expect(screen.queryByRole('button', { name: 'Remove the edge to App server 3' })).not.toBeInTheDocument();
  });
});
