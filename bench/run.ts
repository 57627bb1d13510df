/**
 * `npm run bench`: the engine against the budgets of DESIGN.md section 6, then the browser
 * benchmarks' slot. Benchmarks inform and do not gate CI: the exit code is 0 whatever the figures,
 * unless `--strict` is given (then 1 on any FAIL). See bench/README.md.
 *
 *   npm run bench [-- --strict] [--quick] [--no-ui]
 */
import { cpus, loadavg } from 'node:os';
import { benchDefences } from './bench-defences.ts';
import { benchFull } from './bench-full.ts';
import { benchMemory } from './bench-memory.ts';
import { benchMm1 } from './bench-mm1.ts';
import { FULL_SWEEP, QUICK_SWEEP, benchSweep } from './bench-sweep.ts';
import { runBrowserBenchmarks } from './browser-hook.ts';
import { peakRssMB } from './heap.ts';
import { printFigures, type Figure } from './report.ts';

const KNOWN = ['--strict', '--quick', '--no-ui'];
const args = process.argv.slice(2);
const unknown = args.filter((arg) => !KNOWN.includes(arg));
if (unknown.length > 0) {
  console.error(`unknown option ${unknown.join(', ')}; known: ${KNOWN.join(', ')}`);
  process.exit(2);
}
const strict = args.includes('--strict');
// Short runs for trying the harness out; the figures are noisier and not the ones to report.
const quick = args.includes('--quick');

console.log(
  `Flowscope benchmarks · Node ${process.version} · ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'})` +
    ` · load ${loadavg()[0].toFixed(1)}` +
    (quick ? ' · --quick: short, noisy runs' : ''),
);
if (loadavg()[0] > cpus().length / 2) {
  console.log(
    '  The machine is busy (load above half the cores): expect low and noisy figures; rerun when idle.',
  );
}

const sections: Array<[string, () => Figure[]]> = [
  [
    'Engine, M/M/1 loop (λ = 8/s, μ = 10/s, one client → one service, no edge latency)',
    () => benchMm1(quick),
  ],
  ['Engine, the full preset (one simulated hour each run, warm-up 60 s)', () => benchFull(quick)],
  ['Engine memory (full preset)', () => benchMemory(quick)],
  [
    'Engine, full with the overload defences on and off (30 simulated minutes each, alternating)',
    () => benchDefences(quick),
  ],
];
const figures: Figure[] = [];
for (const [title, bench] of sections) {
  const results = bench();
  printFigures(title, results);
  figures.push(...results);
}
const sweep = await benchSweep(quick ? QUICK_SWEEP : FULL_SWEEP);
printFigures('Sweep on worker threads (2 threads against 1, same jobs, same run)', sweep);
figures.push(...sweep);
console.log(`\n  Peak resident memory of this process: ${peakRssMB().toFixed(0)} MB`);

const browser = runBrowserBenchmarks({ skip: args.includes('--no-ui'), strict });

const failed = figures.filter((figure) => figure.pass === false);
const verdict = failed.length === 0 ? 'all engine budgets met' : `${failed.length} engine budget(s) missed`;
console.log(
  `\n${verdict}; browser benchmarks: ${browser}.${strict ? '' : ' (Informational: exit code 0; --strict to gate.)'}`,
);
if (strict && (failed.length > 0 || browser === 'failed')) process.exitCode = 1;
