/**
 * Installable and offline in headless Chromium: the manifest and its icons are served, the service
 * worker precaches the built site on the first visit, and with the network cut a reload opens the
 * app and the simulation runs (its worker script comes from the cache too).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openApp, poll, screenshot } from './browser.ts';

describe('offline and installable', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has a web app manifest with 192 px and 512 px PNG icons', async () => {
    const page = await browser.newPage();
    const errors = await openApp(page, '#v=1&preset=monolith&seed=1');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifestUrl = new URL(href!, appUrl()).href;
    const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), manifestUrl);
    expect(manifest.name).toMatch(/Flowscope/);
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('./');
    const sizes = (manifest.icons as { sizes: string; type: string; src: string }[]).map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons as { src: string; sizes: string }[]) {
      const info = await page.evaluate(async (url) => {
        const response = await fetch(url);
        const bytes = new Uint8Array(await response.arrayBuffer());
        const view = new DataView(bytes.buffer);
        return { ok: response.ok, png: bytes[1] === 0x50 && bytes[2] === 0x4e, w: view.getUint32(16) };
      }, new URL(icon.src, manifestUrl).href);
      expect(info.ok && info.png, icon.src).toBe(true);
      expect(`${info.w}x${info.w}`).toBe(icon.sizes);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens and runs with no network after the first visit', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await openApp(page, '#v=1&preset=queue-30-vs-5&seed=3');
    // The first visit installs the service worker, which precaches every built file.
    await poll(
      'the service worker to be active',
      () =>
        page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none'),
      (state) => state === 'activated',
      30_000,
    );
    // It takes charge of this first page (clientsClaim), so even its lazy parts load offline.
    await poll(
      'the page to be controlled',
      () => page.evaluate(() => navigator.serviceWorker.controller !== null),
      (controlled) => controlled,
    );
    await context.setOffline(true);
    expect(
      await page.evaluate(() =>
        fetch('https://example.com/').then(
          () => 'online',
          () => 'offline',
        ),
      ),
    ).toBe('offline');
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('.react-flow__node', { timeout: 20_000 });
    const clock = () => page.locator('[data-testid="sim-time"]').innerText();
    const first = await clock();
    await poll('the simulation to run offline', clock, (t) => t !== first && !/^Time\s*0(\.0)? s$/.test(t));
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.locator('.react-flow__node').count()).toBe(4);
    await screenshot(page, 'offline-reload');
    await context.close();
  });
});
