/**
 * The built site runs under its strict Content-Security-Policy without a single violation: the
 * worker, the lazily loaded charts, a download, a lesson and the glossary. `npm start`'s server
 * sends the policy and nosniff as headers, and the app can still be framed (embeds).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openApp, poll, screenshot } from './browser.ts';

/** Records every CSP violation of the page in `window.__violations`. */
const RECORD_VIOLATIONS = `(() => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || ''));
  });
})();`;

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('the Content-Security-Policy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is sent as headers by the preview server and written into index.html as a meta tag', async () => {
    const response = await fetch(appUrl());
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    const directives = new Map(
      policy.split(';').map(
        (d) =>
          d
            .trim()
            .split(/\s+(.*)/)
            .slice(0, 2) as [string, string],
      ),
    );
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('worker-src')).toBe("'self'");
    expect(directives.get('style-src')).toBe("'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    // Framing stays allowed: lessons are embedded in other sites (docs/security.md).
    expect(policy).not.toContain('frame-ancestors');
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;/,
    );
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const built = readFileSync('dist/index.html', 'utf8');
    expect(built).toContain('http-equiv="Content-Security-Policy"');
  });

  it('the worker, charts, a download, a lesson and the glossary all run with no violation', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(RECORD_VIOLATIONS);
    const errors = await openApp(page, '?preset=full');
    // The worker runs: the clock moves, and no fallback to the page was needed.
    await poll(
      'the clock to move',
      () => page.getByTestId('sim-time').getAttribute('data-time-s'),
      (t) => Number(t) > 1,
    );
    expect(await page.getByTestId('sim-health').count()).toBe(0);

    // The inspector's charts are a lazily loaded chunk.
    await page.getByTestId('node-jobs').click();
    await page.getByTestId('inspector').waitFor();
    await poll(
      'charts',
      () => page.locator('.fs-chart svg path').count(),
      (n) => n > 0,
    );

    // A download (a blob: URL).
    await page.getByTestId('file-menu').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-json').click(),
    ]);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toBeTruthy();

    // The glossary and a lesson (both lazy chunks).
    await page.keyboard.press('Escape');
    await page.getByTestId('open-glossary').click();
    await page.getByTestId('glossary').waitFor();
    await page.keyboard.press('Escape');
    await poll(
      'glossary closed',
      () => page.getByTestId('glossary').count(),
      (n) => n === 0,
    );
    await page.getByTestId('open-lessons').click();
    await page.getByTestId('lessons-menu').waitFor();
    await page.getByTestId('lesson-queue-30-vs-5').click();
    await page.getByTestId('lesson-panel').waitFor();
    await screenshot(page, 'csp-lesson-1280');

    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);

    // The control: an inline script is refused, and the recorder sees it.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
    });
    // (Reported once per policy: the header's and the meta tag's.)
    const refused = await poll(
      'the refused inline script',
      () => violations(page),
      (v) => v.length > 0,
    );
    for (const v of refused) expect(v).toMatch(/^script-src(-elem)? inline/);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    await page.close();
  });

  it('can be framed by another site (an embed)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent(`<iframe src="${appUrl('?preset=monolith')}" width="1000" height="700"></iframe>`);
    const frame = await poll(
      'the framed app',
      async () => page.frames().find((f) => f.url().startsWith(appUrl())) ?? null,
      (f) => f !== null,
    );
    await frame!.waitForSelector('#root > *');
    await poll(
      'the framed clock to move',
      () => frame!.getByTestId('sim-time').getAttribute('data-time-s'),
      (t) => Number(t) > 0.5,
    );
    await page.close();
  });
});
