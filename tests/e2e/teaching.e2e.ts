/**
 * The teaching layer in headless Chromium: walk the 30-vs-5 lesson from start
 * to end checking the figures it teaches, trace one request through the orchestrator, reduced
 * motion, axe-core on the main screen, an open inspector and a lesson step, and the phone layout.
 * Screenshots go to test-results/screenshots/teaching-*.png at 1280×800 and 375×812.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLesson } from '../../src/ui/lessons/index.ts';
import { launchBrowser, openApp, poll, screenshot } from './browser.ts';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const DESKTOP = { width: 1280, height: 800 } as const;
const PHONE = { width: 375, height: 812 } as const;

/** The first number in a text ("25/s" → 25, "20 s" → 20, "1.2k" → 1200). */
function firstNumber(text: string): number {
  const m = /(-?\d+(?:\.\d+)?)(k?)/.exec(text.replace(/,/g, ''));
  if (!m) return NaN;
  return Number(m[1]) * (m[2] ? 1000 : 1);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical axe-core violations of the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, which the page's CSP does not govern (an injected
  // <script> tag would be refused, as it should be).
  await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

/** The run's simulated time in seconds (the summary bar's clock). */
const runSeconds = (page: Page) =>
  page
    .getByTestId('sim-time')
    .getAttribute('data-time-s')
    .then((s) => Number(s ?? 0));

/** Waits until the run has reached `seconds` of simulated time: the worker runs, snapshots arrive. */
const runUntil = (page: Page, seconds: number) =>
  poll(
    `the run to reach ${seconds} s`,
    () => runSeconds(page),
    (t) => t >= seconds,
  );

const simSeconds = (page: Page) =>
  page
    .getByTestId('lesson-clock')
    .getAttribute('data-seconds')
    .then((s) => Number(s ?? 0));

describe('the teaching layer in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('axe: no serious or critical violation on the main screen and on an open inspector', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    const errors = await openApp(page, '?preset=full');
    await page.getByTestId('node-jobs').waitFor();
    await runUntil(page, 1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'teaching-main-1280');

    await page.getByTestId('node-jobs').click();
    const inspector = page.getByTestId('inspector');
    await inspector.waitFor();
    await page.getByTestId('theory').waitFor();
    await poll(
      'ρ on the queue',
      () => page.getByTestId('theory-rho').innerText(),
      (t) => /ρ = \d/.test(t),
    );
    expect(await page.getByTestId('theory-table').innerText()).toMatch(/Predicted/);
    expect(await page.getByTestId('theory-holds').innerText()).toMatch(/Poisson|steady state|ρ ≥ 1/);
    // Glossary words in the explanation are links that open the glossary.
    const term = inspector.locator('.fs-term').first();
    await term.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'teaching-inspector-1280');
    await term.click();
    await page.getByTestId('glossary').waitFor();
    expect(await page.locator('.fs-glossary dt.is-current').count()).toBe(1);
    await screenshot(page, 'teaching-glossary-1280');
    await page.keyboard.press('Escape');
    await poll(
      'glossary closed',
      () => page.getByTestId('glossary').count(),
      (n) => n === 0,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('walks the 30-vs-5 lesson from start to end: growth ≈ 25/s, full after ≈ 500/25 s, then each step', async () => {
    const lesson = getLesson('queue-30-vs-5')!;
    const page = await browser.newPage({ viewport: DESKTOP });
    const errors = await openApp(page, '#lesson=queue-30-vs-5&step=fill');
    const panel = page.getByTestId('lesson-panel');
    await panel.waitFor();
    expect(await page.getByTestId('lesson-progress').innerText()).toContain(
      `Step 1 of ${lesson.steps.length}`,
    );
    // The step has its own link in the address bar, is announced, and its node is highlighted.
    expect(page.url()).toContain('#lesson=queue-30-vs-5&step=fill');
    await poll(
      'announcement',
      () => page.getByTestId('lesson-announcer').innerText(),
      (t) => t.includes('step 1 of'),
    );
    expect(await page.locator('[data-testid="node-jobs"].is-lesson-focus').count()).toBe(1);

    await page.getByTestId('speed').selectOption('5');
    await page.getByTestId('node-jobs').click();
    await page.getByTestId('theory-overload').waitFor();
    // The theory: λ 30, one consumer at 5/s: the backlog grows by 25/s and 500 slots last 20 s.
    // (λ is measured, so wait until the rate window has filled: a few simulated seconds.)
    // λ is measured (noisy over the first seconds), so the predicted growth settles near 25/s.
    await poll(
      'the rate window fills',
      () => simSeconds(page),
      (s) => s >= 6,
    );
    await poll(
      'predicted growth ≈ 25/s',
      async () => firstNumber(await page.getByTestId('theory-growth').innerText()),
      (g) => Math.abs(g - 25) <= 25 * 0.2,
      20_000,
    );
    const predictedFull = firstNumber(await page.getByTestId('theory-time-to-full').innerText());
    expect(Math.abs(predictedFull - 500 / 25)).toBeLessThanOrEqual((500 / 25) * 0.2);
    // The measurement, mid-fill: the live growth is about 25 per second too.
    await poll(
      'mid-fill',
      () => simSeconds(page),
      (s) => s >= 10,
    );
    const overload = await page.getByTestId('theory-overload').innerText();
    const measured = firstNumber(/measured now: ([^,]+)/.exec(overload)?.[1] ?? '');
    expect(Math.abs(measured - 25)).toBeLessThanOrEqual(25 * 0.3);
    await screenshot(page, 'teaching-lesson-fill-1280');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('speed').selectOption('25');

    for (let i = 0; i < lesson.steps.length; i++) {
      const step = lesson.steps[i];
      await poll(
        `step ${i + 1}`,
        () => page.getByTestId('lesson-progress').innerText(),
        (t) => t.includes(`Step ${i + 1} of`),
      );
      expect(page.url()).toContain(`step=${step.id}`);
      await poll(
        `${step.id} ran ${step.runForS} s`,
        () => simSeconds(page),
        (s) => s >= step.runForS,
        60_000,
      );
      const q = step.question;
      let answer: string;
      if (q.kind === 'choice') {
        answer = q.answer;
        await page.getByLabel(q.answer, { exact: true }).check();
      } else {
        // Read the answer off the screen where the theory layer shows it; else type the taught figure.
        if (q.readFrom.figure === 'first-full') {
          answer = String(predictedFull);
        } else if (q.readFrom.figure === 'rho') {
          // The queue shows ρ as a number and in percent, the unit the question asks for.
          answer = await page.getByTestId(`rho-percent-${q.readFrom.nodeId}`).innerText();
        } else if (q.readFrom.figure === 'outcome-rate') {
          // "How many jobs per second are refused/evicted now?": the queue's card shows the rate.
          answer = await page
            .getByTestId(`queue-loss-${q.readFrom.outcome}-${q.readFrom.nodeId}`)
            .innerText();
        } else {
          answer = String(q.answer);
        }
        await page.getByTestId('lesson-answer').fill(answer);
      }
      await page.getByTestId('lesson-check').click();
      const feedback = await poll(
        'feedback',
        () => page.getByTestId('lesson-feedback').innerText(),
        (t) => t.length > 0,
      );
      expect(feedback, `${step.id}: answered ${answer}`).toMatch(/^✓/);
      if (i === 0) await screenshot(page, 'teaching-lesson-answered-1280');
      if (i + 1 < lesson.steps.length) await page.getByTestId('lesson-next').click();
    }
    await screenshot(page, 'teaching-lesson-last-1280');
    // Finishing leaves the lesson and keeps playing.
    const before = await page.getByTestId('lesson-clock').getAttribute('data-seconds');
    await page.getByTestId('lesson-finish').click();
    expect(await page.getByTestId('lesson-panel').count()).toBe(0);
    expect(
      await page
        .getByTestId('play-pause')
        .getAttribute('aria-pressed')
        .catch(() => null),
    ).not.toBe('false');
    expect(Number(before)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('traces one request through the orchestrator: branches side by side and the outcome', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    const errors = await openApp(page, '?preset=orchestration');
    await page.getByTestId('node-checkout').waitFor();
    const timeline = page.getByTestId('trace-timeline');
    let found = false;
    for (let attempt = 0; attempt < 25 && !found; attempt++) {
      await page.getByTestId('trace-next').click();
      await timeline.waitFor();
      // Wait for this request to end, then see whether it went through the orchestrator.
      await poll(
        'traced request ends',
        () =>
          page
            .getByTestId('trace-outcome')
            .innerText()
            .catch(() => ''),
        (t) => t.startsWith('Outcome'),
      );
      found = (await page.locator('[data-testid^="trace-lane-lane-"]').count()) >= 3;
    }
    expect(found).toBe(true);
    const text = await timeline.innerText();
    expect(text).toContain('Checkout orchestrator');
    expect(text).toMatch(/Branch 1/);
    expect(text).toMatch(/Branch 2/);
    expect(text).toMatch(/waits .+, served/);
    expect(await page.getByTestId('trace-outcome').innerText()).toMatch(/Outcome: /);
    await screenshot(page, 'teaching-trace-1280');
    await page.getByRole('button', { name: 'Stop tracing' }).click();
    expect(await timeline.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('clicking a dot traces that request and rings it', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    const errors = await openApp(page, '?preset=queue-30-vs-5');
    await page.getByTestId('node-jobs').waitFor();
    // Three seconds of 30 jobs in and 5 out: a line of dots in the queue.
    await runUntil(page, 3);
    await page.getByTestId('play-pause').click();
    await poll(
      'the run to pause',
      () => page.getByTestId('play-pause').innerText(),
      (t) => !t.includes('Pause'),
    );
    // Find a drawn job (an orange diamond) in the queue's line from the canvas pixels, and click it.
    const box = (await page.getByTestId('node-jobs').boundingBox())!;
    const canvasBox = (await page.getByTestId('particle-canvas').boundingBox())!;
    const findJobDot = () =>
      page.evaluate(
        ({ box, canvasBox }) => {
          const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="particle-canvas"]')!;
          const ctx = canvas.getContext('2d')!;
          const scale = canvas.width / canvasBox.width;
          const x0 = Math.round((box.x - canvasBox.x) * scale);
          const y0 = Math.round((box.y - canvasBox.y) * scale);
          const w = Math.round(box.width * scale);
          const h = Math.round(box.height * scale);
          const data = ctx.getImageData(x0, y0, w, h).data;
          for (let y = h - 1; y >= 0; y--)
            for (let x = w - 1; x >= 0; x--) {
              const i = (y * w + x) * 4;
              // Okabe-Ito orange #E69F00, the producer's (web) dots.
              if (
                Math.abs(data[i] - 230) < 12 &&
                Math.abs(data[i + 1] - 159) < 12 &&
                data[i + 2] < 30 &&
                data[i + 3] > 200
              )
                return { x: canvasBox.x + (x0 + x) / scale, y: canvasBox.y + (y0 + y) / scale };
            }
          return null;
        },
        { box, canvasBox },
      );
    // The paused frame is drawn on the next animation frame: look until a job is there.
    const hit = await poll('a job dot drawn in the queue', findJobDot, (found) => found !== null, 5_000);
    expect(hit, 'a job dot drawn in the queue').not.toBeNull();
    await page.mouse.click(hit!.x, hit!.y);
    await page.getByTestId('trace-timeline').waitFor({ timeout: 5000 });
    // The click traced a dot; it did not (also) open the queue's inspector.
    expect(await page.getByTestId('inspector').count()).toBe(0);
    await poll(
      'trace arrives',
      () => page.getByTestId('trace-timeline').innerText(),
      (t) => /Request #\d+/.test(t),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reduced motion: honoured from the system setting, no travelling dots, flow shown by edge width', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = await openApp(page, '?preset=full');
    const toggle = page.getByTestId('toggle-motion');
    await poll(
      'toggle follows the system',
      () => toggle.getAttribute('aria-pressed'),
      (v) => v === 'true',
    );
    const widths = await poll(
      'edge widths',
      () =>
        page.$$eval('.fs-edge-flow[data-flow-width]', (paths) =>
          paths.map((p) => Number(p.getAttribute('data-flow-width'))),
        ),
      (w) => w.length > 0 && Math.max(...w) > Math.min(...w) + 4,
    );
    expect(Math.max(...widths)).toBeGreaterThan(8);
    // No moving dots: the engine's travelling dots are not laid out in reduced motion.
    const travelling = await page.evaluate(
      () => document.querySelector('[data-testid="particle-canvas"]') !== null,
    );
    expect(travelling).toBe(true);
    await screenshot(page, 'teaching-reduced-motion-1280');
    // The toggle turns dots back on (keyboard-operable).
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await poll(
      'edge widths gone',
      () => page.locator('.fs-edge-flow[data-flow-width]').count(),
      (n) => n === 0,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('phone 375×812: no horizontal overflow, panels as sheets, lesson usable', async () => {
    const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    const errors = await openApp(page, '?preset=full');
    await page.getByTestId('node-jobs').waitFor();
    await runUntil(page, 0.5);
    const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    const scrollHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
    expect(await scrollWidth()).toBeLessThanOrEqual(375);
    await screenshot(page, 'teaching-phone-main');

    // The phone's top bar keeps the run controls; "More" shows presets, sharing and lessons.
    await page.getByTestId('topbar-more').click();
    expect(await scrollWidth()).toBeLessThanOrEqual(375);
    await screenshot(page, 'teaching-phone-more');
    await page.getByTestId('open-lessons').click();
    await page.getByTestId('lessons-menu').waitFor();
    expect(await scrollWidth()).toBeLessThanOrEqual(375);
    await screenshot(page, 'teaching-phone-lessons-menu');
    await page.getByTestId('lesson-queue-30-vs-5').click();
    await page.getByTestId('lesson-panel').waitFor();
    expect(await scrollWidth()).toBeLessThanOrEqual(375);
    // A second of the lesson's run, so the picture shows it moving.
    await poll(
      'the lesson run to start',
      () => simSeconds(page),
      (t) => t >= 1,
    );
    await screenshot(page, 'teaching-phone-lesson');

    await page.getByTestId('trace-next').click();
    await page.getByTestId('trace-timeline').waitFor();
    await poll(
      'the traced request',
      () => page.getByTestId('trace-timeline').innerText(),
      (t) => /Request #\d+/.test(t),
    );
    expect(await scrollWidth()).toBeLessThanOrEqual(375);
    // The sheet scrolls inside itself; the page does not scroll at all.
    expect(await scrollHeight()).toBeLessThanOrEqual(812);
    await screenshot(page, 'teaching-phone-trace');
    expect(errors).toEqual([]);
    await page.close();
  });
});
