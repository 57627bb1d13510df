/**
 * The browser benchmarks of DESIGN.md section 6, in headless Chromium at 1280×800 (bench/run.ts
 * calls this through bench/browser-hook.ts; it can also run alone):
 *
 *   npx tsx bench/ui.ts [--strict] [--no-build] [--soak[=SECONDS]]
 *
 * It builds the app into a temporary directory (so dist/ and anyone serving it are left alone;
 * `--no-build` serves the existing dist/ instead), serves it with Vite's preview server on a free
 * port, launches Debian's Chromium with the flags of tests/e2e/browser.ts, and measures:
 *
 *  a. the `full` preset at 1,000 req/s (mobile 600 + web 400 via a share link): median fps,
 *     95th-percentile frame time and long tasks (> 50 ms) over 10 s after a 3 s warm-up;
 *  b. ~2,000 dots on screen (a monolith link with 1 s client edges at 2 × 920 req/s, so about
 *     1,900 requests are in flight, all drawn, unsampled): median fps;
 *  c. "as fast as possible" (speed Max, `full` preset): the worker's events per wall second and
 *     the page's median fps meanwhile;
 *  d. the initial JavaScript, gzipped: the script and modulepreload tags of index.html;
 *  e. link opened → first frame of the run: from navigation start until the first frame drawn
 *     after the first snapshot with simulated time > 0 (median of 5 cold loads);
 *  f. with --soak: the page's JS heap growth over 10 minutes (or SECONDS) at 1,000 req/s (with
 *     enough workers that the run stays steady instead of stopping as overloaded).
 *
 * Figures come from the page itself: rAF timestamps, a 'longtask' PerformanceObserver, and the
 * worker's own snapshots, observed by wrapping `window.Worker` in an init script (each snapshot
 * carries the engine's event count, simulated time and dot count), so the app needs no hooks.
 * The exit code is 0 whatever the figures unless --strict is given (then 1 on any FAIL).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { printFigures, type Figure } from './report.ts';
import { benchRestart } from './restart.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Same as tests/e2e/browser.ts, which cannot be imported outside Vitest (it imports `inject`).
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const VIEWPORT = { width: 1280, height: 800 } as const;

const BUDGET = {
  fullMedianFps: 58,
  fullP95FrameMs: 20,
  longTaskMs: 50,
  dotsFps: 45,
  maxEventsPerS: 1_000_000,
  maxPageFps: 50,
  initialJsGzipKB: 180,
  firstFrameMs: 1_500,
  heapGrowthMB: 20,
} as const;

/** The scenarios, as share-link fragments (node ids from src/scenario/presets/*.ts). */
const LINKS = {
  full1000: '#v=1&preset=full&mobile.rate=600&web.rate=400',
  // 2 × 920 req/s on 1 s edges ≈ 1,840 requests on the client edges, plus ~55 behind the
  // balancer: ~1,900 in flight, below the 2,000 at which dots start being sampled.
  dots2000:
    '#v=1&preset=monolith&mobile.rate=920&web.rate=920&mobile~lb.latency=1&web~lb.latency=1' +
    ['app-1', 'app-2', 'app-3'].map((id) => `&${id}.workers=100&${id}.serviceTime=0.01`).join(''),
  full: '#v=1&preset=full&seed=1',
  // The soak needs a run that lasts: unchanged, `full` at 1,000 req/s piles up ~500 requests/s
  // and stops as overloaded (250,000 in flight) after ~8 minutes. Enough workers keep it steady.
  full1000Stable:
    '#v=1&preset=full&mobile.rate=600&web.rate=400&users.workers=50&catalog.workers=75&orders.workers=50' +
    '&inventory.workers=50&pricing.workers=50&payments.workers=100',
} as const;

