import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../src/scenario/presets/index.ts';
import { figuresCsv, csvField, fileStem } from '../../../src/ui/import-export/downloads.ts';
import { ImportExportMenu } from '../../../src/ui/import-export/import-export-menu.tsx';
import { looksLikeLink, openScenarioText } from '../../../src/ui/import-export/open-scenario.ts';
import { createTestRuntime } from '../test-runtime.tsx';

const BAD = JSON.stringify({
  version: 1,
  name: 'Bad',
  seed: 1,
  nodes: [
    { id: 'c', kind: 'client', rate: -5 },
    { id: 's', kind: 'service', workers: 0 },
  ],
  edges: [{ from: 'c', to: 'nowhere' }],
});

const GOOD = JSON.stringify({
  version: 1,
  name: 'Tiny',
  seed: 3,
  nodes: [
    { id: 'c', kind: 'client' },
    { id: 's', kind: 'service' },
  ],
  edges: [{ from: 'c', to: 's' }],
});

describe('opening a scenario', () => {
  it('tells links from JSON and opens either through the parser', async () => {
    expect(looksLikeLink('#v=1&preset=full&seed=1')).toBe(true);
    expect(looksLikeLink('https://x/app/#v=1&z=abc')).toBe(true);
    expect(looksLikeLink(GOOD)).toBe(false);
    const link = await openScenarioText('#v=1&preset=monolith&seed=1');
    expect(link.ok && link.presetId).toBe('monolith');
    const json = await openScenarioText(GOOD);
    expect(json.ok && json.scenario.nodes.length).toBe(2);
    const bad = await openScenarioText(BAD);
    expect(bad.ok).toBe(false);
  });

  it('a file that fails validation lists every error with its field and keeps the scenario', async () => {
    const t = createTestRuntime('orchestration');
    const before = t.runtime.store.getState().scenario;
    t.renderUi(<ImportExportMenu />);
    const file = new File([BAD], 'bad.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('bad.json');
    expect(alert).toHaveTextContent('nodes[id=c].rate');
    expect(alert).toHaveTextContent('nodes[id=s].workers');
    expect(alert).toHaveTextContent('edges[0].to');
    expect(t.runtime.store.getState().scenario).toBe(before);
    expect(t.client.load).not.toHaveBeenCalled();
  });

  it('a file that is not JSON at all says so', async () => {
    const t = createTestRuntime('orchestration');
    t.renderUi(<ImportExportMenu />);
    fireEvent.change(screen.getByTestId('file-input'), {
      target: { files: [new File(['<html>'], 'x.json')] },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(/JSON/);
  });

  it('a good file replaces the scenario and restarts the run with its seed', async () => {
    const t = createTestRuntime('orchestration');
    t.renderUi(<ImportExportMenu />);
    fireEvent.change(screen.getByTestId('file-input'), {
      target: { files: [new File([GOOD], 'good.json')] },
    });
    await waitFor(() => expect(t.runtime.store.getState().scenario.name).toBe('Tiny'));
    expect(t.client.load).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'Tiny' }), 3);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('the paste dialog refuses bad JSON in place and opens good JSON', async () => {
    const t = createTestRuntime('monolith');
    t.renderUi(<ImportExportMenu />);
    fireEvent.click(screen.getByTestId('file-menu'));
    fireEvent.click(screen.getByTestId('paste-scenario'));
    // The paste dialog loads when first opened (initial JavaScript budget).
    const dialog = await screen.findByRole('dialog', { name: 'Paste a scenario' });
    fireEvent.change(screen.getByTestId('paste-text'), { target: { value: BAD } });
    fireEvent.click(screen.getByTestId('paste-open'));
    expect(await screen.findByRole('alert')).toHaveTextContent('nodes[id=s].workers');
    expect(dialog).toBeInTheDocument();
    expect(t.runtime.store.getState().presetId).toBe('monolith');
    fireEvent.change(screen.getByTestId('paste-text'), { target: { value: GOOD } });
    fireEvent.click(screen.getByTestId('paste-open'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(t.runtime.store.getState().scenario.name).toBe('Tiny');
  });

  it('a file dropped on the app opens through the same checks', async () => {
    const t = createTestRuntime('monolith');
    t.renderUi(<ImportExportMenu />);
    const drop = (file: File) => {
      const event = new Event('drop', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
      window.dispatchEvent(event);
    };
    drop(new File([BAD], 'dropped.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('dropped.json');
    expect(t.runtime.store.getState().presetId).toBe('monolith');
    drop(new File([GOOD], 'good.json'));
    await waitFor(() => expect(t.runtime.store.getState().scenario.name).toBe('Tiny'));
  });

  it('Ctrl/Cmd+V of JSON outside a field opens it', async () => {
    const t = createTestRuntime('monolith');
    t.renderUi(<ImportExportMenu />);
    const event = new Event('paste', { bubbles: true, cancelable: true }) as ClipboardEvent;
    Object.defineProperty(event, 'clipboardData', { value: { getData: () => GOOD } });
    document.body.dispatchEvent(event);
    await waitFor(() => expect(t.runtime.store.getState().scenario.name).toBe('Tiny'));
  });
});

describe('exports', () => {
  it('CSV has one row per node and per client, quoted safely', () => {
    const scenario = getPreset('monolith')!.scenario;
    const zeros = {
      kind: 'service',
      arrivals: 1,
      completed: 1,
      failed: {},
      throughput: 2,
      dropRate: 0,
      dropProbability: 0,
      utilization: 0.5,
      meanQueueLength: 0,
      meanNumberInSystem: 0,
      meanWait: 0,
      meanTimeInSystem: 0,
      p50: 0,
      p95: 0,
      p99: 0,
      probabilityOfWaiting: 0,
      waitingAtEnd: 0,
      inSystemAtEnd: 0,
      firstDropAt: null,
    };
    const report = {
      seed: 1,
      duration: 1,
      warmup: 0,
      nodes: Object.fromEntries(scenario.nodes.map((n) => [n.id, { ...zeros, kind: n.kind }])),
      clients: {
        web: { sent: 3, ok: 2, failed: { error: 1 }, latency: { mean: 0.1, p50: 0.1, p95: 0.2, p99: 0.3 } },
      },
    } as never;
    const lines = figuresCsv(scenario, report).trim().split('\r\n');
    expect(lines).toHaveLength(1 + scenario.nodes.length + 1);
    expect(lines[0]).toMatch(/^row,id,label,kind,arrivals/);
    expect(lines.at(-1)).toMatch(/^client,web,Web app,client,/);
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField('=HYPERLINK(1)')).toBe("'=HYPERLINK(1)");
    expect(fileStem('Queue: 30 in / 5 out')).toBe('queue-30-in-5-out');
  });
});
