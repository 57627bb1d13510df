/**
 * Presenter mode in headless Chromium: at 1920×1080 every text of every node is at least 18 screen
 * px (CSS font size × the graph's zoom, measured on what is rendered), the toolbars give way to one
 * floating bar, and leaving (P, Esc, Exit) restores the layout exactly as it was.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLesson } from '../../src/ui/lessons/index.ts';
import { launchBrowser, openApp, poll, screenshot, stopsMoving } from './browser.ts';

/** How many steps the headline lesson has (the bar shows "Step n/steps"). */
const STEPS = getLesson('queue-30-vs-5')!.steps.length;

const FULL = '#v=1&preset=full&seed=1';

/** The smallest rendered text size among visible node texts, and which text it is. */
function smallestNodeText(page: Page) {
  return page.evaluate(() => {
    let min = Infinity;
    let which = '';
    let count = 0;
    for (const viewport of document.querySelectorAll<HTMLElement>('.react-flow__viewport')) {
      const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport.style.transform)?.[1] ?? 1);
      for (const el of viewport.querySelectorAll<HTMLElement>('.react-flow__node *')) {
        const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
        const box = el.getBoundingClientRect();
        if (!text || box.width <= 1 || box.height <= 1 || getComputedStyle(el).visibility === 'hidden')
          continue;
        count++;
        const px = parseFloat(getComputedStyle(el).fontSize) * zoom;
        if (px < min) {
          min = px;
          which = `${el.className}: ${el.textContent}`;
        }
      }
    }
    return { min, which, count };
  });
}

function layout(page: Page) {
  return page.evaluate(() => {
    const rect = (sel: string) => {
      const r = document.querySelector(sel)?.getBoundingClientRect();
      return r ? [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)] : null;
    };
    const shown = (sel: string) => {
      const el = document.querySelector(sel);
      return !!el && getComputedStyle(el).display !== 'none';
    };
    return {
      graph: rect('.fs-graph'),
      topbar: shown('.fs-topbar'),
      summary: shown('.fs-summary'),
      bar: !!document.querySelector('[data-testid="presenter-bar"]'),
    };
  });
}

