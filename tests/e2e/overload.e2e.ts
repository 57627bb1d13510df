/**
 * The overload defences in a real browser (DESIGN.md section 8, issue 11):
 * - the "Retry storm" lesson walked end to end, each step's figures read off the client's card
 *   (tries per request, goodput) and checked against what the lesson's words say;
 * - a circuit breaker's state on its edge: closed, open with the seconds left, half-open;
 * - a link with all of it (timeouts, retries with backoff and a budget, a breaker, autoscaling)
 *   reopened in a fresh context gives the same figures after the same steps.
 * Screenshots of the storm and of an autoscaled inspector at 1280×800, 1920×1080 and 375×812.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getLesson } from '../../src/ui/lessons/index.ts';
import type { NumberQuestion, StepClaim } from '../../src/ui/lessons/types.ts';
import { freshPages, openApp, poll, screenshot } from './browser.ts';

const SIZES = [
  [1280, 800],
  [1920, 1080],
  [375, 812],
] as const;

/** The first number in a text ("28/s" → 28, "1.2k" → 1200). */
function firstNumber(text: string): number {
  const m = /(-?\d+(?:\.\d+)?)(k?)/.exec(text.replace(/,/g, ''));
  return m ? Number(m[1]) * (m[2] ? 1000 : 1) : NaN;
}

const within = (value: number, target: number, tolerance: number) =>
  Math.abs(value - target) <= tolerance * Math.abs(target) + 1e-9;

const lessonSeconds = (page: Page) =>
  page
    .getByTestId('lesson-clock')
    .getAttribute('data-seconds')
    .then((s) => Number(s ?? 0));

const simTime = async (page: Page) =>
  Number(/(\d+(?:\.\d+)?) s/.exec(await page.getByTestId('sim-time').innerText())?.[1] ?? -1);

async function pause(page: Page): Promise<void> {
  if ((await page.getByTestId('play-pause').innerText()).includes('Pause'))
    await page.getByTestId('play-pause').click();
  await poll(
    'paused',
    () => page.getByTestId('play-pause').innerText(),
    (t) => t.includes('Play'),
  );
}

/** One press of Step (0.1 s), waiting until the clock shows it. */
async function stepOnce(page: Page): Promise<number> {
  const before = await simTime(page);
  await page.getByTestId('step').click();
  return poll(
    'the step to show',
    () => simTime(page),
    (t) => t > before,
  );
}

/** What the client's card shows: tries per request and requests answered OK per second. */
async function clientCard(page: Page, id: string): Promise<{ tries: number; goodput: number }> {
  return {
    tries: Number(await page.getByTestId(`caller-tries-${id}`).innerText()),
    goodput: firstNumber(await page.getByTestId(`client-goodput-${id}`).innerText()),
  };
}

