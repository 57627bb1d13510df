/**
 * The watchdog's restart time (DESIGN §11, docs/failing-safely.md): from the moment the page
 * notices the worker is gone to the first snapshot of the resumed run, which has been replayed to
 * where the lost one stood. The app measures it itself and shows it on the recovery message
 * (`data-restart-ms`); this terminates the worker at a few simulated instants and reads it.
 * Replay work grows with the simulated time to catch up, so the figure is given at 60 s (a
 * lesson's typical instant, 5 trials, median) and 600 s (budget), and at one hour for information.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Figure } from './report.ts';

const BUDGET_MS = 1_000;

type Open = (fragment: string) => Promise<{ context: BrowserContext; page: Page }>;

const timeOf = (page: Page) =>
  page.getByTestId('sim-time').evaluate((el) => Number(el.getAttribute('data-time-s')));

/** Plays to `atS` simulated seconds, terminates the worker, returns the app's restart time. */
async function restartAt(open: Open, fragment: string, atS: number): Promise<number> {
  const { context, page } = await open(fragment);
  try {
    await page.getByTestId('speed').selectOption(atS > 100 ? 'max' : '25');
    const deadline = Date.now() + 120_000;
    while ((await timeOf(page)) < atS) {
      if (Date.now() > deadline) throw new Error(`the run did not reach ${atS} s`);
      await page.waitForTimeout(100);
    }
    await page.evaluate(() => (window as unknown as { __workers: Worker[] }).__workers.at(-1)!.terminate());
    const status = page.locator('[data-testid="sim-health"][data-phase="resumed"]');
    await status.waitFor({ timeout: 60_000 });
    return Number(await status.getAttribute('data-restart-ms'));
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchRestart(open: Open, fragment: string): Promise<Figure[]> {
  const at60: number[] = [];
  for (let i = 0; i < 5; i++) at60.push(await restartAt(open, fragment, 60));
  const at600 = await restartAt(open, fragment, 600);
  const at3600 = await restartAt(open, fragment, 3600);
  return [
    {
      label: 'restart at 60 s: noticed → resumed snapshot (median of 5)',
      value: `${median(at60)} ms`,
      budget: `≤ ${BUDGET_MS} ms`,
      pass: median(at60) <= BUDGET_MS,
      note: `all: ${at60.join(', ')} ms`,
    },
    {
      label: 'restart at 600 s simulated',
      value: `${at600} ms`,
      budget: `≤ ${BUDGET_MS} ms`,
      pass: at600 <= BUDGET_MS,
    },
    {
      label: 'restart at 3,600 s simulated (replays an hour)',
      value: `${at3600} ms`,
      note: 'information: replay time grows with the simulated time to catch up',
    },
  ];
}
