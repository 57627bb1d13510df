/**
 * Helpers for the real-browser tests (tests/e2e/*.e2e.ts): launch Debian's headless Chromium through
 * playwright-core, open the built app served by global-setup.ts, collect console errors and page
 * errors, and save screenshots. Browsers cannot be downloaded here, so a missing Chromium is an
 * error with install instructions, never a skipped test.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where screenshot() writes its PNGs. */
export const SCREENSHOT_DIR = path.join(root, 'test-results', 'screenshots');

/** Flags for a headless Chromium without GPU in a container. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium executable: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Launches headless Chromium; throws (never skips) when the executable is missing. */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install Debian's chromium (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * For a describe block: one browser for its tests, and `fresh(width, height)` for a page in a new
 * context (its own storage, downloads accepted), every context closed after the block.
 */
export function freshPages(): {
  fresh: (width?: number, height?: number) => Promise<Page>;
  browser: () => Browser;
} {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
  });
  return {
    browser: () => browser!,
    fresh: async (width = 1280, height = 800) => {
      const context = await browser!.newContext({ viewport: { width, height }, acceptDownloads: true });
      contexts.push(context);
      return context.newPage();
    },
  };
}

/** Pauses the run if it plays and resets it to t = 0, for steps from a known start. */
export async function pauseAtStart(page: Page): Promise<void> {
  await page.getByTestId('play-pause').waitFor();
  if ((await page.getByTestId('play-pause').innerText()).includes('Pause'))
    await page.getByTestId('play-pause').click();
  await page.getByTestId('reset').click();
}

/**
 * The served app's URL. `query` is appended as is when it is a string starting with '?' or '#'
 * (e.g. '?preset=full' or a share link's '#...'), or encoded as search parameters when an object.
 */
export function appUrl(query?: string | Record<string, string>): string {
  const base = inject('baseUrl');
  if (query === undefined || query === '') return base;
  if (typeof query === 'string') {
    return query.startsWith('?') || query.startsWith('#') ? base + query : `${base}?${query}`;
  }
  return `${base}?${new URLSearchParams(query).toString()}`;
}

/**
 * Starts collecting the page's console errors, uncaught page errors and failed requests into the
 * returned array (filled live for the page's lifetime; assert `expect(errors).toEqual([])`), then
 * navigates to the app (as a returning visitor unless `firstVisit`) and waits until React has rendered something into #root. Chromium reports a
 * dedicated worker's console errors and uncaught errors on the page too, so those are collected as well.
 */
export async function openApp(
  page: Page,
  query?: string | Record<string, string>,
  options: { firstVisit?: boolean } = {},
): Promise<string[]> {
  const errors: string[] = [];
  // Every fresh context is a first visit, which the welcome card greets (onboarding/first-visit.ts).
  // Tests of other features open as a returning visitor; the welcome's own tests ask for a first visit.
  if (!options.firstVisit)
    await page.addInitScript(() => {
      try {
        localStorage.setItem('flowscope.welcomed', '1');
      } catch {
        // No storage: the welcome shows, as it would for such a visitor.
      }
    });
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const where = msg.location().url ? ` (${msg.location().url}:${msg.location().lineNumber})` : '';
      errors.push(`console.error: ${msg.text()}${where}`);
    }
  });
  page.on('pageerror', (error) => {
    errors.push(`pageerror: ${error.stack ?? error.message}`);
  });
  page.on('requestfailed', (request) => {
    // A navigation or reload cancels what the old page was still fetching (its icon, say): not an error.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    errors.push(`requestfailed: ${request.url()} ${request.failure()?.errorText ?? ''}`.trim());
  });
  page.on('crash', () => {
    errors.push('page crashed');
  });
  const url = appUrl(query);
  await page.goto(url, { waitUntil: 'load' });
  try {
    await page.waitForSelector('#root > *', { state: 'attached', timeout: 15_000 });
  } catch (cause) {
    throw new Error(`The app at ${url} rendered nothing into #root. Errors so far:\n${errors.join('\n')}`, {
      cause,
    });
  }
  return errors;
}

/** Saves a full-page PNG to test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Polls `probe` until it returns a value `accept` takes, or throws with the last value seen. */
export async function poll<T>(
  what: string,
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 20_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!accept(last)) {
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    last = await probe();
  }
  return last;
}

/**
 * Waits until the page has drawn `count` more animation frames. For "nothing changes" checks: a
 * paused canvas that would still move, or a wheel that would still scroll, does so on a frame.
 */
export async function nextFrames(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    count,
  );
}

/** Waits until an element stops moving (a sheet sliding in, a bar settling), over a few frames. */
export async function stopsMoving(locator: Locator): Promise<void> {
  let last = JSON.stringify(await locator.boundingBox());
  await poll(
    'the element to stop moving',
    async () => {
      await nextFrames(locator.page(), 3);
      const box = JSON.stringify(await locator.boundingBox());
      const same = box === last;
      last = box;
      return same;
    },
    (same) => same,
    5_000,
    0,
  );
}
