/**
 * Sharing in a real browser: a link built in one context reproduces the run in a fresh one, a bad
 * link shows its alert and the default scenario, Back/Forward follow docs/links.md, an edited
 * topology survives a reload, and a bad file leaves the current scenario untouched.
 */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appUrl, freshPages, openApp, pauseAtStart, poll, screenshot } from './browser.ts';

const STEPS = 25;

/** Steps N times from t = 0 and waits until the shown figures stop changing. */
async function stepAndRead(page: Page, steps: number): Promise<{ time: string; summary: string }> {
  for (let i = 0; i < steps; i++) await page.getByTestId('step').click();
  const want = `${(steps * 0.1).toFixed(1)} s`;
  await page.waitForFunction(
    (t) => document.querySelector('[data-testid="sim-time"]')?.textContent?.includes(t),
    want,
  );
  let last = '';
  // Settled: the same text on two reads 400 ms apart, past "Measuring".
  await poll(
    'the summary bar to settle',
    async () => {
      const now = await page.getByTestId('summary-bar').innerText();
      const settled = now === last && !now.includes('Measuring');
      last = now;
      return settled;
    },
    (settled) => settled,
    20_000,
    400,
  );
  return { time: await page.getByTestId('sim-time').innerText(), summary: last };
}

async function exportFigures(page: Page): Promise<unknown> {
  await page.getByTestId('file-menu').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-json').click(),
  ]);
  const file = await download.path();
  return JSON.parse(readFileSync(file, 'utf8'));
}

const hashOf = (page: Page) => new URL(page.url()).hash;

