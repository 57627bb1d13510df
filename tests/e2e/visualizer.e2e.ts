/**
 * The live visualizer in headless Chromium: every node kind on screen, moving
 * dots, a growing queue backlog, the balancer's split following its algorithm, pause, the inspector
 * and the keyboard. One browser for the file, a fresh page per test; every test asserts that the
 * page logged no console error, page error or failed request. Screenshots go to
 * test-results/screenshots/ (visualizer-*.png) at 1280×800 and 375×812.
 *
 * Waits poll a condition with a timeout (never a fixed sleep), so the file runs in well under two minutes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, nextFrames, openApp, poll, screenshot, stopsMoving } from './browser.ts';

const DESKTOP = { width: 1280, height: 800 } as const;
const PHONE = { width: 375, height: 812 } as const;

const FULL_KINDS: Record<string, string[]> = {
  client: ['mobile', 'web'],
  loadBalancer: ['lb'],
  gateway: ['gateway-1', 'gateway-2'],
  orchestrator: ['checkout'],
  service: ['users', 'catalog', 'orders', 'inventory', 'pricing', 'payments', 'consumer-1', 'consumer-2'],
  queue: ['jobs'],
};

/** A hash of the particle canvas's pixels (FNV-1a over the RGBA bytes) and how many are not blank. */
function canvasHash(page: Page): Promise<{ hash: number; painted: number; width: number; height: number }> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="particle-canvas"]');
    if (!canvas) throw new Error('particle canvas missing');
    const ctx = canvas.getContext('2d');
    if (!ctx || canvas.width === 0 || canvas.height === 0)
      return { hash: 0, painted: 0, width: 0, height: 0 };
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let hash = 0x811c9dc5;
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] !== 0) painted++;
      hash = Math.imul(hash ^ data[i], 16777619);
      hash = Math.imul(hash ^ data[i + 1], 16777619);
      hash = Math.imul(hash ^ data[i + 2], 16777619);
      hash = Math.imul(hash ^ data[i + 3], 16777619);
    }
    return { hash: hash >>> 0, painted, width: canvas.width, height: canvas.height };
  });
}

const simTime = (page: Page) => page.getByTestId('sim-time').innerText();
const attr = async (page: Page, testId: string, name: string) =>
  Number(await page.getByTestId(testId).getAttribute(name));

/** The run's simulated time in seconds. */
const runSeconds = async (page: Page) =>
  Number(await page.getByTestId('sim-time').getAttribute('data-time-s'));

/** Waits until the run has reached `seconds` of simulated time. */
const runUntil = (page: Page, seconds: number) =>
  poll(
    `the run to reach ${seconds} s`,
    () => runSeconds(page),
    (t) => t >= seconds,
  );

/** Waits until the run's clock has moved past its start (the worker is running and snapshots arrive). */
async function waitForRun(page: Page): Promise<void> {
  const start = await simTime(page);
  await poll(
    'the simulated clock to move',
    () => simTime(page),
    (t) => t !== start,
    10_000,
  );
}

async function setSpeed(page: Page, speed: string): Promise<void> {
  await page.getByTestId('speed').selectOption(speed);
}

async function isPlaying(page: Page): Promise<boolean> {
  return (await page.getByTestId('play-pause').innerText()).includes('Pause');
}

