/**
 * The five worker faults of DESIGN §11 in the real browser. Each test makes the same run — the
 * `full` preset, seed 7, a live change at 0 s, three steps, a second change at 0.3 s, then playing —
 * injects one fault, and asserts that the page says so in words, that the clock carries on past
 * where it stopped, and that once paused the figures on screen equal those of an undisturbed run
 * at the same position, computed here in Node with the engine itself (determinism).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  advanceTo,
  applyChange,
  collectReport,
  createSimulation,
  runEvents,
} from '../../src/engine/index.ts';
import { checkChange } from '../../src/scenario/change/index.ts';
import { getPreset } from '../../src/scenario/presets/index.ts';
import { nearestIndex } from '../../src/ui/controls/nice-steps.ts';
import { RATE_STEPS } from '../../src/ui/controls/steps.ts';
import { formatDuration, formatPercent } from '../../src/ui/format.ts';
import { STEP_S } from '../../src/worker/protocol.ts';
import { launchBrowser, openApp, poll, screenshot } from './browser.ts';

const SEED = 7;
const full = getPreset('full')!.scenario;
const WORKER_SCRIPT = /\/assets\/sim-worker-[^/]*\.js$/;

/** Keeps every Worker the page makes in `window.__workers`, so a test can hurt one. */
const CAPTURE_WORKERS = `(() => {
  const Real = window.Worker;
  window.__workers = [];
  window.Worker = class extends Real {
    constructor(...args) { super(...args); window.__workers.push(this); }
  };
})();`;

/** Test hooks prepended to the worker script: a message that closes it, one that hangs it. */
const WORKER_PRELUDE = `self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  if (type === 'test-close') { event.stopImmediatePropagation(); self.close(); }
  if (type === 'test-hang') { event.stopImmediatePropagation(); for (;;) {} }
});
`;

const position = (page: Page) =>
  page.getByTestId('sim-time').evaluate((el) => ({
    timeS: Number(el.getAttribute('data-time-s')),
    events: Number(el.getAttribute('data-events')),
  }));

const nextRate = (rate: number) => RATE_STEPS[nearestIndex(RATE_STEPS, rate) + 1];

/** The undisturbed run: the same changes at the same positions, brought to `at`. */
function undisturbedReport(at: { timeS: number; events: number }) {
  const sim = createSimulation(full, { seed: SEED });
  let scenario = full;
  const change = (rate: number) => {
    const checked = checkChange(scenario, { type: 'node', nodeId: 'mobile', patch: { rate } });
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    applyChange(sim, checked.change);
    scenario = checked.scenario;
  };
  const rate1 = nextRate(24);
  change(rate1);
  for (let i = 0; i < 3; i++) advanceTo(sim, sim.nowS + STEP_S);
  change(nextRate(rate1));
  while (sim.events < at.events && sim.halt === null) runEvents(sim, at.events - sim.events);
  if (sim.nowS < at.timeS) advanceTo(sim, at.timeS);
  expect(sim.events).toBe(at.events);
  return collectReport(sim);
}

/** What the summary bar shows for each client of that run. */
function expectedSummary(at: { timeS: number; events: number }): Record<string, string[]> {
  const report = undisturbedReport(at);
  const texts: Record<string, string[]> = {};
  for (const id of ['mobile', 'web']) {
    const m = report.clients[id];
    const done = m.ok + Object.values(m.failed).reduce((a, b) => a + (b ?? 0), 0);
    texts[id] = [
      `p50 ${formatDuration(m.latency.p50)}`,
      `p95 ${formatDuration(m.latency.p95)}`,
      `p99 ${formatDuration(m.latency.p99)}`,
      `success ${formatPercent(m.ok / done)}`,
    ];
  }
  return texts;
}

async function summaryTexts(page: Page): Promise<Record<string, string>> {
  const names = { mobile: 'Mobile app', web: 'Web app' } as Record<string, string>;
  const out: Record<string, string> = {};
  for (const id of Object.keys(names)) {
    const label = full.nodes.find((n) => n.id === id)!.label ?? names[id];
    out[id] = (await page.getByTestId(`summary-${label}`).innerText()).replace(/\s+/g, ' ');
  }
  return out;
}

/** Opens the app, makes the run up to playing past 2 s; returns the console-error list. */
async function startRun(page: Page): Promise<string[]> {
  const errors = await openApp(page, `#v=1&preset=full&seed=${SEED}`);
  await poll(
    'the clock to move',
    () => position(page),
    (p) => p.timeS > 0,
  );
  if (/Pause/.test(await page.getByTestId('play-pause').innerText()))
    await page.getByTestId('play-pause').click();
  await page.getByTestId('reset').click();
  await poll(
    'the reset run at 0 s',
    () => position(page),
    (p) => p.timeS === 0 && p.events === 0,
  );
  if (!(await page.getByTestId('param-mobile-rate').isVisible()))
    await page.getByTestId('toggle-params').click();
  await page.getByTestId('param-mobile-rate').focus();
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 3; i++) {
    await page.getByTestId('step').click();
    await poll(
      `step ${i + 1}`,
      () => position(page),
      (p) => p.timeS > (i + 0.5) * STEP_S,
    );
  }
  await page.getByTestId('param-mobile-rate').focus();
  await page.keyboard.press('ArrowRight');
  await page.getByTestId('speed').selectOption('2');
  await page.getByTestId('play-pause').click();
  await poll(
    'the run past 2 s',
    () => position(page),
    (p) => p.timeS > 2,
  );
  return errors;
}