describe('share links, history, editing and import in headless Chromium', () => {
  const { fresh } = freshPages();

  it('a link built in one context opens the same scenario and seed in a fresh one, with identical figures', async () => {
    const a = await fresh();
    const errorsA = await openApp(a, '?preset=queue-30-vs-5');
    await a.waitForFunction(() => location.hash.startsWith('#v=1'));
    // Change a parameter with the keyboard (a burst of slider changes) and the seed.
    await a.getByTestId('toggle-params').click();
    const slider = a.getByTestId('param-producer-rate');
    await slider.focus();
    await a.keyboard.press('ArrowLeft');
    await a.keyboard.press('ArrowLeft');
    await a.getByTestId('seed-input').fill('42');
    await a.getByTestId('seed-input').press('Enter');
    await a.waitForFunction(
      () => location.hash.includes('seed=42') && location.hash.includes('producer.rate='),
    );
    const link = hashOf(a);
    expect(link).toMatch(/^#v=1&preset=queue-30-vs-5&seed=42&/);
    await screenshot(a, 'share-link-built');

    await pauseAtStart(a);
    const figuresA = await stepAndRead(a, STEPS);
    const reportA = await exportFigures(a);

    const b = await fresh();
    const errorsB = await openApp(b, link);
    await expect(b.getByTestId('seed-input').inputValue()).resolves.toBe('42');
    expect(hashOf(b)).toBe(link);
    await pauseAtStart(b);
    const figuresB = await stepAndRead(b, STEPS);
    const reportB = await exportFigures(b);

    expect(figuresB).toEqual(figuresA);
    expect(figuresA.time).toContain('2.5 s');
    expect(reportB).toEqual(reportA);
    expect((reportA as { report: { events: number } }).report.events).toBeGreaterThan(0);
    expect(errorsA.join('\n')).toBe('');
    expect(errorsB.join('\n')).toBe('');
  });

  it('a bad link shows an alert saying what was wrong and opens the default scenario', async () => {
    const page = await fresh();
    const errors = await openApp(page, '#v=1&z=not-really-a-scenario');
    const alert = page.getByTestId('notice-alert');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.innerText()).toMatch(/could not be opened/);
    expect(await page.getByTestId('presets-menu').getAttribute('data-preset-id')).toBe('full');
    await page.waitForFunction(() => location.hash.startsWith('#v=1&preset=full'));
    await screenshot(page, 'share-bad-link');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert.count()).resolves.toBe(0);
    expect(errors.join('\n')).toBe('');
  });

  it('a link with a 10,000-character value gets a short alert, and a text-direction override in a label is refused', async () => {
    for (const [width, height] of [
      [1280, 800],
      [375, 812],
    ]) {
      const page = await fresh(width, height);
      const errors = await openApp(page, `#v=1&preset=full&mobile.rate=${'x'.repeat(10_000)}`);
      const alert = page.getByTestId('notice-alert');
      await alert.waitFor();
      const text = await alert.innerText();
      expect(text).toMatch(/could not be opened.*nodes\[id=mobile\]\.rate: must be a number/s);
      expect(text).not.toMatch(/x{81}/);
      expect(text.length).toBeLessThan(400); // was 10,261 characters
      await screenshot(page, `share-long-value-alert-${width}`);
      expect(errors.join('\n')).toBe('');
    }
    const page = await fresh();
    await openApp(page, `#v=1&preset=full&mobile.label=${encodeURIComponent('Mobile\u202eelibom')}`);
    const alert = page.getByTestId('notice-alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/nodes\[id=mobile\]\.label: must be one line of plain text/);
  });

  it('Back and Forward reopen each discrete change; a slider burst makes one entry', async () => {
    const page = await fresh();
    const errors = await openApp(page, '?preset=monolith');
    await page.waitForFunction(() => location.hash.includes('preset=monolith'));
    const start = await page.evaluate(() => history.length);

    await page.getByTestId('presets-menu').click();
    await screenshot(page, 'share-presets-menu');
    await page.getByTestId('preset-orchestration').click();
    await page.waitForFunction(() => location.hash.includes('preset=orchestration'));
    await page.getByTestId('presets-menu').click();
    await page.getByTestId('preset-queue-30-vs-5').click();
    await page.waitForFunction(() => location.hash.includes('preset=queue-30-vs-5'));
    expect(await page.evaluate(() => history.length)).toBe(start + 2);

    // A burst of slider changes: one entry, holding the value the slider stopped at.
    await page.getByTestId('toggle-params').click();
    await page.getByTestId('param-producer-rate').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    // The burst is written once the address holds a rate and stops changing (two reads 300 ms
    // apart, longer than the address sync's replace delay of 150 ms).
    let lastHash = '';
    await poll(
      'the address to settle after the slider burst',
      async () => {
        const now = await page.evaluate(() => location.hash);
        const settled = now === lastHash && now.includes('producer.rate=');
        lastHash = now;
        return settled;
      },
      (settled) => settled,
      20_000,
      300,
    );
    expect(await page.evaluate(() => history.length)).toBe(start + 3);
    const afterBurst = hashOf(page);
    expect(afterBurst).toContain('producer.rate=');

    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('producer.rate='));
    expect(await page.getByTestId('presets-menu').getAttribute('data-preset-id')).toBe('queue-30-vs-5');
    await page.goBack();
    await page.waitForFunction(() => location.hash.includes('preset=orchestration'));
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="presets-menu"]')?.getAttribute('data-preset-id') ===
        'orchestration',
    );
    await page.goForward();
    await page.goForward();
    await page.waitForFunction((h) => location.hash === h, afterBurst);
    await page.waitForFunction(() => document.querySelector('.react-flow__node[data-id="jobs"]') !== null);
    expect(errors.join('\n')).toBe('');
  });

  it('an edited topology shows in the link, survives a reload, and a graph that cannot run is refused', async () => {
    const page = await fresh();
    const errors = await openApp(page, '?preset=monolith');
    await page.waitForFunction(() => location.hash.includes('preset=monolith'));

    await page.getByTestId('add-node').click();
    await screenshot(page, 'share-add-palette');
    await page.getByTestId('add-queue').click();
    await page.waitForFunction(() => location.hash.includes('z='));
    await page.locator('.react-flow__node[data-id="queue-1"]').waitFor();
    const edited = hashOf(page);

    // Deleting the load balancer would leave both clients sending nowhere: refused, and why.
    await page.locator('.react-flow__node[data-id="lb"]').click();
    await page.getByTestId('delete-selected').click();
    const refusal = page.getByTestId('edit-refused');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/sends to exactly one node/);
    expect(hashOf(page)).toBe(edited);
    await screenshot(page, 'share-edit-refused');
    await refusal.getByRole('button', { name: 'Dismiss' }).click();

    // Rename through the inspector, then undo and redo it.
    const rename = page.getByTestId('rename-label');
    await rename.fill('Front door');
    await rename.press('Enter');
    await page.waitForFunction(() => location.hash !== '' && document.body.innerText.includes('Front door'));
    const renamed = hashOf(page);
    await page.getByTestId('undo').click();
    await page.waitForFunction((h) => location.hash === h, edited);
    await page.getByTestId('redo').click();
    await page.waitForFunction((h) => location.hash === h, renamed);

    await page.reload();
    await page.locator('.react-flow__node[data-id="queue-1"]').waitFor();
    expect(hashOf(page)).toBe(renamed);
    expect(await page.locator('.react-flow__node[data-id="lb"]').innerText()).toContain('Front door');
    expect(errors.join('\n')).toBe('');
  });

  it('importing a bad file lists every error and keeps the current scenario; a good paste opens', async () => {
    const page = await fresh();
    const errors = await openApp(page, '?preset=orchestration');
    await page.waitForFunction(() => location.hash.includes('preset=orchestration'));
    const before = hashOf(page);
    const bad = JSON.stringify({
      version: 1,
      name: 'Bad',
      seed: 1,
      nodes: [
        { id: 'c', kind: 'client', rate: -5 },
        { id: 's', kind: 'service', workers: 0 },
      ],
      edges: [{ from: 'c', to: 'nowhere' }],
    });
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const alert = page.getByTestId('import-errors');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toMatch(/bad\.json/);
    expect(text).toMatch(/rate/);
    expect(text).toMatch(/workers/);
    expect(text).toMatch(/nowhere/);
    expect(hashOf(page)).toBe(before);
    expect(await page.getByTestId('presets-menu').getAttribute('data-preset-id')).toBe('orchestration');
    await screenshot(page, 'share-import-errors');

    // The paste dialog opens a valid scenario.
    await page.getByTestId('file-menu').click();
    await screenshot(page, 'share-file-menu');
    await page.getByTestId('paste-scenario').click();
    const good = JSON.stringify({
      version: 1,
      name: 'Pasted',
      seed: 5,
      nodes: [
        { id: 'c', kind: 'client' },
        { id: 's', kind: 'service' },
      ],
      edges: [{ from: 'c', to: 's' }],
    });
    await page.getByTestId('paste-text').fill(good);
    await screenshot(page, 'share-paste-dialog');
    await page.getByTestId('paste-open').click();
    await page.locator('.react-flow__node[data-id="s"]').waitFor();
    expect(hashOf(page)).not.toBe(before);
    expect(errors.join('\n')).toBe('');
  });

  it('copy link confirms, and falls back to a selected field without clipboard permission (phone size)', async () => {
    const page = await fresh();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(appUrl()).origin,
    });
    const errors = await openApp(page, '?preset=monolith');
    await page.waitForFunction(() => location.hash.includes('preset=monolith'));
    await page.getByTestId('copy-link').click();
    await page.getByText('Link copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await screenshot(page, 'share-copied');
    // The shortcut.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.keyboard.press('l');
    await page.waitForFunction(async () => (await navigator.clipboard.readText()) === location.href);
    await page.getByText('Link copied').waitFor();

    const phone = await fresh(375, 812);
    const phoneErrors = await openApp(phone, '?preset=monolith');
    await phone.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }),
    );
    // Phones fold the scenario tools behind "More".
    if (!(await phone.getByTestId('copy-link').isVisible())) await phone.getByTestId('topbar-more').click();
    await phone.getByTestId('copy-link').click();
    const fallback = phone.getByTestId('copy-fallback');
    await fallback.waitFor();
    expect(await fallback.locator('input').inputValue()).toBe(phone.url());
    await screenshot(phone, 'share-copy-fallback-phone');
    await phone.keyboard.press('Escape');
    await phone.getByTestId('presets-menu').click();
    await screenshot(phone, 'share-presets-phone');
    expect(errors.join('\n')).toBe('');
    expect(phoneErrors.join('\n')).toBe('');
  });
});