describe('the live visualizer in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(query?: string, viewport: { width: number; height: number } = DESKTOP) {
    const page = await browser.newPage({ viewport });
    const errors = await openApp(page, query);
    await page.getByTestId('particle-canvas').waitFor({ state: 'attached', timeout: 10_000 });
    return { page, errors };
  }

  it('opens on the full preset with every node kind inside the 1280×800 viewport', async () => {
    // The phone-sized page loads alongside (a fresh load, so the diagram is fitted to its width).
    const [{ page, errors }, phone] = await Promise.all([open(), open(undefined, PHONE)]);
    await expect(page.getByTestId('presets-menu').getAttribute('data-preset-id')).resolves.toBe('full');
    await waitForRun(page);
    const outside: string[] = [];
    for (const [kind, ids] of Object.entries(FULL_KINDS)) {
      let inside = 0;
      for (const id of ids) {
        const wrapper = page.getByTestId(`rf__node-${id}`);
        await wrapper.waitFor({ state: 'visible', timeout: 10_000 });
        const box = await wrapper.boundingBox();
        const within =
          box !== null &&
          box.x >= 0 &&
          box.y >= 0 &&
          box.x + box.width <= DESKTOP.width &&
          box.y + box.height <= DESKTOP.height;
        if (within) inside++;
        else outside.push(`${id} (${kind}) at ${JSON.stringify(box)}`);
      }
      expect(inside, `no ${kind} node fully inside the viewport`).toBeGreaterThan(0);
    }
    // Every node, not just one per kind, should fit: a teacher projects the whole diagram.
    expect(outside, 'nodes outside the 1280×800 viewport').toEqual([]);
    // Each wrapper is labelled "{label}, {Kind}" for screen readers.
    await expect(page.getByTestId('rf__node-jobs').getAttribute('aria-label')).resolves.toMatch(
      /Order jobs queue, /,
    );
    // A second of traffic, so dots are spread along the edges for the picture.
    await runUntil(page, 1);
    await screenshot(page, 'visualizer-full-1280x800');

    await waitForRun(phone.page);
    await screenshot(phone.page, 'visualizer-full-375x812');
    expect(phone.errors).toEqual([]);
    await phone.page.close();

    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves dots: the particle canvas changes between frames', async () => {
    const { page, errors } = await open();
    await waitForRun(page);
    const first = await poll(
      'dots on the canvas',
      () => canvasHash(page),
      (c) => c.painted > 0,
      10_000,
    );
    expect(first.width).toBeGreaterThan(0);
    const later = await poll(
      'the canvas to change',
      () => canvasHash(page),
      (c) => c.hash !== first.hash,
      5_000,
      50,
    );
    expect(later.hash).not.toBe(first.hash);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('grows the queue backlog with the producer at 30/s and one consumer at 5/s', async () => {
    const [{ page, errors }, phone] = await Promise.all([
      open('#v=1&preset=queue-30-vs-5'),
      open('#v=1&preset=queue-30-vs-5', PHONE),
    ]);
    await waitForRun(page);
    await setSpeed(page, '5');
    await setSpeed(phone.page, '10');
    const backlog = () => attr(page, 'queue-backlog-jobs', 'data-backlog');
    const start = await poll('a backlog to form', backlog, (b) => b > 0, 15_000);
    // ~25 jobs/s of net growth in simulated time: at 5× that is ~125 per wall second.
    const grown = await poll('the backlog to grow by 100', backlog, (b) => b >= start + 100, 15_000);
    expect(grown).toBeGreaterThan(start);
    // The node says so in words, too: a positive growth rate.
    await expect(page.getByTestId('queue-growth-jobs').innerText()).resolves.toMatch(/\+|\d/);
    await screenshot(page, 'visualizer-queue-grown-1280x800');

    await poll(
      'a backlog on the phone',
      () => attr(phone.page, 'queue-backlog-jobs', 'data-backlog'),
      (b) => b >= 150,
      20_000,
    );
    await screenshot(phone.page, 'visualizer-queue-grown-375x812');
    expect(phone.errors).toEqual([]);
    await phone.page.close();

    expect(errors).toEqual([]);
    await page.close();
  });

  it('changes the per-server split when the balancer switches from round robin to weighted round robin', async () => {
    // Round robin ignores weights: app-1's weight of 6 only matters once the algorithm is weighted.
    const { page, errors } = await open('#v=1&preset=monolith&lb~app-1.weight=6');
    await waitForRun(page);
    await setSpeed(page, '10');
    const share = () => attr(page, 'lb-share-lb-app-1', 'data-share');
    const even = await poll('an even round-robin split', share, (s) => s > 0.25 && s < 0.42, 15_000);
    await expect(page.getByTestId('lb-algorithm-lb').innerText()).resolves.toMatch(/round robin/i);

    await page.getByTestId('toggle-params').click();
    await page.getByTestId('param-lb-algorithm').selectOption('weighted-round-robin');
    await expect(page.getByTestId('lb-algorithm-lb').innerText()).resolves.toMatch(/weight/i);
    // 6 : 1 : 1 → app-1 should approach 0.75 as the 4 s rate window refills.
    // Wait until the window has mostly refilled (steady state 0.75), so the comparison with the
    // even split (< 0.42) does not depend on when the first poll lands.
    const weighted = await poll('app-1 to take most of the traffic', share, (s) => s > 0.65, 25_000);
    expect(weighted - even).toBeGreaterThan(0.2);
    const other = await attr(page, 'lb-share-lb-app-2', 'data-share');
    expect(other).toBeLessThan(0.25);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stops the dots and the clock when paused', async () => {
    const { page, errors } = await open();
    await waitForRun(page);
    await poll(
      'dots on the canvas',
      () => canvasHash(page),
      (c) => c.painted > 0,
      10_000,
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    await poll(
      'the button to offer Play',
      () => isPlaying(page),
      (p) => !p,
      5_000,
    );
    // The last snapshot in flight may land a frame or two after the click: wait until stable.
    let before = await canvasHash(page);
    let time = await simTime(page);
    await poll(
      'the paused canvas to settle',
      async () => {
        await nextFrames(page, 8);
        const next = await canvasHash(page);
        const nextTime = await simTime(page);
        const same = next.hash === before.hash && nextTime === time;
        before = next;
        time = nextTime;
        return same;
      },
      (same) => same,
      5_000,
      0,
    );
    // A paused canvas that still moved would do so on a frame: a second's worth of frames.
    await nextFrames(page, 60);
    const after = await canvasHash(page);
    expect(after.hash).toBe(before.hash);
    await expect(simTime(page)).resolves.toBe(time);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the inspector with an explanation, live figures and charts when a node is clicked', async () => {
    const [{ page, errors }, phone] = await Promise.all([open(), open(undefined, PHONE)]);
    await waitForRun(page);
    await page.getByTestId('node-catalog').click();
    const inspector = page.getByTestId('inspector');
    await inspector.waitFor({ state: 'visible', timeout: 5_000 });
    await expect(inspector.innerText()).resolves.toContain('Catalog service');
    const explanation = await page.getByTestId('inspector-explanation').innerText();
    expect(explanation.length).toBeGreaterThan(60);
    expect(await page.getByTestId('inspector-live').isVisible()).toBe(true);
    for (const chart of ['throughput', 'waiting', 'utilization', 'latency']) {
      const box = await page.getByTestId(`chart-${chart}`).boundingBox();
      expect(box, `chart-${chart}`).not.toBeNull();
      expect(box!.width).toBeGreaterThan(100);
      expect(box!.height).toBeGreaterThan(40);
    }
    // A few more chart samples (one per simulated second) for the picture.
    await runUntil(page, (await runSeconds(page)) + 2);
    await screenshot(page, 'visualizer-inspector-1280x800');
    // The charts sit below the fold of the side panel at 800 px: scroll them in for a second picture.
    await page.getByTestId('chart-latency').scrollIntoViewIfNeeded();
    await screenshot(page, 'visualizer-inspector-charts-1280x800');
    // The panel scrolls, the page does not: wheeling past the panel's end must not move the app.
    await page.mouse.move(1100, 500);
    await page.mouse.wheel(0, 3000);
    // A wheel scrolls on the frames that follow it.
    await nextFrames(page, 10);
    const scroll = await page.evaluate(() => ({
      y: window.scrollY,
      overflow: document.documentElement.scrollHeight - window.innerHeight,
    }));
    expect(scroll).toEqual({ y: 0, overflow: 0 });
    await page.getByRole('button', { name: 'Close inspector' }).click();
    await inspector.waitFor({ state: 'detached', timeout: 5_000 });

    await phone.page.getByTestId('node-mobile').click();
    await phone.page.getByTestId('inspector').waitFor({ state: 'visible', timeout: 5_000 });
    await stopsMoving(phone.page.getByTestId('inspector'));
    await screenshot(phone.page, 'visualizer-inspector-375x812');
    expect(phone.errors).toEqual([]);
    await phone.page.close();

    expect(errors).toEqual([]);
    await page.close();
  });

  it('works from the keyboard: Tab to Play/Pause, Space shortcut, ? help, arrows in a select and a slider', async () => {
    const { page, errors } = await open();
    await waitForRun(page);
    expect(await isPlaying(page)).toBe(true);

    // Tab from the start of the page to the Play/Pause button.
    let focused = '';
    for (let i = 0; i < 25 && focused !== 'play-pause'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    }
    expect(focused).toBe('play-pause');
    await page.keyboard.press('Enter');
    await poll(
      'Enter to pause',
      () => isPlaying(page),
      (p) => !p,
      5_000,
    );
    await page.keyboard.press('Space');
    await poll(
      'Space on the button to play',
      () => isPlaying(page),
      (p) => p,
      5_000,
    );

    // The global shortcut: Space with nothing focused.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    await poll(
      'the Space shortcut to pause',
      () => isPlaying(page),
      (p) => !p,
      5_000,
    );
    await page.keyboard.press('Space');
    await poll(
      'the Space shortcut to play',
      () => isPlaying(page),
      (p) => p,
      5_000,
    );

    // ? opens the help, Escape closes it.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: /keyboard shortcuts/i });
    await help.waitFor({ state: 'visible', timeout: 5_000 });
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden', timeout: 5_000 });

    // A select and a slider, changed with the arrow keys; the node shows the change.
    await page.getByTestId('toggle-params').click();
    const algorithm = page.getByTestId('param-lb-algorithm');
    const shownBefore = await page.getByTestId('lb-algorithm-lb').innerText();
    await algorithm.focus();
    await page.keyboard.press('ArrowDown');
    await expect(algorithm.inputValue()).resolves.toBe('weighted-round-robin');
    await poll(
      'the balancer node to show the new algorithm',
      () => page.getByTestId('lb-algorithm-lb').innerText(),
      (t) => t !== shownBefore,
      5_000,
    );

    const rate = page.getByTestId('param-mobile-rate');
    const rateBefore = await page.getByTestId('client-rate-mobile').innerText();
    await rate.focus();
    await page.keyboard.press('ArrowRight');
    const rateAfter = await poll(
      'the client node to show the new rate',
      () => page.getByTestId('client-rate-mobile').innerText(),
      (t) => t !== rateBefore,
      5_000,
    );
    expect(parseFloat(rateAfter)).toBeGreaterThan(parseFloat(rateBefore));

    expect(errors).toEqual([]);
    await page.close();
  });
});
