/**
 * In headless Chromium: what a class sees is legible. Node text is measured as
 * rendered (computed font size × the graph's zoom) at 1280×800 with and without an inspector and
 * on a 375×812 phone; rate labels do not overlap (bounding boxes); the phone page does not scroll
 * sideways; the clock at Max speed shows its units; the graph does not move when the summary's
 * figures change; the trace is a waterfall on one time axis; the glossary search filters.
 * Screenshots (legible-*.png) at 1280×800, 1920×1080 and 375×812.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, poll, screenshot } from './browser.ts';

const DESKTOP = { width: 1280, height: 800 } as const;
const WIDE = { width: 1920, height: 1080 } as const;
const PHONE = { width: 375, height: 812 } as const;

interface TextSize {
  zoom: number;
  minPx: number;
  smallest: string;
}

/** The smallest rendered size of any visible text inside the graph's nodes, in screen pixels. */
function nodeTextSize(page: Page): Promise<TextSize> {
  return page.evaluate(() => {
    const viewport = document.querySelector('.react-flow__viewport');
    if (!viewport) throw new Error('no graph');
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    let minPx = Infinity;
    let smallest = '';
    const walker = document.createTreeWalker(
      document.querySelector('.react-flow__nodes')!,
      NodeFilter.SHOW_TEXT,
    );
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || el.getClientRects().length === 0) continue;
      if (el.closest('.fs-visually-hidden')) continue;
      const px = parseFloat(getComputedStyle(el).fontSize) * zoom;
      if (px < minPx) {
        minPx = px;
        smallest = `${el.className}: ${n.textContent.trim().slice(0, 20)}`;
      }
    }
    return { zoom, minPx: Math.round(minPx * 10) / 10, smallest };
  });
}

/** Pairs of rate labels whose boxes overlap on screen. */
function labelOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll<HTMLElement>('.fs-edge-label')];
    const boxes = labels.map((l) => l.getBoundingClientRect());
    const pairs: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          pairs.push(`${labels[i].textContent} × ${labels[j].textContent}`);
      }
    return pairs;
  });
}

const viewportTransform = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);

/** Waits until the graph has been fitted and stopped moving (two equal transforms 300 ms apart). */
async function settled(page: Page): Promise<void> {
  await page.locator('.fs-edge-label').first().waitFor();
  let last = '';
  await poll(
    'the graph to settle',
    async () => {
      const now = await viewportTransform(page);
      const same = now === last;
      last = now;
      return same;
    },
    (same) => same,
    10_000,
    300,
  );
}

