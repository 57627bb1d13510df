/**
 * Faults in a real browser: a crash injected by a click shows on the node, the balancer's health
 * check takes the server out, and the link copied afterwards replays the run figure for figure in
 * a fresh context. Screenshots at the three sizes the team checks.
 */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshPages, openApp, pauseAtStart, poll, screenshot } from './browser.ts';

// The preset without its scheduled crash (fault=none), with probes every second, out after 2.
const LINK =
  '#v=1&preset=server-dies&seed=1&lb.healthCheck.interval=1&lb.healthCheck.unhealthyThreshold=2' +
  '&lb.healthCheck.healthyThreshold=2&fault=none';
const STEPS = 60;

const simTime = async (page: Page) => {
  const text = await page.getByTestId('sim-time').innerText();
  return Number(/(\d+(?:\.\d+)?) s/.exec(text)?.[1] ?? -1);
};

async function stepAndExport(
  page: Page,
): Promise<{ report: { nodes: Record<string, { failed: Record<string, number> }> } }> {
  for (let i = 0; i < STEPS; i++) await page.getByTestId('step').click();
  await page.waitForFunction(
    (t) => document.querySelector('[data-testid="sim-time"]')?.textContent?.includes(t),
    `${(STEPS * 0.1).toFixed(1)} s`,
  );
  await page.getByTestId('file-menu').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-json').click(),
  ]);
  return JSON.parse(readFileSync(await download.path(), 'utf8'));
}

describe('faults in headless Chromium', () => {
  const { fresh } = freshPages();

  it('a crash by click shows, the balancer takes the server out, and the copied link replays it', async () => {
    const a = await fresh();
    const errorsA = await openApp(a, LINK);
    await poll(
      'the run to start',
      () => simTime(a),
      (t) => t >= 1,
    );
    await a.getByTestId('node-app-2').click();
    await a.getByTestId('fault-crash-app-2').click();
    await a.getByTestId('fault-crashed-app-2').waitFor();
    await poll(
      'the balancer to take app-2 out',
      () => a.getByTestId('lb-target-lb-app-2').getAttribute('data-state'),
      (state) => state === 'out',
    );
    await a.waitForFunction(() => /fault=crash,app-2,\d/.test(location.hash));
    const link = new URL(a.url()).hash;
    expect(link).toMatch(/&fault=crash,app-2,[\d.]+$/);
    await screenshot(a, 'faults-crash-1280x800');
    for (const [w, h] of [
      [1920, 1080],
      [375, 812],
    ]) {
      await a.setViewportSize({ width: w, height: h });
      // The selected (crashed) server stays in view: on a phone the inspector's sheet covers the
      // lower half, and the diagram moves so the node the sheet describes can be seen.
      await poll(
        `app-2 in view at ${w}×${h}`,
        () =>
          a.evaluate(() => {
            const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
            const node = document.querySelector('[data-testid="node-app-2"]')!.getBoundingClientRect();
            return (
              node.top >= pane.top &&
              node.bottom <= pane.bottom &&
              node.left >= pane.left &&
              node.right <= pane.right
            );
          }),
        (inView) => inView,
        5_000,
      );
      await screenshot(a, `faults-crash-${w}x${h}`);
    }
    await a.setViewportSize({ width: 1280, height: 800 });
    expect(await a.getByTestId('fault-list-app-2').innerText()).toMatch(/crash.*App server 2.*→ never.*now/s);

    await pauseAtStart(a);
    const reportA = await stepAndExport(a);

    const b = await fresh();
    const errorsB = await openApp(b, link);
    await pauseAtStart(b);
    const reportB = await stepAndExport(b);
    expect(reportB.report).toEqual(reportA.report);
    expect(reportA.report.nodes['app-2'].failed.unavailable).toBeGreaterThan(0);
    expect(errorsA.join('\n')).toBe('');
    expect(errorsB.join('\n')).toBe('');
  });
});
