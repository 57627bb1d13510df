/**
 * The two studies of the runner (DESIGN.md section 9): `--compare` and `--sweep`, from parsed
 * options and a resolved scenario A to output and an exit code. Async: the runs go to worker threads.
 */
import { writeFileSync } from 'node:fs';
import { advanceTo, collectReport, createSimulation } from '../engine/index.ts';
import type { Scenario } from '../scenario/types.ts';
import { buildResult } from './build-result.ts';
import { EXIT } from './exit-codes.ts';
import { formatCompare } from './format-compare.ts';
import { readMetricPath } from './metric-path.ts';
import type { CliOptions } from './parse-args.ts';
import { progressLine } from './progress-line.ts';
import { defaultResolvers, resolveScenario } from './resolve-scenario.ts';
import { runCompare, type RunPlan } from './run-compare.ts';
import type { CliWorld } from './run-cli.ts';
import { runSweep } from './run-sweep.ts';
import { applyChanges, looksLikeSettings, readSettingsText } from './settings-text.ts';
import { sweepCsv } from './sweep-csv.ts';
import { sweepPlot } from './sweep-plot.ts';
import { defaultThreads } from './thread-pool.ts';
import type { LinkParam } from '../scenario/link/link-params.ts';

export interface Side {
  scenario: Scenario;
  source: string;
}

const fail = (world: CliWorld, code: number, message: string) => {
  world.stderr(`error: ${message}\n`);
  return code;
};

function poolFor(options: CliOptions, world: CliWorld, label: string) {
  const threads = options.threads ?? defaultThreads();
  const onProgress = world.progress
    ? progressLine(label, world.progress.write, world.progress.terminal)
    : undefined;
  return { threads, onProgress };
}

export async function runCompareCli(
  options: CliOptions,
  a: Side,
  plan: RunPlan,
  world: CliWorld,
): Promise<number> {
  let b: Side | undefined;
  const changes: LinkParam[] = [];
  for (const value of options.compare) {
    if (looksLikeSettings(value)) {
      const read = readSettingsText('--compare', value);
      if (!read.ok) return fail(world, EXIT.badUsage, read.error);
      changes.push(...read.params);
      continue;
    }
    if (b)
      return fail(
        world,
        EXIT.badUsage,
        '--compare names one B scenario; give further changes as node.field=value',
      );
    const resolved = resolveScenario(value, defaultResolvers(world.readText, world.presets));
    if (!resolved.ok)
      return fail(world, EXIT.badScenario, `B (--compare) cannot be used: ${resolved.message}`);
    b = { scenario: resolved.scenario, source: resolved.source };
  }
  let bSide: Side = b ?? { scenario: a.scenario, source: 'A with changes' };
  if (changes.length > 0) {
    const changed = applyChanges(bSide.scenario, changes, '--compare');
    if (!changed.ok) return fail(world, EXIT.badUsage, changed.message);
    bSide = { scenario: changed.scenario, source: bSide.source };
  }
  const result = await runCompare({ a, b: bSide, plan, pool: poolFor(options, world, 'compare') });
  world.stdout(
    options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatCompare(result, a.scenario.name)}\n`,
  );
  if (result.halt) {
    world.stderr(`halted (${result.halt.side}, seed ${result.halt.seed}): ${result.halt.message}\n`);
    return EXIT.overloaded;
  }
  return EXIT.ok;
}

export async function runSweepCli(
  options: CliOptions,
  a: Side,
  plan: RunPlan,
  world: CliWorld,
): Promise<number> {
  const sweep = options.sweep;
  if (!sweep) return EXIT.internalError;
  // Every point's scenario is built and validated before anything runs: a bad value fails in ms.
  const scenarios: Scenario[] = [];
  const lines = options.by ? options.by.values.map((value) => [{ name: options.by!.name, value }]) : [[]];
  for (const line of lines) {
    for (const value of sweep.values) {
      const changed = applyChanges(a.scenario, [...line, { name: sweep.name, value }], '--sweep');
      if (!changed.ok) return fail(world, EXIT.badUsage, changed.message);
      scenarios.push(changed.scenario);
    }
  }
  const metricText = options.metric ?? defaultMetric(a.scenario);
  const metric = readMetricPath(metricText, referenceResult(a));
  if (!metric.ok) return fail(world, EXIT.badUsage, metric.error);

  const result = await runSweep({
    source: a.source,
    sweep,
    by: options.by,
    metricPath: metric.path,
    scenarios,
    plan,
    pool: poolFor(options, world, 'sweep'),
  });
  const write = world.writeText ?? writeFileSync;
  try {
    if (options.csv) write(options.csv, sweepCsv(result));
    if (options.plot) write(options.plot, sweepPlot(result, a.scenario.name));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(world, EXIT.badUsage, `cannot write the output file: ${reason.slice(0, 200)}`);
  }
  if (options.json) world.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else if (!options.csv) world.stdout(sweepCsv(result).replace(/\r\n/g, '\n'));
  const halted = result.points.filter((point) => point.halted > 0).length;
  if (halted > 0) {
    world.stderr(`halted: ${halted} point(s) had runs stopped as overloaded (see the "halted" column)\n`);
    return EXIT.overloaded;
  }
  return EXIT.ok;
}

/** The first client's p99 latency: the figure most lessons ask about. */
function defaultMetric(scenario: Scenario): string {
  const client = scenario.nodes.find((node) => node.kind === 'client');
  return client ? `clients.${client.id}.latency.p99` : 'totals.finished';
}

/** A one-second run of A: enough to know every metric's name for checking `--metric`. */
function referenceResult(a: Side) {
  const sim = createSimulation(a.scenario, { seed: a.scenario.seed });
  advanceTo(sim, 1);
  const report = collectReport(sim);
  return buildResult({
    source: a.source,
    seed: 0,
    durationS: 1,
    warmupS: 0,
    reports: [report],
    wallMs: 0,
    halt: null,
  });
}
