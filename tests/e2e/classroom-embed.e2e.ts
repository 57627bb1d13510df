/**
 * The embed view (`&embed=1`) in headless Chromium: only the graph, play/pause, the clock and an
 * "Open in Flowscope" link; no scrollbars from 320×240 to full width; the open link is the same
 * scenario without the flag, in a new tab; and the app's "Copy embed code" gives an iframe that
 * really embeds it in another page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openApp, poll, screenshot } from './browser.ts';

const LINK = '#v=1&preset=queue-30-vs-5&seed=7&consumer.workers=2';

function overflow(page: Page) {
  return page.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    return {
      x: doc.scrollWidth - doc.clientWidth,
      y: doc.scrollHeight - doc.clientHeight,
      innerX: window.innerWidth - doc.clientWidth,
    };
  });
}

const clock = (page: Page) => page.locator('[data-testid="sim-time"]').innerText();

describe('embed mode', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [width, height] of [
    [640, 360],
    [320, 240],
    [1280, 800],
  ] as const) {
    it(`fits ${width}×${height} without scrolling and shows only the graph, play/pause, clock and link`, async () => {
      const page = await browser.newPage({ viewport: { width, height } });
      const errors = await openApp(page, `${LINK}&embed=1`);
      await page.waitForSelector('[data-testid="embed"] .react-flow__node');
      // It runs: the clock moves.
      const first = await clock(page);
      await poll(
        'the clock to move',
        () => clock(page),
        (t) => t !== first,
      );
      expect(await overflow(page)).toEqual({ x: 0, y: 0, innerX: 0 });
      // Only the graph and its bar: no top bar, side panel, summary, editing or teaching tools.
      for (const sel of [
        '.fs-topbar',
        '.fs-side',
        '.fs-summary',
        '[data-testid="trace-next"]',
        '.react-flow__controls',
      ]) {
        expect(await page.locator(sel).filter({ visible: true }).count(), sel).toBe(0);
      }
      const nodes = await page.locator('.react-flow__node').count();
      expect(nodes).toBe(4);
      // Every node is inside the frame (the graph was fitted to it).
      const inside = await page.evaluate(
        ([w, h]) =>
          [...document.querySelectorAll('.react-flow__node')].every((n) => {
            const r = n.getBoundingClientRect();
            return r.left >= 0 && r.top >= 0 && r.right <= w && r.bottom <= h;
          }),
        [width, height],
      );
      expect(inside).toBe(true);
      const open = page.locator('[data-testid="open-in-flowscope"]');
      expect(await open.isVisible()).toBe(true);
      expect(await open.getAttribute('target')).toBe('_blank');
      expect(await open.getAttribute('rel')).toContain('noopener');
      expect(await open.getAttribute('href')).toBe(appUrl(LINK));
      // The frame's own address keeps the flag (a reload stays an embed).
      expect(await page.evaluate(() => location.hash)).toBe(`${LINK}&embed=1`);
      // Play/pause.
      await page.click('[data-testid="play-pause"]');
      expect(await page.locator('[data-testid="play-pause"]').getAttribute('aria-label')).toBe('Play');
      await screenshot(page, `embed-${width}x${height}`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('honours reduced motion: the legend says moving dots are hidden', async () => {
    const context = await browser.newContext({
      viewport: { width: 640, height: 360 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const errors = await openApp(page, `${LINK}&embed=1`);
    await page.waitForSelector('[data-testid="embed"] .react-flow__node');
    await poll(
      'the reduced-motion legend note',
      () =>
        page
          .locator('.fs-legend')
          .innerText()
          .catch(() => ''),
      (t) => t.includes('Reduced motion'),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"Copy embed code" gives an iframe with a title, size and lazy loading that embeds the scenario', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    const errors = await openApp(page, LINK);
    await page.waitForSelector('.react-flow__node');
    await page.click('[data-testid="export-menu"]');
    await page.click('[data-testid="copy-embed"]');
    const code = await page.locator('[data-testid="embed-code"]').inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(code).toMatch(
      /^<iframe src="[^"]+" title="Flowscope: [^"]+" width="800" height="450" .*loading="lazy".*><\/iframe>$/,
    );
    const src = /src="([^"]+)"/.exec(code)![1].replaceAll('&#38;', '&');
    expect(src).toBe(`${appUrl(LINK)}&embed=1`);
    // "Copy link" never carries the flag.
    expect(await page.evaluate(() => location.href)).not.toContain('embed');

    // The snippet works in another page.
    const host = await context.newPage();
    await host.setContent(`<!doctype html><title>Course page</title><h1>Queues</h1>${code}`);
    const frame = host.frameLocator('iframe');
    await frame.locator('[data-testid="embed"] .react-flow__node').first().waitFor({ timeout: 20_000 });
    expect(await frame.locator('[data-testid="open-in-flowscope"]').getAttribute('href')).toBe(appUrl(LINK));
    await screenshot(host, 'embed-in-host-page');
    expect(errors).toEqual([]);
    await context.close();
  });
});
