/**
 * The UI kit in a real browser (src/ui/kit/): every dialog and menu opens from the keyboard,
 * closes with Escape, and hands focus back to the control that opened it; Tab stays inside an
 * open dialog; the help lists the shortcut registry. Screenshots at 1280×800, 1920×1080, 375×812.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, poll, screenshot } from './browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function fresh(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  return context.newPage();
}

/** What has focus: its test id, else its accessible label, else its tag. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('data-testid') ?? el?.getAttribute('aria-label') ?? el?.tagName ?? 'none';
  });
}

/** Whether focus is inside the open modal dialog. */
function focusInDialog(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.closest('dialog[open]') != null);
}

const openDialogs = (page: Page) => page.locator('dialog[open]').count();

/** Focuses `opener` (by test id or label), presses Enter, and waits for the dialog `dialogTestId`. */
async function openWithKeyboard(page: Page, opener: string, dialogTestId: string): Promise<void> {
  const target = page.locator(`[data-testid="${opener}"], [aria-label="${opener}"]`).first();
  await target.focus();
  await page.keyboard.press('Enter');
  await page.getByTestId(dialogTestId).waitFor({ state: 'visible' });
  await poll(
    'focus to move into the dialog',
    () => focusInDialog(page),
    (inside) => inside,
    5_000,
  );
}

/** Escape closes the dialog, and focus is on `opener` again. */
async function closeAndExpectFocus(page: Page, opener: string): Promise<void> {
  await page.keyboard.press('Escape');
  await poll(
    'the dialog to close',
    () => openDialogs(page),
    (n) => n === 0,
    5_000,
  );
  await poll(
    `focus back on ${opener}`,
    () => focused(page),
    (f) => f === opener,
    5_000,
  );
}