/** The fault has been noticed, said, and the same run carries on and matches the undisturbed one. */
async function expectResumed(page: Page, name: string, where: 'worker' | 'page'): Promise<void> {
  const status = page.getByTestId('sim-health');
  await poll(
    'the recovery message',
    async () => status.getAttribute('data-phase').catch(() => null),
    (p) => p === 'resumed',
  );
  expect(await status.getAttribute('role')).toBe('status');
  const text = await status.innerText();
  expect(text).toMatch(
    where === 'page' ? /now runs in this page/ : /was restarted and carried on from there/,
  );
  expect(text).toContain('Nothing you changed was lost.');
  const stoppedAtS = Number(await status.getAttribute('data-at-s'));
  expect(stoppedAtS).toBeGreaterThan(2);
  await poll(
    'the clock past where it stopped',
    () => position(page),
    (p) => p.timeS > stoppedAtS + 1,
  );
  await screenshot(page, `failing-safely-${name}`);
  await page.getByTestId('play-pause').click();
  // Paused: the last snapshot and its report stand still; wait for the position to settle.
  let at = await position(page);
  at = await poll(
    'the paused position',
    () => position(page),
    (p) => {
      const same = p.events === at.events && p.timeS === at.timeS;
      at = p;
      return same;
    },
    10_000,
    300,
  );
  const expected = expectedSummary(at);
  await poll(
    'the summary to equal the undisturbed run at the same position',
    () => summaryTexts(page),
    (shown) =>
      Object.entries(expected).every(([id, parts]) => parts.every((part) => shown[id]?.includes(part))),
    10_000,
  );
}

describe('failing safely: the worker is watched', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function newPage(): Promise<Page> {
    // No service worker: the offline cache (docs/classroom.md) would serve the worker script from
    // its copy, and these tests are about what the network or the browser refuses.
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    await page.addInitScript(CAPTURE_WORKERS);
    return page;
  }

  it('resumes the same run when the worker is terminated', async () => {
    const page = await newPage();
    const errors = await startRun(page);
    await page.evaluate(() => (window as unknown as { __workers: Worker[] }).__workers.at(-1)!.terminate());
    await expectResumed(page, 'terminated', 'worker');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('resumes the same run when the worker closes itself', async () => {
    const page = await newPage();
    await page.route(WORKER_SCRIPT, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: WORKER_PRELUDE + (await response.text()) });
    });
    const errors = await startRun(page);
    await page.evaluate(() =>
      (window as unknown as { __workers: Worker[] }).__workers.at(-1)!.postMessage({ type: 'test-close' }),
    );
    await expectResumed(page, 'closed', 'worker');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('resumes the same run when the worker hangs (2 s of silence)', async () => {
    const page = await newPage();
    await page.route(WORKER_SCRIPT, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: WORKER_PRELUDE + (await response.text()) });
    });
    const errors = await startRun(page);
    await page.evaluate(() =>
      (window as unknown as { __workers: Worker[] }).__workers.at(-1)!.postMessage({ type: 'test-hang' }),
    );
    await poll(
      'the restarting message',
      () =>
        page
          .getByTestId('sim-health')
          .innerText()
          .catch(() => ''),
      (t) => /stopped responding/.test(t),
    );
    await expectResumed(page, 'hung', 'worker');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('falls back to the page when the worker script cannot load, and resumes the run there', async () => {
    const page = await newPage();
    const errors = await startRun(page);
    // From now on the script is gone (a 404), then the worker dies: no new worker can start.
    await page.route(WORKER_SCRIPT, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.evaluate(() => (window as unknown as { __workers: Worker[] }).__workers.at(-1)!.terminate());
    await expectResumed(page, 'script-404', 'page');
    expect(await page.getByTestId('sim-health').innerText()).toMatch(
      /could not start the simulation in the background/,
    );
    // The browser logs the failed load itself; nothing else may go wrong.
    expect(errors.filter((e) => !/404|Failed to load resource|sim-worker/.test(e))).toEqual([]);
    await page.close();
  });

  it('runs in the page, with a message, when the Worker constructor throws (no blank page)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(
      `window.Worker = function Worker() { throw new DOMException('Workers are blocked here', 'SecurityError'); };`,
    );
    const errors = await openApp(page, `#v=1&preset=full&seed=${SEED}`);
    const status = page.getByTestId('sim-health');
    await poll(
      'the fallback message',
      () => status.getAttribute('data-phase').catch(() => null),
      (p) => p === 'resumed',
    );
    expect(await status.innerText()).toMatch(
      /could not start the simulation in the background at 0\.0 s\. It now runs in this page/,
    );
    await poll(
      'the clock to move',
      () => position(page),
      (p) => p.timeS > 1,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
