/**
 * `npm run bench:sweep [-- --quick]`: only the sweep benchmark (bench-sweep.ts), for when the rest
 * of `npm run bench` is not needed. Bundled like `npm run bench`, with the thread entry beside it.
 */
import { cpus, loadavg } from 'node:os';
import { FULL_SWEEP, QUICK_SWEEP, benchSweep } from './bench-sweep.ts';
import { printFigures } from './report.ts';

const quick = process.argv.includes('--quick');
console.log(`${cpus().length} cores · load ${loadavg()[0].toFixed(1)}${quick ? ' · --quick' : ''}`);
printFigures(
  'Sweep on worker threads (DESIGN.md section 6)',
  await benchSweep(quick ? QUICK_SWEEP : FULL_SWEEP),
);