// ---------------------------------------------------------------------------------------------
// Options

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const noBuild = args.includes('--no-build');
const soakArg = args.find((arg) => arg === '--soak' || arg.startsWith('--soak='));
const soakS = soakArg ? (soakArg.includes('=') ? Number(soakArg.split('=')[1]) : 600) : 0;
const unknown = args.filter((arg) => !['--strict', '--no-build'].includes(arg) && arg !== soakArg);
if (unknown.length > 0 || !Number.isFinite(soakS) || soakS < 0) {
  console.error(`unknown option ${unknown.join(', ')}; known: --strict, --no-build, --soak[=SECONDS]`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// In-page instrumentation

/** Installed before the app's scripts: watches the worker's snapshots without touching the app. */
function instrument(): void {
  interface Probe {
    snapshots: number;
    events: number;
    timeS: number;
    dots: number;
    perDot: number;
    inFlight: number;
    firstRunSnapshotAt: number | null;
    firstRunFrameAt: number | null;
    firstSnapshotAt: number | null;
    workerCreatedAt: number | null;
  }
  const probe: Probe = {
    snapshots: 0,
    events: 0,
    timeS: 0,
    dots: 0,
    perDot: 1,
    inFlight: 0,
    firstRunSnapshotAt: null,
    firstRunFrameAt: null,
    firstSnapshotAt: null,
    workerCreatedAt: null,
  };
  (window as unknown as { __probe: Probe }).__probe = probe;
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      probe.workerCreatedAt ??= performance.now();
      // The restart benchmark terminates the latest one (bench/restart.ts).
      ((window as unknown as { __workers?: Worker[] }).__workers ??= []).push(this);
      this.addEventListener('message', (event: MessageEvent) => {
        const data = event.data as {
          type?: string;
          snapshot?: {
            events: number;
            timeS: number;
            dots: { count: number; perDot: number };
            totals?: { inFlight: number };
          };
        };
        if (data?.type !== 'snapshot' || !data.snapshot) return;
        const s = data.snapshot;
        probe.snapshots++;
        probe.firstSnapshotAt ??= performance.now();
        probe.events = s.events;
        probe.timeS = s.timeS;
        probe.dots = s.dots.count;
        probe.perDot = s.dots.perDot;
        probe.inFlight = s.totals?.inFlight ?? 0;
        if (probe.firstRunSnapshotAt === null && s.timeS > 0) {
          probe.firstRunSnapshotAt = performance.now();
          // The app draws the snapshot in its next animation frame; a rAF queued now runs in
          // that same frame, so this is when the first frame of the run is produced.
          requestAnimationFrame(() => {
            probe.firstRunFrameAt = performance.now();
          });
        }
      });
    }
  };
}

interface Probe {
  snapshots: number;
  events: number;
  timeS: number;
  dots: number;
  perDot: number;
  inFlight: number;
  firstRunSnapshotAt: number | null;
  firstRunFrameAt: number | null;
  firstSnapshotAt: number | null;
  workerCreatedAt: number | null;
}

interface FrameSample {
  /** rAF timestamps (ms). */
  frames: number[];
  /** Durations of long tasks seen during the window (ms). */
  longTasks: number[];
  wallMs: number;
  events: number;
  simS: number;
  dotsMin: number;
  dotsMax: number;
  perDotMax: number;
  inFlightEnd: number;
}

/** Records rAF timestamps, long tasks and the worker's progress for `durationMs`. */
function sampleFrames(page: Page, durationMs: number): Promise<FrameSample> {
  return page.evaluate((duration) => {
    const probe = (window as unknown as { __probe: Probe }).__probe;
    return new Promise<FrameSample>((resolve) => {
      const frames: number[] = [];
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
      const events0 = probe.events;
      const time0 = probe.timeS;
      let dotsMin = Infinity;
      let dotsMax = 0;
      let perDotMax = 1;
      const start = performance.now();
      const tick = (t: number) => {
        frames.push(t);
        dotsMin = Math.min(dotsMin, probe.dots);
        dotsMax = Math.max(dotsMax, probe.dots);
        perDotMax = Math.max(perDotMax, probe.perDot);
        if (t - start < duration) {
          requestAnimationFrame(tick);
          return;
        }
        // Long-task entries are delivered asynchronously: give the observer a moment.
        setTimeout(() => {
          for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
          observer.disconnect();
          resolve({
            frames,
            longTasks,
            wallMs: performance.now() - start,
            events: probe.events - events0,
            simS: probe.timeS - time0,
            dotsMin: Number.isFinite(dotsMin) ? dotsMin : 0,
            dotsMax,
            perDotMax,
            inFlightEnd: probe.inFlight,
          });
        }, 100);
      };
      requestAnimationFrame(tick);
    });
  }, durationMs);
}

// ---------------------------------------------------------------------------------------------
// Statistics

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

interface FrameStats {
  medianFps: number;
  meanFps: number;
  p95FrameMs: number;
  worstFrameMs: number;
  longTasks: number;
  longestTaskMs: number;
}

