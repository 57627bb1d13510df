import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot } from './browser.ts';

describe('the built app in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads, shows Flowscope and logs no console error or page error', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = await openApp(page);

    await expect(page.title()).resolves.toMatch(/Flowscope/);
    expect(await page.locator('#root').isVisible()).toBe(true);
    expect(await page.locator('#root').innerText()).toContain('Flowscope');

    // Let effects, the worker and the first frames run before judging the console.
    await page.waitForFunction(() => {
      const clock = document.querySelector('[data-testid="sim-time"]')?.textContent ?? '';
      return Number(/([\d.]+)\s*s/.exec(clock)?.[1] ?? 0) >= 1;
    });
    await screenshot(page, 'smoke');
    expect(errors).toEqual([]);
    await page.close();
  });
});