describe('presenter mode', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('scales node text to ≥ 18 px at 1920×1080, folds the toolbars into one bar, and P restores the layout', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const errors = await openApp(page, FULL);
    await page.waitForSelector('.react-flow__node');
    const before = await poll(
      'the graph to settle',
      () => layout(page),
      (l) => l.graph !== null,
    );
    const normalText = await smallestNodeText(page);
    expect(before.topbar).toBe(true);

    await page.keyboard.press('p');
    await page.waitForSelector('[data-testid="presenter-bar"]');
    // The view refits to the full screen; wait until node text has its presenter size.
    const text = await poll(
      'node text ≥ 18 px',
      () => smallestNodeText(page),
      (t) => t.count > 50 && t.min >= 18,
    );
    expect(text.min, `smallest node text: ${text.which}`).toBeGreaterThanOrEqual(18);
    expect(text.min).toBeGreaterThan(normalText.min);
    const presenting = await layout(page);
    expect(presenting.topbar).toBe(false);
    expect(presenting.summary).toBe(false);
    expect(presenting.graph?.[2]).toBe(1920);
    // The floating bar has what a lecturer needs and nothing else.
    const bar = page.locator('[data-testid="presenter-bar"]');
    for (const name of ['Pause', 'Step', 'Slower', 'Faster', 'Exit']) {
      expect(await bar.getByRole('button', { name }).count(), name).toBe(1);
    }
    // Space still plays and pauses; the bar says so.
    await page.keyboard.press('Escape');
    await poll(
      'presenter mode to end on Esc',
      () => layout(page),
      (l) => l.topbar && !l.bar,
    );
    await page.keyboard.press('p');
    await page.waitForSelector('[data-testid="presenter-bar"]');
    await stopsMoving(page.getByTestId('presenter-bar'));
    await screenshot(page, 'present-1920x1080');
    await page.keyboard.press('p');
    const after = await poll(
      'the layout to come back',
      () => layout(page),
      (l) => l.topbar && !l.bar,
    );
    expect(after).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works in Compare: both diagrams and the difference table stay, the bar drives both, P restores', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const errors = await openApp(page, '#v=1&preset=full&seed=1&compare=1&B.lb.algorithm=least-connections');
    await page.getByTestId('compare-view').waitFor();
    await page.keyboard.press('p');
    const bar = page.locator('[data-testid="presenter-bar"]');
    await bar.waitFor();
    const shown = await page.evaluate(() =>
      ['pane-A', 'pane-B'].map((id) => {
        const r = document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
        return { width: r.width, height: r.height };
      }),
    );
    // Side by side on a projector, each a real diagram, not a thumbnail.
    for (const pane of shown) {
      expect(pane.width).toBeGreaterThan(700);
      expect(pane.height).toBeGreaterThan(300);
    }
    expect(await page.getByTestId('compare-view').isVisible()).toBe(true);
    // The bar drives both sides: its pause stops A's and B's clocks at one instant (the run
    // behind catches up to the one ahead).
    await bar.getByRole('button', { name: /pause/i }).click();
    const clocks = () =>
      Promise.all([
        page.getByTestId('pane-A-clock').innerText(),
        page.getByTestId('pane-B-clock').innerText(),
      ]);
    let previous = '';
    await poll('both clocks standing still at one instant', clocks, (now) => {
      const same = now.join() === previous;
      previous = now.join();
      return same && now[0] === now[1];
    });
    expect(await bar.getByRole('button', { name: /play/i }).isVisible()).toBe(true);
    expect(await clocks()).toEqual(previous.split(','));
    await screenshot(page, 'classroom-present-compare-1920');
    await page.keyboard.press('p');
    await poll(
      'the top bar back',
      () => page.locator('.fs-topbar').isVisible(),
      (v) => v,
    );
    expect(await bar.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works in a lesson: back/next in the bar move through the steps; Exit restores the layout', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const errors = await openApp(page, '#lesson=queue-30-vs-5&step=fill');
    await page.waitForSelector('[data-testid="lesson-panel"], .fs-lesson', { timeout: 15_000 });
    const before = await layout(page);
    await page.getByRole('button', { name: 'Present' }).click();
    const bar = page.locator('[data-testid="presenter-bar"]');
    await bar.waitFor();
    expect(await bar.innerText()).toContain(`Step 1/${STEPS}`);
    await page.click('[data-testid="present-lesson-next"]');
    await poll(
      'step 2',
      () => bar.innerText(),
      (t) => t.includes(`Step 2/${STEPS}`),
    );
    await poll(
      'the second step link',
      () => page.evaluate(() => location.hash),
      (h) => h.includes('lesson=queue-30-vs-5&step=') && !h.includes('step=fill'),
    );
    const text = await poll(
      'node text ≥ 18 px',
      () => smallestNodeText(page),
      (t) => t.count > 5 && t.min >= 18,
    );
    expect(text.min).toBeGreaterThanOrEqual(18);
    await screenshot(page, 'present-lesson-1920x1080');
    await page.click('[data-testid="present-lesson-back"]');
    await poll(
      'step 1',
      () => bar.innerText(),
      (t) => t.includes(`Step 1/${STEPS}`),
    );
    await page.click('[data-testid="present-exit"]');
    const after = await poll(
      'the layout to come back',
      () => layout(page),
      (l) => l.topbar && !l.bar,
    );
    expect(after).toEqual(before);
    // Focus returns to the button that opened presenter mode.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Present');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is listed in the keyboard help and fits a laptop and a phone', async () => {
    for (const [width, height] of [
      [1280, 800],
      [375, 812],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height } });
      const errors = await openApp(page, FULL);
      await page.waitForSelector('.react-flow__node');
      if (width === 1280) {
        await page.keyboard.press('?');
        const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
        expect(await help.innerText()).toMatch(/P\s+Presenter mode/);
        await page.keyboard.press('Escape');
      }
      await page.keyboard.press('p');
      const bar = page.locator('[data-testid="presenter-bar"]');
      await bar.waitFor();
      const box = await bar.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width && box.y + box.height <= height).toBe(true);
      await stopsMoving(bar);
      await screenshot(page, `present-${width}x${height}`);
      await page.click('[data-testid="present-exit"]');
      await poll(
        'the top bar',
        () => page.locator('.fs-topbar').isVisible(),
        (v) => v,
      );
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
