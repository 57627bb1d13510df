/**
 * What the class sees of faults, in a real browser: a cut edge is drawn cut with the
 * requests piling up at the cut, added latency shows on the edge and goes when the fault ends, and
 * a crashed server's lost work ends visibly where it stood. Every figure read here is the engine's
 * (the pile count, the lost count); the canvas is checked by its pixels at those places.
 * Screenshots at the three sizes the team checks.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, poll, screenshot } from './browser.ts';

// The server-dies preset without its scheduled crash (edges: 0 web>lb, 1 lb>app-1, 2 lb>app-2, 3 lb>app-3).
const NO_CRASH = '#v=1&preset=server-dies&seed=1&fault=none';
// App server 2 slowed to 0.25 s a request: offered 10/s × 0.25 s = 2.5 for 2 workers, so a line builds.
const BACKLOG = '#v=1&preset=server-dies&seed=1&app-2.serviceTime.mean=0.25&fault=none';
const SIZES = [
  [1280, 800],
  [1920, 1080],
  [375, 812],
] as const;

/** Pure-vermilion pixels of one cross at the fitted zoom, with room for antialiasing (about 30 measured). */
const CROSS_INK = 12;

const simTime = async (page: Page) => Number(await page.getByTestId('sim-time').getAttribute('data-time-s'));

/** Canvas pixels inside a screen rectangle that pass `test` (r, g, b, a), read from the dot canvas. */
function inkIn(
  page: Page,
  rect: { x: number; y: number; width: number; height: number },
  colour: 'any' | 'cross',
): Promise<number> {
  return page.evaluate(
    ({ rect, colour }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="particle-canvas"]');
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return -1;
      const box = canvas.getBoundingClientRect();
      const scale = canvas.width / box.width;
      const x = Math.max(0, Math.round((rect.x - box.left) * scale));
      const y = Math.max(0, Math.round((rect.y - box.top) * scale));
      const w = Math.max(1, Math.round(rect.width * scale));
      const h = Math.max(1, Math.round(rect.height * scale));
      const data = ctx.getImageData(x, y, w, h).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        // The crosses' vermilion (#D55E00), not the dots' blue or orange nor the badges' dark red.
        const cross = Math.abs(r - 213) < 25 && Math.abs(g - 94) < 25 && b < 40;
        if (a > 200 && (colour === 'any' || cross)) count++;
      }
      return count;
    },
    { rect, colour },
  );
}

/** The element's box on screen, once it has one (after a resize the diagram refits). */
async function box(page: Page, testId: string) {
  const found = await poll(
    `${testId} to be laid out`,
    () => page.getByTestId(testId).boundingBox(),
    (b) => b !== null,
  );
  return found as NonNullable<typeof found>;
}

