/**
 * What the class sees is true, read off the screen of the 30-vs-5 preset
 * in headless Chromium: the queue's predicted wait is the full line's ≈ 100 s (it read "0 ms" when
 * M/M/1/501 overflowed) and agrees with the measured wait once the queue has been full for long;
 * the publisher shows ≈ 25 jobs/s refused; the queue shows the same rate; the summary has a jobs
 * row beside the producer's 100 % success. Screenshots at 1280×800, 1920×1080 and 375×812.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, poll, screenshot } from './browser.ts';

/** "850 ms", "12 s", "1.7 min", "2.0 h" → seconds; NaN for "–". */
function seconds(text: string): number {
  const m = /(-?\d+(?:\.\d+)?)\s*(ms|s|min|h)\b/.exec(text.replace(/,/g, ''));
  if (!m) return NaN;
  const scale = { ms: 0.001, s: 1, min: 60, h: 3600 }[m[2] as 'ms' | 's' | 'min' | 'h'];
  return Number(m[1]) * scale;
}

/** "25/s" → 25. */
const rate = (text: string) => Number(/(-?\d+(?:\.\d+)?)/.exec(text.replace(/,/g, ''))?.[1] ?? NaN);

/** The simulated clock in seconds, as the clock element carries it beside its text ("14 min 36 s"). */
async function simSeconds(page: Page): Promise<number> {
  return Number(await page.getByTestId('sim-time').getAttribute('data-time-s'));
}

describe('the truth of the 30-vs-5 preset, on screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('theory wait, refused jobs at the producer and the queue, and the jobs row', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = await openApp(page, '?preset=queue-30-vs-5');
    await page.getByTestId('node-jobs').waitFor();
    await page.getByTestId('speed').selectOption('25');
    // The queue fills at ≈ 25/s in ≈ 20 s; 15 s more gives the 4-s window only full-queue seconds.
    await poll(
      '35 simulated seconds',
      () => simSeconds(page),
      (s) => s >= 35,
      60_000,
    );

    // Refused jobs at the producer (the API publishes them) and at the queue: 30 in − 5 out = 25/s.
    // Over a 4 s window ≈ 100 Poisson refusals, sd 10 %: ±30 % is three of them.
    const atApi = rate(await page.getByTestId('jobs-refused-api').innerText());
    const atQueue = rate(await page.getByTestId('queue-loss-queue-full-jobs').innerText());
    expect(Math.abs(atApi - 25)).toBeLessThanOrEqual(7.5);
    expect(Math.abs(atQueue - 25)).toBeLessThanOrEqual(7.5);
    expect(rate(await page.getByTestId('jobs-published-api').innerText())).toBeGreaterThan(20);

    // The summary: the producer's requests all succeed, and beside them the jobs row says most are refused.
    const summary = await page.getByTestId('summary-bar').innerText();
    expect(summary).toMatch(/success\s*100%/);
    const jobsRow = await page.getByTestId('summary-jobs').innerText();
    expect(jobsRow).toMatch(/published\s*[\d.,k]+/);
    expect(jobsRow).toMatch(/done\s*[\d.,k]+/);
    expect(Math.abs(rate((/refused\s*([\d.]+\/s)/.exec(jobsRow) ?? ['', ''])[1]) - 25)).toBeLessThanOrEqual(
      7.5,
    );
    expect(jobsRow).toMatch(/backlog\s*(49\d|500)/);
    await screenshot(page, 'truth-30-vs-5-1280');

    // The queue's theory: the full line's wait (≈ 100 s), never "0 ms", and the lost share measured.
    await page.getByTestId('node-jobs').click();
    const wait = page.getByTestId('theory-wait');
    await wait.waitFor({ state: 'visible', timeout: 5_000 });
    const predicted = seconds(await wait.locator('td').nth(0).innerText());
    expect(await wait.locator('td').nth(0).innerText()).not.toBe('0 ms');
    // M/M/1/501 at the measured λ (≈ 30/s, ρ ≈ 6): Wq = (500 − 1/(ρ−1))/5 ≈ 100 s; the display rounds to 0.1 min.
    expect(Math.abs(predicted - 100)).toBeLessThanOrEqual(6);
    const lost = page.getByTestId('theory-lost');
    expect(await lost.locator('td').nth(1).innerText()).toMatch(/^\d+%$/);
    expect(await page.getByTestId('inspector-loss-queue-full').innerText()).toMatch(/\/s$/);

    // Measured: the mean covers every job served so far, and the 600 admitted while the line was
    // filling waited ≈ 50 s on average, so it approaches the full line's wait from below: ≈ 93 s by
    // 900 s, ≈ 96 s by 1,500 s (4,500 and 7,500 jobs served). The display rounds both to 0.1 min
    // (±3 s each), so within 12 % once past 1,500 s; by then a full line's wait hardly varies.
    await page.getByTestId('speed').selectOption('max');
    await poll(
      '1,500 simulated seconds',
      () => simSeconds(page),
      (s) => s >= 1500,
      120_000,
    );
    // The clock moves every frame, the inspector's figures a few times a second (later still on a
    // busy machine): pause, then wait for figures from the paused instant, where the two agree.
    await page.getByTestId('play-pause').click();
    const read = () =>
      Promise.all([
        wait.locator('td').nth(1).innerText().then(seconds),
        wait.locator('td').nth(0).innerText().then(seconds),
      ]);
    const [measured, predictedNow] = await poll(
      'the measured wait of the paused run beside the prediction',
      read,
      ([m, p]) => Math.abs(m - p) <= 0.12 * p,
    );
    expect(Math.abs(measured - predictedNow)).toBeLessThanOrEqual(0.12 * predictedNow);
    const lostNow = Number.parseFloat(await lost.locator('td').nth(1).innerText());
    expect(Math.abs(lostNow - 83)).toBeLessThanOrEqual(5);
    await screenshot(page, 'truth-30-vs-5-inspector-1280');
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 375, height: 812 },
  ]) {
    it(`shows the producer's refused jobs and the jobs row at ${viewport.width}×${viewport.height}`, async () => {
      const page = await browser.newPage({ viewport });
      const errors = await openApp(page, '?preset=queue-30-vs-5');
      await page.getByTestId('node-jobs').waitFor();
      await page.getByTestId('speed').selectOption('25');
      await poll(
        '35 simulated seconds',
        () => simSeconds(page),
        (s) => s >= 35,
        60_000,
      );
      expect(Math.abs(rate(await page.getByTestId('jobs-refused-api').innerText()) - 25)).toBeLessThanOrEqual(
        7.5,
      );
      expect(await page.getByTestId('summary-jobs').innerText()).toMatch(/refused/);
      await screenshot(page, `truth-30-vs-5-${viewport.width}`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