/** Median of the frames counted in each whole second, p95 of the frame-to-frame intervals. */
function frameStats(sample: FrameSample): FrameStats {
  const { frames } = sample;
  const intervals = frames.slice(1).map((t, i) => t - frames[i]);
  const sortedIntervals = [...intervals].sort((a, b) => a - b);
  const perSecond: number[] = [];
  const t0 = frames[0] ?? 0;
  for (const t of frames) {
    const bucket = Math.floor((t - t0) / 1000);
    perSecond[bucket] = (perSecond[bucket] ?? 0) + 1;
  }
  const whole = perSecond.slice(0, Math.floor(((frames.at(-1) ?? t0) - t0) / 1000)).map((n) => n ?? 0);
  const span = (frames.at(-1) ?? t0) - t0;
  return {
    medianFps:
      whole.length > 0
        ? quantile(
            [...whole].sort((a, b) => a - b),
            0.5,
          )
        : NaN,
    meanFps: span > 0 ? (intervals.length * 1000) / span : NaN,
    p95FrameMs: quantile(sortedIntervals, 0.95),
    worstFrameMs: sortedIntervals.at(-1) ?? NaN,
    longTasks: sample.longTasks.filter((d) => d > BUDGET.longTaskMs).length,
    longestTaskMs: sample.longTasks.length > 0 ? Math.max(...sample.longTasks) : 0,
  };
}

const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

// ---------------------------------------------------------------------------------------------
// Serving and browsing

