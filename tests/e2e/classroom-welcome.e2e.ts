/**
 * The first minute in headless Chromium: a first visit with no link offers the headline lesson,
 * the full architecture and the other presets; dismissing it is remembered across a reload; a
 * visit that opens a link is not interrupted; and the headline lesson is one click away in the
 * top bar.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, nextFrames, openApp, poll, screenshot } from './browser.ts';

/**
 * Waits until a welcome card that was going to appear would be on screen: whether to show it is
 * decided at the first render, and its code arrives as a chunk. Once the network is idle every
 * chunk asked for has arrived, and React shows what it was waiting for on the next frames.
 */
async function cardWouldBeShown(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await nextFrames(page, 3);
}

describe('the first minute', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('offers where to start once, and remembers its dismissal across a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = await openApp(page, undefined, { firstVisit: true });
    const welcome = page.locator('[data-testid="welcome"]');
    await welcome.waitFor();
    expect(await welcome.getByRole('heading').innerText()).toBe('Where to start');
    expect(await welcome.getByRole('button', { name: /Take the lesson: 30 in, 5 out/ }).isVisible()).toBe(
      true,
    );
    expect(await welcome.getByRole('button', { name: /Watch the full architecture/ }).isVisible()).toBe(true);
    for (const id of ['monolith', 'microservices', 'orchestration', 'queue-30-vs-5']) {
      expect(await page.locator(`[data-testid="welcome-preset-${id}"]`).isVisible(), id).toBe(true);
    }
    // The lesson button has focus, so Enter takes the lesson.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'welcome-lesson',
    );
    await screenshot(page, 'welcome-1280x800');
    await page.click('[data-testid="welcome-close"]');
    expect(await welcome.count()).toBe(0);
    await page.goto(page.url().split('#')[0]);
    await page.waitForSelector('.react-flow__node');
    await cardWouldBeShown(page);
    expect(await welcome.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts the headline lesson from the card, and a preset from its button', async () => {
    for (const [choice, expectHash] of [
      ['welcome-lesson', /#lesson=queue-30-vs-5&step=fill/],
      ['welcome-preset-monolith', /#v=1&preset=monolith&seed=/],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
      const page = await context.newPage();
      const errors = await openApp(page, undefined, { firstVisit: true });
      await page.locator('[data-testid="welcome"]').waitFor();
      if (choice === 'welcome-lesson') await screenshot(page, 'welcome-375x812');
      await page.click(`[data-testid="${choice}"]`);
      await poll(
        'the address',
        () => page.evaluate(() => location.hash),
        (h) => expectHash.test(h),
      );
      if (choice === 'welcome-lesson') await page.locator('[data-testid="lesson-panel"]').waitFor();
      expect(await page.locator('[data-testid="welcome"]').count()).toBe(0);
      expect(await page.evaluate(() => localStorage.getItem('flowscope.welcomed'))).toBe('1');
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('does not interrupt a shared link, and keeps the headline lesson one click away', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const errors = await openApp(page, '#v=1&preset=orchestration&seed=2', { firstVisit: true });
    await page.waitForSelector('.react-flow__node');
    await cardWouldBeShown(page);
    expect(await page.locator('[data-testid="welcome"]').count()).toBe(0);
    await page.click('[data-testid="headline-lesson"]');
    await page.locator('[data-testid="lesson-panel"]').waitFor();
    await poll(
      'the lesson link',
      () => page.evaluate(() => location.hash),
      (h) => h.startsWith('#lesson=queue-30-vs-5'),
    );
    await screenshot(page, 'headline-lesson-1920x1080');
    expect(errors).toEqual([]);
    await context.close();
  });
});