describe('the UI kit in Chromium', () => {
  it('each dialog opens from the keyboard, keeps Tab inside, and Escape hands focus back to its opener', async () => {
    const page = await fresh(1280, 800);
    const errors = await openApp(page, '?preset=monolith');
    await page.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }),
    );

    // Help, from the ? button; Tab cycles inside (twenty presses never leave it).
    await openWithKeyboard(page, 'Keyboard shortcuts', 'help');
    const rows = await page.getByTestId('help').locator('tr').count();
    expect(rows).toBeGreaterThanOrEqual(14);
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab');
      expect(await focusInDialog(page)).toBe(true);
    }
    await screenshot(page, 'kit-help-1280');
    await closeAndExpectFocus(page, 'Keyboard shortcuts');

    // Glossary: Escape in a search box with text clears it first, the next Escape closes.
    await openWithKeyboard(page, 'open-glossary', 'glossary');
    await page.keyboard.type('queue');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('glossary-search').inputValue()).toBe('');
    expect(await openDialogs(page)).toBe(1);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog(page)).toBe(true);
    }
    await closeAndExpectFocus(page, 'open-glossary');

    // Lessons.
    await openWithKeyboard(page, 'open-lessons', 'lessons-menu');
    await closeAndExpectFocus(page, 'open-lessons');

    // Copy link without a clipboard: the link, selected, in a dialog.
    await openWithKeyboard(page, 'copy-link', 'copy-fallback');
    expect(await page.getByTestId('copy-fallback').locator('input').inputValue()).toBe(page.url());
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fs-sharebar-url');
    await closeAndExpectFocus(page, 'copy-link');

    // Paste, from the File menu: focus comes back to the File button (the item is gone).
    await page.getByTestId('file-menu').focus();
    await page.keyboard.press('Enter');
    await poll(
      'the first File item focused',
      () => focused(page),
      (f) => f === 'download-scenario',
      5_000,
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('paste-scenario');
    await page.keyboard.press('Enter');
    await page.getByTestId('paste-dialog').waitFor({ state: 'visible' });
    await poll(
      'the text area focused',
      () => focused(page),
      (f) => f === 'paste-text',
      5_000,
    );
    await closeAndExpectFocus(page, 'file-menu');

    // A modal holds the page: L and Space do nothing while one is open.
    await openWithKeyboard(page, 'open-lessons', 'lessons-menu');
    const before = await page.getByTestId('play-pause').innerText();
    await page.keyboard.press('l');
    expect(await page.getByTestId('copy-fallback').count()).toBe(0);
    expect(await page.getByTestId('play-pause').innerText()).toBe(before);
    await closeAndExpectFocus(page, 'open-lessons');

    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaving compare asks in a dialog that hands focus back to Compare', async () => {
    const page = await fresh(1280, 800);
    const errors = await openApp(page, '?preset=monolith');
    await page.getByTestId('compare-toggle').click();
    await page.getByTestId('compare-bar').waitFor();
    await openWithKeyboard(page, 'compare-toggle', 'compare-leave');
    expect(await focused(page)).toBe('keep-A');
    await closeAndExpectFocus(page, 'compare-toggle');
    expect(await page.getByTestId('compare-bar').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('each menu opens from the keyboard; arrows, Home and End move; Escape hands focus back', async () => {
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      const page = await fresh(width, height);
      const errors = await openApp(page, '?preset=monolith');
      for (const button of ['file-menu', 'add-node', 'presets-menu']) {
        await page.getByTestId(button).focus();
        await page.keyboard.press('ArrowDown');
        await page.getByRole('menu').waitFor();
        const first = await page.getByRole('menuitem').first().getAttribute('data-testid');
        await poll(
          `${button}: first item focused`,
          () => focused(page),
          (f) => f === first,
          5_000,
        );
        expect(await page.getByTestId(button).getAttribute('aria-expanded')).toBe('true');
        expect(await page.getByRole('menu').count()).toBe(1);
        await page.keyboard.press('End');
        const atEnd = await focused(page);
        await page.keyboard.press('ArrowDown');
        expect(await focused(page)).toBe(first);
        await page.keyboard.press('ArrowUp');
        expect(await focused(page)).toBe(atEnd);
        await page.keyboard.press('Home');
        expect(await focused(page)).toBe(first);
        if (button === 'presets-menu' && width === 1280) await screenshot(page, 'kit-presets-menu-1280');
        if (button === 'file-menu' && width === 1920) await screenshot(page, 'kit-file-menu-1920');
        await page.keyboard.press('Escape');
        await poll(
          `${button} closed`,
          () => page.getByRole('menu').count(),
          (n) => n === 0,
          5_000,
        );
        expect(await focused(page)).toBe(button);
        expect(await page.getByTestId(button).getAttribute('aria-expanded')).toBe('false');
      }
      // A click outside closes a menu.
      await page.getByTestId('add-node').click();
      await page.getByRole('menu').waitFor();
      await page.mouse.click(width / 2, height - 40);
      await poll(
        'the menu closed by a click outside',
        () => page.getByRole('menu').count(),
        (n) => n === 0,
        5_000,
      );
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('on a phone, a dialog opened from behind More shows, and focus returns to its opener', async () => {
    const page = await fresh(375, 812);
    const errors = await openApp(page, '?preset=monolith');
    await page.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }),
    );
    await page.getByTestId('topbar-more').click();
    await openWithKeyboard(page, 'copy-link', 'copy-fallback');
    const box = await page.getByTestId('copy-fallback').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    await screenshot(page, 'kit-copy-fallback-375');
    await closeAndExpectFocus(page, 'copy-link');
    await page.getByTestId('presets-menu').focus();
    await page.keyboard.press('Enter');
    await poll(
      'the presets menu open',
      () => page.getByRole('menu').count(),
      (n) => n === 1,
      5_000,
    );
    await screenshot(page, 'kit-presets-menu-375');
    await page.keyboard.press('Escape');
    await poll(
      'focus back on Presets',
      () => focused(page),
      (f) => f === 'presets-menu',
      5_000,
    );
    await openWithKeyboard(page, 'open-glossary', 'glossary');
    await screenshot(page, 'kit-glossary-375');
    await closeAndExpectFocus(page, 'open-glossary');
    expect(errors).toEqual([]);
    await page.close();
  });
});
