/**
 * "A scenario with none of the new fields runs as fast as before", measured
 * so that the answer can be trusted on a shared, noisy machine: the engine of a baseline commit and
 * the engine of this working tree are each bundled by esbuild (as the app ships them) and loaded
 * into ONE Node process, then run in alternation — A B, B A, A B, … — on the `full` preset (no
 * faults, no defences) for one simulated hour each. Drift in the machine's speed hits both alike;
 * the figures are the medians of both and the ratio, pair by pair.
 *
 * Both engines run the very same scenario object (this tree's `full` preset) with the same seed
 * per pair, and must process exactly the same number of events: the compatibility promise (no new
 * event without a new field) is checked on the way, and it proves both did the same work.
 *
 *   npm run bench:baseline                       # baseline: the commit before format 2
 *   BENCH_BASELINE=<commit> npm run bench:baseline
 *   npm run bench:baseline -- --pairs 9          # more pairs (default 7)
 *
 * The baseline's `src/` is extracted with `git archive` into node_modules/.tmp/bench-baseline/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

interface Engine {
  createSimulation(scenario: unknown, options: { seed: number; warmupS: number }): { events: number };
  advanceTo(sim: unknown, untilS: number): void;
  getPreset(id: string): { scenario: unknown } | undefined;
}

const HOUR_S = 3600;
const root = git('rev-parse', '--show-toplevel');
const work = path.join(root, 'node_modules', '.tmp', 'bench-baseline');

function git(...args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

/** BENCH_BASELINE if given, else the parent of the commit that added the fault format (format 2). */
function baselineCommit(): string {
  const given = process.env.BENCH_BASELINE;
  if (given) return git('rev-parse', '--verify', `${given}^{commit}`);
  const added = git('log', '--diff-filter=A', '--format=%H', '--', 'src/scenario/fault.ts').split('\n');
  const first = added.at(-1);
  if (!first) throw new Error('no commit adds src/scenario/fault.ts: give BENCH_BASELINE');
  return git('rev-parse', `${first}^`);
}

/** The baseline's source tree, extracted once per commit. */
function extract(commit: string): string {
  const dir = path.join(work, commit);
  if (!existsSync(path.join(dir, 'src', 'engine', 'index.ts'))) {
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${commit} src | tar -x -C "${dir}"`], { cwd: root });
  }
  return dir;
}

/** Bundles the engine and the presets of the tree at `tree` into one module, and loads it. */
async function load(tree: string, name: string): Promise<Engine> {
  const entry = path.join(work, `${name}-entry.ts`);
  writeFileSync(
    entry,
    [
      `export { createSimulation, advanceTo } from ${JSON.stringify(path.join(tree, 'src/engine/index.ts'))};`,
      `export { getPreset } from ${JSON.stringify(path.join(tree, 'src/scenario/presets/index.ts'))};`,
    ].join('\n'),
  );
  const outfile = path.join(work, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  return (await import(pathToFileURL(outfile).href)) as Engine;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

interface Run {
  wallMs: number;
  cpuMs: number;
  events: number;
}

function hour(engine: Engine, scenario: unknown, seed: number): Run {
  const sim = engine.createSimulation(scenario, { seed, warmupS: 60 });
  const startMs = performance.now();
  const startCpu = cpuMs();
  engine.advanceTo(sim, HOUR_S);
  return { wallMs: performance.now() - startMs, cpuMs: cpuMs() - startCpu, events: sim.events };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function pairsArg(): number {
  const at = process.argv.indexOf('--pairs');
  const value = at >= 0 ? Number(process.argv[at + 1]) : 7;
  if (!Number.isInteger(value) || value < 1 || value > 50) throw new Error('--pairs: a whole number 1…50');
  return value;
}

async function main(): Promise<void> {
  const commit = baselineCommit();
  const subject = git('log', '-1', '--format=%h %s', commit).slice(0, 100);
  const pairs = pairsArg();
  mkdirSync(work, { recursive: true });
  const baseline = await load(extract(commit), `baseline-${commit.slice(0, 12)}`);
  const current = await load(root, 'current');
  const preset = current.getPreset('full');
  if (!preset) throw new Error('the full preset is missing');
  const scenario = preset.scenario;

  console.log(
    `Engine speed against a baseline, same process, alternating (load ${os.loadavg()[0].toFixed(2)})`,
  );
  console.log(`baseline ${subject}`);
  console.log(`current  the working tree at ${git('rev-parse', '--short', 'HEAD')}`);
  console.log(`the full preset, no faults, one simulated hour per run (warm-up 60 s), ${pairs} pairs\n`);

  // One unrecorded run each, so both are compiled before anything is timed.
  hour(baseline, scenario, 1);
  hour(current, scenario, 1);
  const a: Run[] = [];
  const b: Run[] = [];
  for (let pair = 0; pair < pairs; pair++) {
    const seed = pair + 2;
    // A B, then B A: neither always runs first (a warmer cache, a quieter moment).
    if (pair % 2 === 0) {
      a.push(hour(baseline, scenario, seed));
      b.push(hour(current, scenario, seed));
    } else {
      b.push(hour(current, scenario, seed));
      a.push(hour(baseline, scenario, seed));
    }
    if (a[pair].events !== b[pair].events) {
      throw new Error(
        `seed ${seed}: the baseline processed ${a[pair].events} events, the current engine ${b[pair].events}: not the same run`,
      );
    }
    const ratio = b[pair].wallMs / a[pair].wallMs;
    const cpuRatio = b[pair].cpuMs / a[pair].cpuMs;
    console.log(
      `pair ${pair + 1}: wall baseline ${(a[pair].wallMs / 1000).toFixed(3)} s, current ${(b[pair].wallMs / 1000).toFixed(3)} s (ratio ${ratio.toFixed(3)}); ` +
        `CPU ratio ${cpuRatio.toFixed(3)}; ${a[pair].events.toLocaleString('en')} events each`,
    );
  }
  const share = (runs: Run[]) =>
    runs.reduce((s, r) => s + r.cpuMs, 0) / runs.reduce((s, r) => s + r.wallMs, 0);
  const line = (name: string, runs: Run[]) => {
    const wall = median(runs.map((r) => r.wallMs));
    const rate = median(runs.map((r) => (r.events / r.wallMs) * 1000));
    const cpu = median(runs.map((r) => r.cpuMs));
    console.log(
      `${name} median ${(wall / 1000).toFixed(3)} s wall (${(cpu / 1000).toFixed(3)} s CPU) per simulated hour, ` +
        `${(rate / 1e6).toFixed(2)} M events/s (CPU ${Math.round(share(runs) * 100)}% of wall${share(runs) < 0.9 ? ': a busy machine, read the CPU ratio' : ''})`,
    );
  };
  console.log('');
  line('baseline', a);
  line('current ', b);
  // Wall time is what a user waits; CPU time of this process hardly moves when other processes
  // take the core for a while (the busier the machine, the more it is the figure to read).
  for (const key of ['wallMs', 'cpuMs'] as const) {
    const ratios = a.map((run, i) => b[i][key] / run[key]);
    const ofMedians = median(b.map((r) => r[key])) / median(a.map((r) => r[key]));
    console.log(
      `current / baseline, ${key === 'wallMs' ? 'wall' : 'CPU '} time: ${ofMedians.toFixed(3)} (ratio of medians); ` +
        `pair by pair median ${median(ratios).toFixed(3)}, min ${Math.min(...ratios).toFixed(3)}, max ${Math.max(...ratios).toFixed(3)}`,
    );
  }
  console.log('Below 1 the current engine is faster. Same events in every pair: the same run.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