async function serve(): Promise<{ server: PreviewServer; url: string; outDir: string; cleanup: () => void }> {
  let outDir = path.join(root, 'dist');
  let cleanup = () => {};
  if (!noBuild) {
    outDir = mkdtempSync(path.join(tmpdir(), 'flowscope-bench-'));
    const dir = outDir;
    cleanup = () => rmSync(dir, { recursive: true, force: true });
    console.log(`  building the app into ${outDir} …`);
    await build({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } else if (!existsSync(path.join(outDir, 'index.html'))) {
    throw new Error('dist/index.html not found: build first (npx vite build) or drop --no-build.');
  }
  const server = await preview({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}/`, outDir, cleanup };
}

async function launch(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install Debian's chromium (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** A fresh context (cold cache) with a page at 1280×800, instrumented, opened on `fragment`. */
async function openPage(browser: Browser, url: string, fragment: string) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  // tsx (esbuild keepNames) wraps named functions in __name(); functions passed to the page need it.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url + fragment, { waitUntil: 'load' });
  await page.waitForSelector('[data-testid="particle-canvas"]', { state: 'attached', timeout: 15_000 });
  await page.waitForFunction(
    () => ((window as unknown as { __probe: Probe }).__probe?.timeS ?? 0) > 0,
    undefined,
    { timeout: 15_000 },
  );
  return { context, page, errors };
}

async function probeOf(page: Page): Promise<Probe> {
  return page.evaluate(() => ({ ...(window as unknown as { __probe: Probe }).__probe }));
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 2 ** 20;
}

// ---------------------------------------------------------------------------------------------
// The benchmarks

async function benchFull1000(browser: Browser, url: string): Promise<Figure[]> {
  const { context, page, errors } = await openPage(browser, url, LINKS.full1000);
  await page.waitForTimeout(3_000); // warm-up: JIT, first layout, rate windows filling
  const sample = await sampleFrames(page, 10_000);
  await page.screenshot({ path: path.join(root, 'test-results', 'bench-full-1000.png') }).catch(() => {});
  await context.close();
  const stats = frameStats(sample);
  const dots = `${sample.dotsMin}–${sample.dotsMax} dots drawn, up to 1 dot = ${sample.perDotMax}; ${sample.inFlightEnd.toLocaleString('en')} requests in flight at the end (the preset overloads at this rate)`;
  return [
    {
      label: 'full @ 1,000 req/s: median fps',
      value: fmt(stats.medianFps, 0),
      budget: `≥ ${BUDGET.fullMedianFps}`,
      pass: stats.medianFps >= BUDGET.fullMedianFps,
      note: `mean ${fmt(stats.meanFps)} fps over ${fmt(sample.wallMs / 1000)} s; ${dots}`,
    },
    {
      label: 'full @ 1,000 req/s: p95 frame time',
      value: `${fmt(stats.p95FrameMs)} ms`,
      budget: `≤ ${BUDGET.fullP95FrameMs} ms`,
      pass: stats.p95FrameMs <= BUDGET.fullP95FrameMs,
      note: `worst frame ${fmt(stats.worstFrameMs)} ms`,
    },
    {
      label: 'full @ 1,000 req/s: long tasks > 50 ms after warm-up',
      value: String(stats.longTasks),
      budget: 'none',
      pass: stats.longTasks === 0,
      note: `longest ${fmt(stats.longestTaskMs, 0)} ms${errors.length ? `; console errors: ${errors.length}` : ''}`,
    },
  ];
}

async function benchDots(browser: Browser, url: string): Promise<Figure[]> {
  const { context, page } = await openPage(browser, url, LINKS.dots2000);
  // The 1 s client edges fill up during the first simulated second; give them 3.
  await page.waitForFunction(
    () => ((window as unknown as { __probe: Probe }).__probe?.timeS ?? 0) > 3,
    undefined,
    { timeout: 20_000 },
  );
  const sample = await sampleFrames(page, 8_000);
  const legend = await page
    .getByTestId('dot-sampling')
    .innerText({ timeout: 200 })
    .catch(() => 'no sampling legend (1 dot = 1 request)');
  await page.screenshot({ path: path.join(root, 'test-results', 'bench-dots-2000.png') }).catch(() => {});
  await context.close();
  const stats = frameStats(sample);
  return [
    {
      label: '~2,000 dots on screen: median fps',
      value: fmt(stats.medianFps, 0),
      budget: `≥ ${BUDGET.dotsFps}`,
      pass: stats.medianFps >= BUDGET.dotsFps,
      note: `${sample.dotsMin}–${sample.dotsMax} dots per snapshot, ${legend}; p95 frame ${fmt(stats.p95FrameMs)} ms, ${stats.longTasks} long tasks`,
    },
  ];
}

async function benchMax(browser: Browser, url: string): Promise<Figure[]> {
  const { context, page } = await openPage(browser, url, LINKS.full);
  await page.getByTestId('speed').selectOption('max');
  await page.waitForTimeout(2_000);
  const sample = await sampleFrames(page, 10_000);
  await context.close();
  const stats = frameStats(sample);
  const eventsPerS = sample.events / (sample.wallMs / 1000);
  const simPerWall = sample.simS / (sample.wallMs / 1000);
  return [
    {
      label: '"as fast as possible": worker events/s',
      value: `${(eventsPerS / 1e6).toFixed(2)} M`,
      budget: '≥ 1 M events/s',
      pass: eventsPerS >= BUDGET.maxEventsPerS,
      note: `full preset, ${fmt(simPerWall, 0)} simulated s per wall s`,
    },
    {
      label: '"as fast as possible": page median fps',
      value: fmt(stats.medianFps, 0),
      budget: `≥ ${BUDGET.maxPageFps}`,
      pass: stats.medianFps >= BUDGET.maxPageFps,
      note: `p95 frame ${fmt(stats.p95FrameMs)} ms, ${stats.longTasks} long tasks`,
    },
  ];
}

/** Gzip sizes of the JS that index.html loads before anything runs, and of all JS emitted. */
function benchInitialJs(outDir: string): { figures: Figure[]; gzipOf: (file: string) => number } {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)) refs.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g))
    refs.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*href="([^"]+\.js)"[^>]*rel="modulepreload"/g))
    refs.add(match[1]);
  const gzipOf = (file: string) => gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length;
  const sizes = [...refs].map((ref) => ({ ref, gz: gzipOf(ref.replace(/^\.?\//, '')) }));
  const total = sizes.reduce((sum, s) => sum + s.gz, 0) / 1024;
  const biggest = [...sizes].sort((a, b) => b.gz - a.gz)[0];
  return {
    gzipOf,
    figures: [
      {
        label: 'initial JavaScript (index.html), gzip',
        value: `${fmt(total)} KB`,
        budget: `≤ ${BUDGET.initialJsGzipKB} KB`,
        pass: total <= BUDGET.initialJsGzipKB,
        note: `${sizes.length} files; largest ${path.basename(biggest?.ref ?? '')} ${fmt((biggest?.gz ?? 0) / 1024)} KB`,
      },
    ],
  };
}

async function benchFirstFrame(
  browser: Browser,
  url: string,
  gzipOf: (file: string) => number,
): Promise<Figure[]> {
  const times: number[] = [];
  const phases: Record<string, number[]> = { dcl: [], worker: [], snapshot: [], run: [] };
  let jsBeforeFirstFrame = 0;
  let jsFiles = 0;
  for (let i = 0; i < 5; i++) {
    const { context, page } = await openPage(browser, url, LINKS.full);
    await page.waitForFunction(
      () => (window as unknown as { __probe: Probe }).__probe.firstRunFrameAt !== null,
      undefined,
      { timeout: 15_000 },
    );
    const probe = await probeOf(page);
    times.push(probe.firstRunFrameAt ?? NaN);
    const dcl = await page.evaluate(
      () =>
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
          ?.domContentLoadedEventEnd ?? NaN,
    );
    phases.dcl.push(dcl);
    phases.worker.push(probe.workerCreatedAt ?? NaN);
    phases.snapshot.push(probe.firstSnapshotAt ?? NaN);
    phases.run.push(probe.firstRunSnapshotAt ?? NaN);
    if (i === 0) {
      // Every script the page and its worker fetched before that frame (worker chunks included).
      const scripts = await page.evaluate(
        (before) =>
          performance
            .getEntriesByType('resource')
            .filter((e) => e.name.endsWith('.js') && (e as PerformanceResourceTiming).responseEnd <= before)
            .map((e) => new URL(e.name).pathname),
        probe.firstRunFrameAt ?? Infinity,
      );
      const workerScripts = page.workers().map((w) => new URL(w.url()).pathname);
      const all = new Set([...scripts, ...workerScripts]);
      jsFiles = all.size;
      for (const file of all) {
        try {
          jsBeforeFirstFrame += gzipOf(file.replace(/^\//, ''));
        } catch {
          /* not a file of the build */
        }
      }
    }
    await context.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const med = (xs: number[]) =>
    fmt(
      quantile(
        [...xs].sort((a, b) => a - b),
        0.5,
      ),
      0,
    );
  const breakdown = `medians: DOMContentLoaded ${med(phases.dcl)} ms, worker created ${med(phases.worker)}, first snapshot ${med(phases.snapshot)}, first snapshot with time > 0 ${med(phases.run)}`;
  return [
    {
      label: 'link opened → first frame of the run',
      value: `${fmt(median, 0)} ms`,
      budget: `≤ ${BUDGET.firstFrameMs} ms`,
      pass: median <= BUDGET.firstFrameMs,
      note: `median of 5 cold loads of ${LINKS.full}, range ${fmt(sorted[0], 0)}–${fmt(sorted.at(-1)!, 0)} ms; JS fetched by then (page + worker, ${jsFiles} files) ${fmt(jsBeforeFirstFrame / 1024)} KB gzip; ${breakdown}`,
    },
  ];
}

async function benchSoak(browser: Browser, url: string, seconds: number): Promise<Figure[]> {
  const { context, page } = await openPage(browser, url, LINKS.full1000Stable);
  await page.waitForTimeout(30_000); // warm-up
  const start = await heapMB(page);
  const t0 = Date.now();
  while (Date.now() - t0 < seconds * 1000) await page.waitForTimeout(Math.min(30_000, seconds * 1000));
  const end = await heapMB(page);
  const probe = await probeOf(page);
  await context.close();
  const growth = end - start;
  return [
    {
      label: `${fmt(seconds / 60)} min at 1,000 req/s: page JS heap growth`,
      value: `${fmt(growth)} MB`,
      budget: `< ${BUDGET.heapGrowthMB} MB`,
      pass: growth < BUDGET.heapGrowthMB,
      note: `${fmt(start)} → ${fmt(end)} MB after GC, main thread only (the worker's heap is not counted); ${probe.inFlight.toLocaleString('en')} in flight at the end${seconds < 600 ? '; shorter than the 10 minutes of the budget' : ''}`,
    },
  ];
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  console.log(
    `  headless Chromium at ${VIEWPORT.width}×${VIEWPORT.height}, no GPU · ${cpus().length} cores · load ${loadavg()[0].toFixed(1)}`,
  );
  const { server, url, outDir, cleanup } = await serve();
  const browser = await launch();
  const figures: Figure[] = [];
  try {
    const sections: Array<[string, () => Promise<Figure[]> | Figure[]]> = [];
    const initial = benchInitialJs(outDir);
    sections.push(['Initial JavaScript', () => initial.figures]);
    sections.push(['Link opened → first frame', () => benchFirstFrame(browser, url, initial.gzipOf)]);
    sections.push([
      'Full preset at 1,000 req/s (10 s after a 3 s warm-up)',
      () => benchFull1000(browser, url),
    ]);
    sections.push(['~2,000 dots on screen (8 s)', () => benchDots(browser, url)]);
    sections.push(['"As fast as possible" (speed Max, full preset, 10 s)', () => benchMax(browser, url)]);
    sections.push([
      'Worker lost → run resumed (terminated worker, full preset)',
      () => benchRestart((fragment) => openPage(browser, url, fragment), LINKS.full),
    ]);
    if (soakS > 0) sections.push([`Soak (${soakS} s)`, () => benchSoak(browser, url, soakS)]);
    for (const [title, run] of sections) {
      const results = await run();
      printFigures(title, results);
      figures.push(...results);
    }
  } finally {
    await browser.close();
    await server.close();
    cleanup();
  }
  const failed = figures.filter((f) => f.pass === false);
  console.log(
    `\n  browser: ${failed.length === 0 ? 'all budgets met' : `${failed.length} budget(s) missed`}` +
      (soakS > 0 ? '' : ' (heap soak not run: --soak)'),
  );
  return strict && failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
