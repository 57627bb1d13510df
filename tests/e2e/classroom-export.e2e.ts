/**
 * Export in headless Chromium: the PNG and SVG of the diagram as it stands (live figures and dots
 * included; SVG text stays text), and recorded clips: a 10 s GIF of `full` (frames, length and a
 * size fit for chat) and a WebM, with progress and a working Cancel.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, nextFrames, openApp, poll, screenshot, SCREENSHOT_DIR } from './browser.ts';
import { readGifInfo } from './gif-info.ts';

const FULL = '#v=1&preset=full&seed=1';

async function download(page: Page, testId: string, timeoutMs = 30_000) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: timeoutMs }),
    page.click(testId),
  ]);
  const saved = path.join(SCREENSHOT_DIR, `export-${file.suggestedFilename()}`);
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(saved)), saved };
}

describe('export', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page = await context.newPage();
    errors = await openApp(page, FULL);
    await page.waitForSelector('.react-flow__node');
    // Let requests fill the diagram so there are live figures and dots to export.
    await poll(
      'two simulated seconds',
      () => page.locator('[data-testid="sim-time"]').innerText(),
      (t) => {
        const s = Number(/([\d.]+)\s*s/.exec(t)?.[1] ?? 0);
        return s >= 2;
      },
    );
  });

  afterAll(async () => {
    expect(errors).toEqual([]);
    await browser?.close();
  });

  it('exports a PNG at least 1,000 px wide, twice the graph on screen', async () => {
    const graphWidth = await page
      .locator('.fs-graph')
      .evaluate((el) => Math.round(el.getBoundingClientRect().width));
    await page.click('[data-testid="export-menu"]');
    const png = await download(page, '[data-testid="export-png"]');
    expect(png.name).toMatch(/^high-level-design-t\d+s\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.bytes.buffer, png.bytes.byteOffset);
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    expect(width).toBeGreaterThanOrEqual(1000);
    expect(width).toBe(graphWidth * 2);
    expect(height).toBeGreaterThan(500);
    // A diagram, not a blank: the file is far larger than a flat image of this size would be.
    expect(png.bytes.length).toBeGreaterThan(50_000);
  });

  it('exports an SVG whose text is text, with the live figures, the caption and the dots', async () => {
    await page.click('[data-testid="play-pause"]');
    // Paused: the last snapshot in flight may still land; wait until the clock stands still.
    let previous = '';
    await poll(
      'the clock to stop',
      async () => {
        const now = await page.locator('[data-testid="sim-time"]').innerText();
        const still = now === previous;
        previous = now;
        return still;
      },
      (still) => still,
      10_000,
      300,
    );
    const shown = await page.evaluate(() => ({
      gateway: document.querySelector('[data-testid="node-gateway-1"]')?.textContent ?? '',
      time: document.querySelector('[data-testid="sim-time"]')?.textContent ?? '',
    }));
    await page.click('[data-testid="export-menu"]');
    const svg = await download(page, '[data-testid="export-svg"]');
    const text = new TextDecoder().decode(svg.bytes);
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(text).not.toContain('foreignObject');
    const texts = [...text.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts.length).toBeGreaterThan(100);
    // A label may wrap over two lines of text, as on screen: look for it in the text read in order.
    const allText = texts.join(' ').replace(/\s+/g, ' ');
    for (const label of ['Mobile app', 'Load balancer', 'API gateway 1', 'Order jobs', 'Payments']) {
      expect(allText, label).toContain(label);
    }
    // Live figures: the rates on the edges and the gateway's accepted rate, as on screen (paused).
    expect(texts.filter((t) => /^\d+(\.\d)?\/s$/.test(t)).length).toBeGreaterThan(10);
    const accepted = /Accepted\s*([\d.]+\/s)/.exec(shown.gateway)?.[1];
    expect(accepted).toBeTruthy();
    expect(texts).toContain(accepted);
    // The caption names the scenario, the simulated time on screen and the seed.
    const seconds = /([\d.]+)\s*s/.exec(shown.time)?.[1];
    expect(texts.find((t) => t.startsWith('High-level design'))).toContain(
      `t = ${seconds} s simulated · seed 1`,
    );
    // The dots: the particle canvas as an image layer.
    expect(text).toMatch(/<image [^>]*href="data:image\/png;base64,/);
    await page.click('[data-testid="play-pause"]');
    // Look at it as an image: the SVG file rendered on its own.
    const viewer = await context.newPage();
    await viewer.setViewportSize({ width: 1280, height: 760 });
    await viewer.setContent(`<!doctype html><body style="margin:0">${text}</body>`);
    await screenshot(viewer, 'export-svg-rendered');
    await viewer.close();
  });

  it('records a 10 s GIF of the full architecture with progress, small enough for chat', async () => {
    await page.click('[data-testid="export-menu"]');
    await page.click('[data-testid="export-clip"]');
    await page.getByLabel('10 s', { exact: true }).check();
    const started = Date.now();
    const done = page.waitForEvent('download', { timeout: 60_000 });
    await page.click('[data-testid="clip-start"]');
    const progress = page.locator('[data-testid="clip-progress"]');
    await poll(
      'progress past 2 s',
      () => progress.innerText().catch(() => ''),
      (t) => /Recording [2-9]\.\d of 10 s/.test(t),
    );
    await screenshot(page, 'export-recording');
    const file = await done;
    const saved = path.join(SCREENSHOT_DIR, `export-${file.suggestedFilename()}`);
    await file.saveAs(saved);
    const bytes = new Uint8Array(readFileSync(saved));
    const info = readGifInfo(bytes);
    // Recorded on the wall clock: it took at least its length, and its frames last 10 s in all
    // (each frame's delay is the time it was on screen, rounded to the GIF's 10 ms unit).
    expect(Date.now() - started).toBeGreaterThanOrEqual(10_000);
    expect(info.durationMs).toBeGreaterThanOrEqual(9_800);
    expect(info.durationMs).toBeLessThanOrEqual(10_300);
    // At least 2 frames a second even on this shared 2-core machine (10 are asked for).
    expect(info.frames).toBeGreaterThanOrEqual(20);
    expect(info.width).toBeGreaterThanOrEqual(640);
    expect(bytes.length).toBeLessThan(8_000_000);
    expect(await page.locator('[data-testid="clip-done"]').innerText()).toMatch(
      /Saved .*\.gif \([\d.]+ MB\)/,
    );
    console.log(
      `GIF: ${info.frames} frames, ${info.width}×${info.height}, ${info.durationMs} ms, ${bytes.length} bytes`,
    );
  });

  it('records a WebM where the browser can, and Cancel stops a recording without a file', async () => {
    await page.getByLabel(/WebM video/).check();
    await page.getByLabel('5 s', { exact: true }).check();
    const webm = page.waitForEvent('download', { timeout: 60_000 });
    await page.click('[data-testid="clip-start"]');
    const file = await webm;
    const saved = path.join(SCREENSHOT_DIR, `export-${file.suggestedFilename()}`);
    await file.saveAs(saved);
    const bytes = new Uint8Array(readFileSync(saved));
    expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    expect(new TextDecoder().decode(bytes.subarray(0, 64))).toContain('webm');
    console.log(`WebM: ${bytes.length} bytes for 5 s`);

    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByLabel('GIF (plays everywhere)').check();
    await page.click('[data-testid="clip-start"]');
    await page.locator('[data-testid="clip-progress"]').waitFor();
    await page.click('[data-testid="clip-cancel"]');
    // The panel offers Start again only once the recording has ended in its cancellation (a
    // finished clip would have been saved before that); a download already started would reach
    // the test within the next frames.
    await page.locator('[data-testid="clip-start"]').waitFor();
    await nextFrames(page, 5);
    expect(downloads).toBe(0);
  });
});
