/**
 * Compare mode in a real browser (DESIGN.md section 9): open Compare, change B's balancing
 * algorithm, read the live difference table and the inspector's overlaid A/B charts, copy the link,
 * reopen it in a fresh context and get the same figures at the same simulated instant.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { appUrl, launchBrowser, openApp, pauseAtStart, poll, screenshot, SCREENSHOT_DIR } from './browser.ts';

const STEPS = 30;
// Three servers behind a balancer that probes every second (out after 2), no scheduled crash.
const SERVER_DIES =
  '#v=1&preset=server-dies&seed=1&lb.healthCheck.interval=1&lb.healthCheck.unhealthyThreshold=2' +
  '&lb.healthCheck.healthyThreshold=2&fault=none';

/** Steps both sides from t = 0 and returns the difference table once its figures stop changing. */
async function stepAndReadTable(page: Page): Promise<string> {
  for (let i = 0; i < STEPS; i++) await page.getByTestId('step').click();
  const want = `${(STEPS * 0.1).toFixed(1)} s`;
  for (const side of ['A', 'B']) {
    await poll(
      `side ${side} at ${want}`,
      () => page.getByTestId(`pane-${side}-clock`).innerText(),
      (t) => t === want,
    );
  }
  let last = '';
  await poll(
    'the difference table to settle',
    () => page.getByTestId('difference-table').locator('table').innerText(),
    (now) => {
      const stable = now === last && !now.includes('–\t–');
      last = now;
      return stable;
    },
    20_000,
    400,
  );
  return last;
}