describe('overload defences in headless Chromium', () => {
  const { fresh } = freshPages();

  it('walks the retry-storm lesson: goodput collapses while tries climb, then each defence', async () => {
    const lesson = getLesson('retry-storm')!;
    const page = await fresh();
    const errors = await openApp(page, `#lesson=retry-storm&step=${lesson.steps[0].id}`);
    await page.getByTestId('lesson-panel').waitFor();
    const seen: Record<string, { tries: number; goodput: number }> = {};
    for (let i = 0; i < lesson.steps.length; i++) {
      const step = lesson.steps[i];
      await poll(
        `step ${i + 1}`,
        () => page.getByTestId('lesson-progress').innerText(),
        (t) => t.includes(`Step ${i + 1} of ${lesson.steps.length}`),
      );
      // The calm step is read before the crash at 30 s: slow enough not to run past it.
      await page.getByTestId('speed').selectOption(step.runForS < 30 ? '5' : '25');
      await poll(
        `${step.id} ran ${step.runForS} s`,
        () => lessonSeconds(page),
        (s) => s >= step.runForS,
        90_000,
      );
      await pause(page);
      const card = await clientCard(page, 'web');
      seen[step.id] = card;
      const q = step.question as NumberQuestion;
      expect(q.readFrom).toEqual({ figure: 'tries-per-request', clientId: 'web' });
      expect(
        within(card.tries, q.answer, q.tolerance ?? 0.15),
        `${step.id}: the card shows ${card.tries} tries per request; the lesson says ${q.answer}`,
      ).toBe(true);
      // The goodput the words teach (the step's claims) is on the card too.
      for (const claim of step.claims ?? ([] as StepClaim[])) {
        expect(claim.readFrom).toEqual({ figure: 'finishing', nodeId: 'web' });
        expect(
          within(card.goodput, claim.value, claim.tolerance),
          `${step.id}: the card shows ${card.goodput}/s answered OK; the lesson says ${claim.value}/s`,
        ).toBe(true);
      }
      if (step.id === 'storm') {
        // The storm's marks are on screen: 504s counted at the client, wasted work downstream.
        expect(firstNumber(await page.getByTestId('caller-timeouts-web').innerText())).toBeGreaterThan(100);
        expect(await page.getByTestId('legend-timeout').innerText()).toContain('504');
        expect(await page.getByTestId('legend-retry').count()).toBe(1);
        for (const [w, h] of SIZES) {
          await page.setViewportSize({ width: w, height: h });
          // The legend (two lines on a phone) never covers a card, nor the ending badge above one.
          await poll(
            `the legend clear of the cards at ${w}×${h}`,
            () =>
              page.evaluate(() => {
                const legend = document.querySelector('[data-testid="dot-legend"]')!.getBoundingClientRect();
                return [...document.querySelectorAll('.react-flow__node')]
                  .map((node) => node.getBoundingClientRect())
                  .filter((r) => r.right > legend.left && r.left < legend.right && r.bottom > legend.top)
                  .filter((r) => r.top < legend.bottom + 14)
                  .map((r) => `${Math.round(r.left)},${Math.round(r.top)}`);
              }),
            (covered) => covered.length === 0,
            5_000,
          );
          await screenshot(page, `overload-storm-${w}x${h}`);
        }
        await page.setViewportSize({ width: 1280, height: 800 });
      }
      if (step.id === 'breaker') {
        const badge = page.locator('[data-testid^="breaker-edge-"]');
        expect(await badge.count()).toBe(1);
        expect(['closed', 'open', 'half-open']).toContain(await badge.getAttribute('data-state'));
        expect(firstNumber(await page.getByTestId('breaker-opens-gateway').innerText())).toBeGreaterThan(0);
      }
      // Answer with the figure read off the screen: the lesson agrees with it.
      await page.getByTestId('lesson-answer').fill(String(card.tries));
      await page.getByTestId('lesson-check').click();
      const feedback = await poll(
        'feedback',
        () => page.getByTestId('lesson-feedback').innerText(),
        (t) => t.length > 0,
      );
      expect(feedback, `${step.id}: answered ${card.tries}`).toMatch(/^✓/);
      if (i + 1 < lesson.steps.length) await page.getByTestId('lesson-next').click();
    }
    // The story, as the class reads it: a crash of 5 s turns into an outage that lasts (tries
    // climb to 4 and nothing is answered), backoff does not end it, a budget and a breaker do.
    expect(seen.storm.tries).toBeGreaterThan(seen.calm.tries * 3);
    expect(seen.storm.goodput).toBe(0);
    expect(seen.backoff.goodput).toBe(0);
    expect(seen.budget.goodput).toBeGreaterThan(20);
    expect(seen.breaker.goodput).toBeGreaterThan(20);
    expect(errors).toEqual([]);
  });

  it('shows a breaker closed, then open with the seconds left counting down, then half-open', async () => {
    const page = await fresh();
    const errors = await openApp(page, '#lesson=retry-storm&step=breaker');
    const badge = page.locator('[data-testid^="breaker-edge-"]');
    await badge.waitFor();
    expect(await badge.getAttribute('data-state')).toBe('closed');
    expect(await badge.innerText()).toContain('closed');
    await page.getByTestId('speed').selectOption('5');
    // Server 1 crashes at 30 s: half of the gateway's calls fail and the breaker opens.
    await poll(
      'the breaker to open',
      () => badge.getAttribute('data-state'),
      (state) => state === 'open',
      60_000,
      50,
    );
    await pause(page);
    const secondsLeft = async () => firstNumber((await badge.getAttribute('aria-label')) ?? '');
    const first = await secondsLeft();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(5);
    expect(await badge.innerText()).toMatch(/open\s+\d\.\d s/);
    // The breaker's state and the edges' rate labels never cover one another.
    const covered = await page.evaluate(() => {
      const b = document.querySelector('[data-testid^="breaker-edge-"]')!.getBoundingClientRect();
      return [...document.querySelectorAll('.fs-edge-label')]
        .map((label) => label.getBoundingClientRect())
        .filter((r) => r.right > b.left && r.left < b.right && r.bottom > b.top && r.top < b.bottom)
        .map((r) => `${Math.round(r.left)},${Math.round(r.top)}`);
    });
    expect(covered).toEqual([]);
    await screenshot(page, 'overload-breaker-open-1280x800');
    // Step 0.1 s at a time: the seconds left count down, then the breaker lets a trial through.
    const states: string[] = [];
    let last = first;
    for (let i = 0; i < 120; i++) {
      await stepOnce(page);
      const state = (await badge.getAttribute('data-state')) ?? '';
      states.push(state);
      if (state === 'half-open') break;
      if (state === 'open') {
        const left = await secondsLeft();
        expect(left).toBeLessThanOrEqual(last);
        last = left;
      }
    }
    expect(states).toContain('half-open');
    expect(await badge.getAttribute('aria-label')).toBe('Circuit breaker half-open');
    await screenshot(page, 'overload-breaker-half-open-1280x800');
    expect(errors).toEqual([]);
  });

  it('a link with timeouts, retries, a budget, a breaker and autoscaling replays in a fresh context', async () => {
    // The storm with an early crash (1–3 s), backoff with equal jitter, a budget, a gateway that
    // gives up after 0.9 s behind a breaker; autoscaling is switched on with the inspector.
    const link =
      '#v=1&preset=retry-storm&seed=3&web.retry.backoff.base=0.05&web.retry.backoff.max=1' +
      '&web.retry.backoff.jitter=equal&web.retry.budget.ratio=0.2&web.retry.budget.minPerS=1' +
      '&gateway.timeout=0.9&gateway.circuitBreaker.failureRate=0.5&gateway.circuitBreaker.window=20' +
      '&gateway.circuitBreaker.minCalls=10&gateway.circuitBreaker.openFor=2' +
      '&gateway.circuitBreaker.halfOpenCalls=1&fault=crash,app-1,1,3';
    const a = await fresh();
    const errorsA = await openApp(a, link);
    await a.getByTestId('node-app-2').click();
    await a.getByTestId('inspector').waitFor();
    await a.getByTestId('param-app-2-autoscale-on').check();
    // Decide every second, start in 1 s, from 1 to 4 workers.
    const interval = a.getByTestId('param-app-2-autoscale-interval');
    await interval.focus();
    await a.keyboard.press('Home');
    const startup = a.getByTestId('param-app-2-autoscale-startup');
    await startup.focus();
    await a.keyboard.press('Home');
    await a.keyboard.press('ArrowRight');
    const max = a.getByTestId('param-app-2-autoscale-max');
    await max.focus();
    await a.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await a.keyboard.press('ArrowRight');
    await a.waitForFunction(() => /app-2\.autoscale\.max=4/.test(location.hash), undefined, {
      timeout: 10_000,
    });
    const copied = new URL(a.url()).hash;
    // The readable form, nested settings and all.
    expect(copied).not.toContain('z=');
    expect(copied).toContain('web.retry.backoff.jitter=equal');
    expect(copied).toContain('web.retry.budget.ratio=0.2');
    expect(copied).toContain('app-2.autoscale.interval=1&app-2.autoscale.startup=1');

    const run = async (page: Page) => {
      await pause(page);
      await page.getByTestId('reset').click();
      await poll(
        'reset to 0 s',
        () => simTime(page),
        (t) => t === 0,
      );
      for (let i = 0; i < 80; i++) await page.getByTestId('step').click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="sim-time"]')?.textContent?.includes('8.0 s'),
        undefined,
        { timeout: 30_000 },
      );
      const card = {
        tries: await page.getByTestId('caller-tries-web').innerText(),
        goodput: await page.getByTestId('client-goodput-web').innerText(),
        workers: await page.getByTestId('autoscale-app-2').innerText(),
        opens: await page.getByTestId('breaker-opens-gateway').innerText(),
      };
      await page.getByTestId('file-menu').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-json').click(),
      ]);
      const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
      return { card, report: exported.report };
    };
    const runA = await run(a);

    const b = await fresh();
    const errorsB = await openApp(b, copied);
    const runB = await run(b);
    expect(runB.card).toEqual(runA.card);
    expect(runB.report).toEqual(runA.report);
    // And the run used all of it: retries, 504s, a breaker that opened, an extra worker.
    const web = runA.report.clients.web;
    expect(web.attempts).toBeGreaterThan(web.sent ?? 0);
    expect(web.retries).toBeGreaterThan(0);
    expect(runA.report.nodes.gateway.breakerOpens).toBeGreaterThan(0);
    expect(runA.report.nodes['app-2'].meanWorkers).toBeGreaterThan(1);
    expect(errorsA).toEqual([]);
    expect(errorsB).toEqual([]);
  });

  it('an autoscaled service shows its workers, those starting and its target, and a chart', async () => {
    const page = await fresh();
    const errors = await openApp(page, '#lesson=autoscaling-lags');
    await page.getByTestId('lesson-panel').waitFor();
    await page.getByTestId('speed').selectOption('10');
    // The consumer's start-up is 30 s: between 15 s and 45 s the new consumers are starting.
    await poll(
      'consumers starting',
      () => page.getByTestId('autoscale-starting-consumer').count(),
      (n) => n > 0,
      60_000,
    );
    await pause(page);
    const starting = await page.getByTestId('autoscale-starting-consumer').innerText();
    expect(starting).toMatch(/^\+\d+ \(\d+(\.\d)? s\)$/);
    expect(
      firstNumber(await page.getByTestId('autoscale-workers-consumer').innerText()),
    ).toBeGreaterThanOrEqual(1);
    expect(firstNumber(await page.getByTestId('autoscale-target-consumer').innerText())).toBeGreaterThan(1);
    await page.getByTestId('node-consumer').click();
    const chart = page.getByTestId('chart-workers');
    await chart.waitFor();
    const label = (await chart.locator('svg[role="img"]').getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/^Workers \(autoscaled\): serving \d+, incl. starting \d+, target \d+$/);
    const [serving, withStarting] = [...label.matchAll(/\d+/g)].map((m) => Number(m[0]));
    expect(withStarting).toBeGreaterThan(serving);
    for (const [w, h] of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      await chart.scrollIntoViewIfNeeded();
      await screenshot(page, `overload-autoscale-inspector-${w}x${h}`);
    }
    expect(errors).toEqual([]);
  });
});