describe('legible in a lecture hall and on a phone', () => {
  let browser: Browser;
  const measured: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    // The figures for the report (the measured text sizes).
    console.log(`Measured node text:\n${measured.join('\n')}`);
    await browser?.close();
  });

  async function open(query: string, viewport: { width: number; height: number }) {
    const page = await browser.newPage({ viewport });
    const errors = await openApp(page, query);
    await settled(page);
    return { page, errors };
  }

  it('1280×800, full preset: node text ≥ 12 px, ≥ 10 px with an inspector open; rate labels apart', async () => {
    const { page, errors } = await open('#v=1&preset=full', DESKTOP);
    const plain = await nodeTextSize(page);
    measured.push(
      `full 1280×800: ${plain.minPx} px (zoom ${plain.zoom.toFixed(2)}; smallest ${plain.smallest})`,
    );
    expect(plain.minPx, plain.smallest).toBeGreaterThanOrEqual(12);
    expect(await labelOverlaps(page)).toEqual([]);
    await screenshot(page, 'legible-full-1280x800');

    await page.getByTestId('node-gateway-1').click();
    await page.getByTestId('inspector').waitFor();
    await settled(page);
    const inspecting = await nodeTextSize(page);
    measured.push(`full 1280×800 + inspector: ${inspecting.minPx} px (zoom ${inspecting.zoom.toFixed(2)})`);
    expect(inspecting.minPx, inspecting.smallest).toBeGreaterThanOrEqual(10);
    expect(await labelOverlaps(page)).toEqual([]);
    // The node being inspected stays in view.
    const box = await page.getByTestId('node-gateway-1').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    await screenshot(page, 'legible-full-1280x800-inspector');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('1920×1080, both presets, with and without an inspector: text ≥ 12 px, labels apart', async () => {
    for (const [preset, node] of [
      ['full', 'catalog'],
      ['queue-30-vs-5', 'jobs'],
    ] as const) {
      const { page, errors } = await open(`#v=1&preset=${preset}`, WIDE);
      const size = await nodeTextSize(page);
      measured.push(`${preset} 1920×1080: ${size.minPx} px (zoom ${size.zoom.toFixed(2)})`);
      expect(size.minPx, size.smallest).toBeGreaterThanOrEqual(12);
      expect(await labelOverlaps(page)).toEqual([]);
      await screenshot(page, `legible-${preset}-1920x1080`);
      await page.getByTestId(`node-${node}`).click();
      await page.getByTestId('inspector').waitFor();
      await settled(page);
      const inspecting = await nodeTextSize(page);
      measured.push(`${preset} 1920×1080 + inspector: ${inspecting.minPx} px`);
      expect(inspecting.minPx, inspecting.smallest).toBeGreaterThanOrEqual(10);
      await screenshot(page, `legible-${preset}-1920x1080-inspector`);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('1280×800, 30-vs-5: edges long enough to show the dots, labels beside the line', async () => {
    const { page, errors } = await open('#v=1&preset=queue-30-vs-5', DESKTOP);
    const size = await nodeTextSize(page);
    measured.push(`queue-30-vs-5 1280×800: ${size.minPx} px (zoom ${size.zoom.toFixed(2)})`);
    expect(size.minPx, size.smallest).toBeGreaterThanOrEqual(12);
    // Each edge's drawn length on screen, and whether its label's box covers its midpoint.
    const edges = await page.evaluate(() =>
      [...document.querySelectorAll<SVGPathElement>('.react-flow__edge-path.fs-edge')].map((path, i) => {
        const length = path.getTotalLength();
        const mid = path.getPointAtLength(length / 2);
        const ctm = path.getScreenCTM()!;
        const screen = new DOMPoint(mid.x, mid.y).matrixTransform(ctm);
        const label = document.querySelector(`[data-testid="edge-rate-${i}"]`)!.getBoundingClientRect();
        const covers =
          screen.x > label.left && screen.x < label.right && screen.y > label.top && screen.y < label.bottom;
        return { px: length * ctm.a, covers };
      }),
    );
    for (const edge of edges) {
      expect(edge.px).toBeGreaterThanOrEqual(120);
      expect(edge.covers).toBe(false);
    }
    await screenshot(page, 'legible-queue-30-vs-5-1280x800');
    await page.getByTestId('node-jobs').click();
    await page.getByTestId('inspector').waitFor();
    await settled(page);
    const inspecting = await nodeTextSize(page);
    measured.push(`queue-30-vs-5 1280×800 + inspector: ${inspecting.minPx} px`);
    expect(inspecting.minPx).toBeGreaterThanOrEqual(10);
    await screenshot(page, 'legible-queue-30-vs-5-1280x800-inspector');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('375×812 phone: top-to-bottom layout, node text ≥ 11 px, header in one row, no sideways scroll', async () => {
    for (const preset of ['queue-30-vs-5', 'full']) {
      const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
      const errors = await openApp(page, `#v=1&preset=${preset}`);
      await settled(page);
      const size = await nodeTextSize(page);
      measured.push(`${preset} 375×812: ${size.minPx} px (zoom ${size.zoom.toFixed(2)})`);
      expect(size.minPx, size.smallest).toBeGreaterThanOrEqual(11);
      expect(await labelOverlaps(page)).toEqual([]);
      // The graph uses the width: the first node spans more than half the pane.
      const pane = (await page.locator('.react-flow').boundingBox())!;
      const first = (await page.locator('.react-flow__node').first().boundingBox())!;
      if (preset === 'queue-30-vs-5') expect(first.width).toBeGreaterThan(pane.width / 2);
      // Top to bottom: every edge's target sits below its source.
      const downward = await page.evaluate(() =>
        [...document.querySelectorAll<SVGPathElement>('.react-flow__edge-path.fs-edge')].every((path) => {
          const start = path.getPointAtLength(0);
          const end = path.getPointAtLength(path.getTotalLength());
          return end.y > start.y;
        }),
      );
      expect(downward).toBe(true);
      // The header is one row: every visible control shares the play button's row.
      const rows = await page.evaluate(() => {
        const tops = [...document.querySelectorAll<HTMLElement>('.fs-topbar button, .fs-topbar select')]
          .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().width > 2)
          .map((el) => Math.round(el.getBoundingClientRect().top / 10));
        return new Set(tops).size;
      });
      expect(rows).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await screenshot(page, `legible-${preset}-375x812`);
      if (preset === 'queue-30-vs-5') {
        await page.locator('.react-flow__node').first().tap();
        await page.getByTestId('inspector').waitFor();
        await settled(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          PHONE.width,
        );
        await screenshot(page, `legible-${preset}-375x812-inspector`);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('the graph does not jump while the summary bar fills in and its figures change', async () => {
    const { page, errors } = await open('#v=1&preset=full', DESKTOP);
    const before = await viewportTransform(page);
    const summaryHeight = async () => (await page.getByTestId('summary-bar').boundingBox())!.height;
    const height = await summaryHeight();
    await page.getByTestId('speed').selectOption('max');
    // A few report refreshes with new failure codes and a longer clock.
    await poll(
      'a minute of simulated time',
      () => page.getByTestId('sim-time').innerText(),
      (t) => /min/.test(t),
      30_000,
    );
    expect(await summaryHeight()).toBe(height);
    expect(await viewportTransform(page)).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the clock at Max speed shows its units', async () => {
    const { page, errors } = await open('#v=1&preset=queue-30-vs-5', DESKTOP);
    await page.getByTestId('speed').selectOption('max');
    const text = await poll(
      'the clock past a minute',
      () => page.getByTestId('sim-time').innerText(),
      (t) => /\d+ (min|h)/.test(t),
      30_000,
    );
    expect(text).toMatch(/^Time \d+ (min( \d+ s)?|h( \d+ min)?)$/);
    expect(text).not.toMatch(/\d:\d\d/);
    // The speed drop-down is wide enough for its text.
    const clipped = await page.getByTestId('speed').evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    expect(clipped).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the glossary search filters as one types and says when nothing matches', async () => {
    const { page, errors } = await open('#v=1&preset=full', DESKTOP);
    await page.getByTestId('open-glossary').click();
    const box = page.getByLabel('Search the glossary');
    await box.waitFor();
    const count = () => page.locator('.fs-glossary__list dt').count();
    const all = await count();
    await page.keyboard.type('backlog');
    await poll('the list to filter', count, (n) => n > 0 && n < all);
    expect(await page.locator('.fs-glossary__list dt').first().innerText()).toMatch(/backlog/i);
    await screenshot(page, 'legible-glossary-search-1280x800');
    await page.keyboard.type('zzz');
    await poll(
      'no match',
      () => page.getByTestId('glossary-count').innerText(),
      (t) => /No match/.test(t),
    );
    expect(await count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the trace is a waterfall on one shared axis; tracing web /checkout follows the fan-out on purpose', async () => {
    const { page, errors } = await open('#v=1&preset=full', DESKTOP);
    await page.getByTestId('trace-next').click();
    await page.getByTestId('trace-timeline').waitFor();
    await page.getByTestId('trace-client').selectOption('web');
    await page.getByTestId('trace-route').selectOption('/checkout');
    await page.getByTestId('trace-filtered').click();
    await poll(
      'the traced checkout request to end',
      () =>
        page
          .getByTestId('trace-outcome')
          .innerText()
          .catch(() => ''),
      (t) => t.startsWith('Outcome'),
      30_000,
    );
    const text = await page.getByTestId('trace-timeline').innerText();
    expect(text).toContain('Checkout orchestrator');
    expect(await page.locator('[data-testid^="trace-lane-lane-"]').count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByTestId('trace-slowest').count()).toBe(1);
    // One axis: every hop's track has the axis's left edge and width, and bars stay inside it.
    const geometry = await page.evaluate(() => {
      const axis = document.querySelector('[data-testid="trace-axis"]')!.getBoundingClientRect();
      const tracks = [...document.querySelectorAll('[data-testid="trace-span"]')].map((t) =>
        t.getBoundingClientRect(),
      );
      const bars = [...document.querySelectorAll('.fs-span__bar')].map((b) => b.getBoundingClientRect());
      return {
        axis: { left: axis.left, width: axis.width },
        tracks: tracks.map((t) => ({ left: t.left, width: t.width })),
        outside: bars.filter((b) => b.left < axis.left - 1 || b.right > axis.right + 1).length,
        bars: bars.length,
      };
    });
    expect(geometry.tracks.length).toBeGreaterThan(5);
    for (const track of geometry.tracks) {
      expect(Math.abs(track.left - geometry.axis.left)).toBeLessThanOrEqual(1);
      expect(Math.abs(track.width - geometry.axis.width)).toBeLessThanOrEqual(1);
    }
    expect(geometry.bars).toBeGreaterThan(5);
    expect(geometry.outside).toBe(0);
    await page.getByTestId('trace-axis').scrollIntoViewIfNeeded();
    await screenshot(page, 'legible-trace-waterfall-1280x800');
    expect(errors).toEqual([]);
    await page.close();
  });
});
