/**
 * A new version of the site reaches an installed copy on the next visit, and never under an open
 * lesson. The test serves its own copy of the built site (so it can "deploy" a new version without
 * disturbing the shared server), opens a lesson, deploys, and checks: the new service worker
 * installs and waits; the open lesson keeps running, with no reload and no lost step; when the tab
 * is closed and the app opened again, the new version is what opens, and the lesson link still works.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, poll, screenshot } from './browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LESSON = '#lesson=queue-30-vs-5&step=fill';
const NEW_BUILD = 'flowscope-test-build-2';

/**
 * "Deploys" a new version in place: the page gains a marker, and the service worker's precache
 * list names the page with a new revision, exactly what a rebuild with a changed page produces.
 */
function deployNewVersion(siteDir: string): void {
  const indexPath = path.join(siteDir, 'index.html');
  const html = readFileSync(indexPath, 'utf8');
  writeFileSync(indexPath, html.replace('<head>', `<head><meta name="${NEW_BUILD}" content="1">`));
  const swPath = path.join(siteDir, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  const next = sw.replace(/(url:"index\.html",revision:")[0-9a-f]+"/, `$1${'f'.repeat(32)}"`);
  expect(next, 'sw.js precaches index.html with a revision').not.toBe(sw);
  writeFileSync(swPath, next);
}

const hasNewBuild = (page: Page) =>
  page.evaluate((name) => document.querySelector(`meta[name="${name}"]`) !== null, NEW_BUILD);

describe('an update to the installed site', () => {
  let browser: Browser;
  let server: PreviewServer;
  let siteDir: string;
  let base: string;

  beforeAll(async () => {
    siteDir = mkdtempSync(path.join(tmpdir(), 'flowscope-site-'));
    cpSync(path.join(root, 'dist'), siteDir, { recursive: true });
    server = await preview({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: siteDir },
      preview: { host: '127.0.0.1', port: 0, open: false },
    });
    base = server.resolvedUrls!.local[0];
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(siteDir, { recursive: true, force: true });
  });

  it('waits while a lesson is open and is what opens on the next visit', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => localStorage.setItem('flowscope.welcomed', '1'));
    const errors: string[] = [];
    const watch = (page: Page) => page.on('pageerror', (e) => errors.push(e.message));

    const page = await context.newPage();
    watch(page);
    await page.goto(base + LESSON, { waitUntil: 'load' });
    await page.getByTestId('lesson-panel').waitFor();
    await poll(
      'the first version to be installed and in charge',
      () => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'),
      (state) => state === 'activated',
      30_000,
    );
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
    // Marks this very document: a reload or a swap of pages would lose it.
    await page.evaluate(() => ((window as unknown as { lessonMark: number }).lessonMark = 42));

    deployNewVersion(siteDir);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await poll(
      'the new version to install and wait',
      () =>
        page.evaluate(
          async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? 'none',
        ),
      (state) => state === 'installed',
      30_000,
    );

    // The open lesson is untouched: same document, same step, still running, old version in charge.
    const clock = () => page.getByTestId('lesson-clock').getAttribute('data-seconds').then(Number);
    const before = await clock();
    await poll('the lesson to keep running', clock, (s) => s > before + 1);
    expect(await page.evaluate(() => (window as unknown as { lessonMark?: number }).lessonMark)).toBe(42);
    expect(await page.getByTestId('lesson-progress').innerText()).toContain('Step 1 of');
    expect(page.url()).toContain(LESSON);
    expect(await hasNewBuild(page)).toBe(false);
    await screenshot(page, 'update-waiting-under-lesson');

    // The next visit: the tab is closed and the app opened again.
    await page.close();
    const next = await context.newPage();
    watch(next);
    await poll(
      'the next visit to open the new version',
      async () => {
        await next.goto(base + LESSON, { waitUntil: 'load' });
        return hasNewBuild(next);
      },
      (fresh) => fresh,
      30_000,
      500,
    );
    await next.getByTestId('lesson-panel').waitFor();
    expect(await next.getByTestId('lesson-progress').innerText()).toContain('Step 1 of');
    const state = await next.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { active: registration?.active?.state, waiting: registration?.waiting ?? null };
    });
    expect(state).toEqual({ active: 'activated', waiting: null });
    expect(firstWorker).toMatch(/sw\.js$/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