describe('fault visuals in headless Chromium', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const fresh = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    contexts.push(context);
    return context.newPage();
  };
  const shootAll = async (page: Page, name: string) => {
    for (const [w, h] of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      // On a phone the inspector is a sheet over the diagram: close it to see the diagram.
      if (w < 760) await page.getByRole('button', { name: 'Close inspector' }).click();
      await screenshot(page, `${name}-${w}x${h}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
  });

  it('a cut by click breaks the edge and the requests pile up at the cut until it heals', async () => {
    const page = await fresh();
    const errors = await openApp(page, NO_CRASH);
    await poll(
      'the run to start',
      () => simTime(page),
      (t) => t >= 1,
    );
    await page.getByTestId('node-lb').click();
    await page.getByTestId('fault-cut-lb-app-2').click();
    const cut = page.getByTestId('edge-cut-2');
    await cut.waitFor();
    expect(await page.locator('.react-flow__edge-path.is-cut').count()).toBe(1);
    // A third of 30 req/s goes to app-2: about 10 more wait at the cut every simulated second.
    const first = Number(await cut.getAttribute('data-piled'));
    const tFirst = await simTime(page);
    const grown = await poll(
      'the pile to grow',
      async () => ({ piled: Number(await cut.getAttribute('data-piled')), t: await simTime(page) }),
      ({ piled, t }) => t >= tFirst + 2 && piled >= first + 10,
    );
    expect(await cut.innerText()).toMatch(/cut · \d+ waiting/);
    expect(grown.piled).toBeLessThanOrEqual(first + Math.ceil((grown.t - tFirst + 0.5) * 10) + 1);
    // The pile is drawn just before the ✂ (the sender's side, left on a wide screen).
    const mark = await box(page, 'edge-cut-mark-2');
    const pile = { x: mark.x - 90, y: mark.y - 15, width: 90, height: mark.height + 30 };
    expect(await inkIn(page, pile, 'any')).toBeGreaterThan(200);
    await shootAll(page, 'fault-visuals-cut');

    // Reconnect: what piled up crosses, and the edge is whole again.
    await page.getByTestId('node-lb').click();
    await page.getByTestId('fault-reconnect-lb-app-2').click();
    await cut.waitFor({ state: 'detached' });
    expect(await page.locator('.react-flow__edge-path.is-cut').count()).toBe(0);
    expect(errors.join('\n')).toBe('');
  });

  it('added latency by click shows on the edge and goes when the fault ends', async () => {
    const page = await fresh();
    const errors = await openApp(page, NO_CRASH);
    await poll(
      'the run to start',
      () => simTime(page),
      (t) => t >= 1,
    );
    await page.getByTestId('node-lb').click();
    await page
      .getByRole('group', { name: 'Faults on the link to App server 1' })
      .getByRole('button', { name: /\+0\.5 s latency for 30 s/ })
      .click();
    const label = page.getByTestId('edge-latency-1');
    await label.waitFor();
    expect(await label.innerText()).toContain('+500 ms');
    expect(await page.locator('.react-flow__edge-path.is-slowed').count()).toBe(1);
    await page.getByTestId('edge-slowed-1').waitFor();
    const from = await simTime(page);
    await shootAll(page, 'fault-visuals-latency');
    // 30 simulated seconds later the fault is over: the label and the dotted style go.
    await page.getByTestId('speed').selectOption('10');
    await poll(
      'the fault to end',
      () => simTime(page),
      (t) => t >= from + 31,
      30_000,
    );
    await label.waitFor({ state: 'detached' });
    expect(await page.locator('.react-flow__edge-path.is-slowed').count()).toBe(0);
    expect(errors.join('\n')).toBe('');
  });

  it('a crash by click ends the work the server held visibly, where it stood', async () => {
    const page = await fresh();
    const errors = await openApp(page, BACKLOG);
    // Wait for a line at app-2, so the crash has something to lose.
    await poll(
      'a line at App server 2',
      async () => Number(await page.getByTestId('service-waiting-app-2').innerText()),
      (waiting) => waiting >= 3,
    );
    await page.getByTestId('node-app-2').click();
    await page.getByTestId('fault-crash-app-2').click();
    const lost = page.getByTestId('fault-lost-app-2');
    await lost.waitFor();
    // Pause at once: the crosses hold while paused, for the class (and this test) to look at.
    await page.getByTestId('play-pause').click();
    const text = await lost.innerText();
    const count = Number(/(\d+) lost · 503/.exec(text)?.[1]);
    expect(count).toBeGreaterThanOrEqual(3);
    // Each lost request is a cross at its worker slot or place in line: the dock's bottom row.
    const dockInk = async () => {
      const node = await box(page, 'node-app-2');
      return inkIn(page, { x: node.x, y: node.y + node.height - 40, width: node.width, height: 40 }, 'cross');
    };
    await poll('the crosses to be drawn', dockInk, (ink) => ink > CROSS_INK * Math.min(count, 6));
    await shootAll(page, 'fault-visuals-crash');
    // Still there after the resizes: held while paused.
    expect(await dockInk()).toBeGreaterThan(CROSS_INK * Math.min(count, 6));
    expect(errors.join('\n')).toBe('');
  });
});
