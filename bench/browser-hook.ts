/**
 * The slot for the browser benchmarks of DESIGN.md section 6 (frame rate, dots, bundle size, first
 * frame), written separately. Runs the npm script `bench:ui` when package.json has one, else
 * `bench/ui.ts` when it exists, else says they are not there yet. Either must not call
 * `bench/run.ts` back. Their output goes straight to the terminal.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type BrowserOutcome = 'passed' | 'failed' | 'missing' | 'skipped';

export function runBrowserBenchmarks(options: { skip: boolean; strict: boolean }): BrowserOutcome {
  console.log('\nBrowser (DESIGN.md section 6: frame rate, dots, bundle size, first frame)');
  if (options.skip) {
    console.log('  skipped (--no-ui)');
    return 'skipped';
  }
  const extra = options.strict ? ['--strict'] : [];
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> })
    .scripts;
  let status: number | null;
  if (scripts?.['bench:ui']) {
    status = spawnSync('npm', ['run', '--silent', 'bench:ui', '--', ...extra], { stdio: 'inherit' }).status;
  } else if (existsSync('bench/ui.ts')) {
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    status = spawnSync(process.execPath, [tsx, 'bench/ui.ts', ...extra], { stdio: 'inherit' }).status;
  } else {
    console.log('  not written yet: an npm script "bench:ui" or bench/ui.ts will be run here');
    return 'missing';
  }
  return status === 0 ? 'passed' : 'failed';
}