describe('compare mode', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('compares B’s algorithm with A’s on the same requests, live, and the link reopens it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(appUrl()).origin,
    });
    const page = await context.newPage();
    const errors = await openApp(page, '#v=1&preset=full&seed=3');
    await pauseAtStart(page);

    await page.getByTestId('compare-toggle').click();
    await page.getByTestId('compare-view').waitFor();
    expect(await page.getByTestId('compare-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('same-requests').innerText()).toContain('Same requests in A and B');
    expect(await page.getByTestId('target-B').getAttribute('aria-checked')).toBe('true');

    // The parameters panel acts on B (the target): change the balancer's algorithm there.
    await page.getByTestId('toggle-params').click();
    const algorithm = page.locator('#fs-side').getByLabel('Algorithm', { exact: false }).first();
    await algorithm.selectOption('least-connections');
    await poll(
      'B’s change to be shown',
      () => page.getByTestId('compare-changes').innerText(),
      (t) => t.includes('lb.algorithm=least-connections'),
    );
    // A was not touched: switch the target to A and read its algorithm.
    await page.getByTestId('target-A').click();
    expect(
      await page.locator('#fs-side').getByLabel('Algorithm', { exact: false }).first().inputValue(),
    ).toBe('round-robin');
    await page.getByTestId('target-B').click();
    expect(await page.getByTestId('same-requests').innerText()).toContain('Same requests');

    await page.getByTestId('reset').click();
    const table = await stepAndReadTable(page);
    expect(table).toContain('Mobile app');
    expect(table).toContain('Load balancer');
    expect(table).toMatch(/p99\t[\d.]+ m?s\t[\d.]+ m?s/);
    await screenshot(page, 'compare-1280x800');

    // The inspector of a node on side B overlays A and B in its charts.
    await page.getByTestId('pane-B').locator('.react-flow__node[data-id="catalog"]').click();
    const throughput = page.getByTestId('chart-throughput');
    await throughput.waitFor();
    await poll(
      'the overlay line',
      () => throughput.locator('path[data-series="overlay"]').count(),
      (n) => n > 0,
    );
    expect(await throughput.innerText()).toMatch(/B throughput[\s\S]*A throughput/);
    expect(await page.getByTestId('chart-latency').innerText()).toMatch(/B p99[\s\S]*A p99/);
    await screenshot(page, 'compare-inspector-1280x800');
    await page.getByRole('button', { name: 'Close inspector' }).click();

    // The link carries both sides; a fresh context opens the same comparison.
    await page.getByTestId('copy-link').click();
    // The link is written once its codec has loaded: wait for the clipboard to hold it.
    const link = await poll(
      'the copied link',
      () => page.evaluate(() => navigator.clipboard.readText()),
      (text) => text.includes('#v=1'),
    );
    expect(link).toContain('#v=1&preset=full&seed=3&compare=1&B.lb.algorithm=least-connections');
    expect(errors).toEqual([]);
    await context.close();

    const fresh = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const again = await fresh.newPage();
    const againErrors = await openApp(again, link.slice(link.indexOf('#')));
    await again.getByTestId('compare-view').waitFor();
    await pauseAtStart(again);
    expect(await again.getByTestId('compare-changes').innerText()).toContain(
      'lb.algorithm=least-connections',
    );
    const reopened = await stepAndReadTable(again);
    expect(reopened).toBe(table);
    await screenshot(again, 'compare-1920x1080');
    expect(againErrors).toEqual([]);
    await fresh.close();
  });

  it('stacks A over B on a phone, warns when a client changes, and leaving keeps the chosen side', async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const errors = await openApp(page, '#v=1&preset=queue-30-vs-5&seed=1&compare=1&B.producer.rate=20');
    await page.getByTestId('compare-view').waitFor();
    expect(await page.getByTestId('same-requests').innerText()).toContain(
      'Not the same requests: B changed producer',
    );
    const [a, b] = [
      await page.getByTestId('pane-A').boundingBox(),
      await page.getByTestId('pane-B').boundingBox(),
    ];
    expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height - 1);
    await screenshot(page, 'compare-375x812');

    if (!(await page.getByTestId('compare-toggle').isVisible()))
      await page.getByTestId('topbar-more').click();
    await page.getByTestId('compare-toggle').click();
    await page.getByTestId('keep-B').click();
    await poll(
      'compare mode to end',
      () => page.getByTestId('compare-view').count(),
      (n) => n === 0,
    );
    await poll(
      'the address to hold B alone',
      async () => page.url(),
      (url) => url.includes('producer.rate=20') && !url.includes('compare='),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('B crashes a server A keeps; a pause stops both at one instant; the link and the export hold both', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors = await openApp(page, `${SERVER_DIES}&compare=1`);
    await page.getByTestId('compare-view').waitFor();
    const paneA = page.getByTestId('pane-A');
    const paneB = page.getByTestId('pane-B');
    const seconds = (side: 'A' | 'B') =>
      page.getByTestId(`pane-${side}-clock`).getAttribute('data-seconds').then(Number);
    await poll(
      'the run to start',
      () => seconds('A'),
      (t) => t >= 1,
    );

    // The inspector of B's server crashes B's server only.
    await paneB.locator('.react-flow__node[data-id="app-2"]').click();
    await page.getByTestId('fault-crash-app-2').click();
    await paneB.getByTestId('fault-crashed-app-2').waitFor();
    await poll(
      'B’s balancer to take app-2 out',
      () => paneB.getByTestId('lb-target-lb-app-2').getAttribute('data-state'),
      (state) => state === 'out',
    );
    expect(await paneA.getByTestId('fault-crashed-app-2').count()).toBe(0);
    expect(await paneA.getByTestId('lb-target-lb-app-2').getAttribute('data-state')).not.toBe('out');
    // The summary bar's figures are A's, and it says so.
    expect(await page.getByTestId('summary-side').innerText()).toContain('of A');
    // A fault on a server changes no client: the requests are still the same.
    expect(await page.getByTestId('same-requests').innerText()).toContain('Same requests in A and B');

    // One clock: paused, both sides stand at the same simulated instant, to the last digit.
    await page.getByTestId('play-pause').click();
    let previous = '';
    const instants = await poll(
      'both sides to stop at one instant',
      async () => {
        const now = `${await seconds('A')} ${await seconds('B')}`;
        const settled = now === previous;
        previous = now;
        return { settled, now };
      },
      ({ settled, now }) => settled && now.split(' ')[0] === now.split(' ')[1],
      10_000,
      300,
    );
    expect(Number(instants.now.split(' ')[0])).toBeGreaterThan(1);
    await screenshot(page, 'compare-fault-on-B-1280x800');

    // The link carries B's crash and not A's; a fresh context replays it on B alone.
    const link = new URL(page.url()).hash;
    expect(link).toMatch(/&fault=none&compare=1&B\.fault=crash,app-2,\d+(\.\d{1,3})?$/);
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const again = await fresh.newPage();
    const againErrors = await openApp(again, link);
    await again.getByTestId('compare-view').waitFor();
    await again.getByTestId('pane-B').getByTestId('fault-crashed-app-2').waitFor({ timeout: 30_000 });
    expect(await again.getByTestId('pane-A').getByTestId('fault-crashed-app-2').count()).toBe(0);
    expect(againErrors).toEqual([]);
    await fresh.close();

    // Export in Compare: one picture with both diagrams, each labelled, the caption naming both.
    await page.getByTestId('export-menu').click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    const svg = await readFile((await file.path())!, 'utf8');
    await file.saveAs(path.join(SCREENSHOT_DIR, 'compare-export.svg'));
    const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    // Both diagrams (a label may wrap over two text lines, as on screen), each tagged with its side.
    expect(texts.filter((t) => t === 'balancer' || t === 'Load balancer')).toHaveLength(2);
    expect(texts.filter((t) => t === 'App server 1')).toHaveLength(2);
    // B's crashed server is drawn crashed, A's is not.
    expect(texts.filter((t) => t === 'CRASHED')).toHaveLength(1);
    expect(texts).toEqual(expect.arrayContaining(['A', 'B']));
    expect(texts.find((t) => t.includes('simulated · seed 1'))).toMatch(
      /^When a server dies · A and B compared · t = /,
    );
    await page.getByTestId('export-menu').click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const bytes = new Uint8Array(await readFile((await png.path())!));
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const panesWidth = await page
      .locator('.fs-compare__panes')
      .evaluate((el) => Math.round(el.getBoundingClientRect().width));
    expect(new DataView(bytes.buffer).getUint32(16)).toBeGreaterThanOrEqual(Math.max(1000, panesWidth));
    await png.saveAs(path.join(SCREENSHOT_DIR, 'compare-export.png'));
    expect(errors).toEqual([]);
    await context.close();
  });
});
