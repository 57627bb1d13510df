/**
 * The whole headless run as one function of its arguments and its outside world, so tests can
 * drive it in-process; `main.ts` only plugs in the real process. Returns the exit code.
 */
import type { Preset } from '../scenario/presets/index.ts';
import { buildResult } from './build-result.ts';
import { EXIT } from './exit-codes.ts';
import { formatReport } from './format-report.ts';
import { parseArgs } from './parse-args.ts';
import { defaultResolvers, resolveScenario, type ReadText } from './resolve-scenario.ts';
import { runReplications } from './run-replications.ts';
import { runCompareCli, runSweepCli } from './run-study.ts';
import { shareLinkFor } from './share-link.ts';
import { usage } from './usage.ts';
import { checkWork } from './work-limit.ts';

export interface CliWorld {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readText: ReadText;
  presets: readonly Preset[];
  /** Tokens held before a run halts as overloaded; the engine's default when absent (tests lower it). */
  maxInFlight?: number;
  /** Where `--compare`/`--sweep` report progress (stderr in the real process); none when absent. */
  progress?: { write: (text: string) => void; terminal: boolean };
  /** Writes `--csv`/`--plot` files; the real file system when absent. */
  writeText?: (path: string, text: string) => void;
}

const HELP_HINT = 'Run `npm run sim -- --help` for usage.';

/**
 * The exit code; a promise of it for `--compare` and `--sweep`, whose runs go to worker threads
 * (a single run stays synchronous).
 */
export function runCli(argv: readonly string[], world: CliWorld): number | Promise<number> {
  const internalError = (error: unknown) => {
    // A bug, not bad input: say so in one line; a stack trace would only bury the message.
    const reason = error instanceof Error ? error.message : String(error);
    world.stderr(`internal error: ${reason}\nPlease report it with the command you ran.\n`);
    return EXIT.internalError;
  };
  try {
    const code = run(argv, world);
    return typeof code === 'number' ? code : code.catch(internalError);
  } catch (error) {
    return internalError(error);
  }
}

function run(argv: readonly string[], world: CliWorld): number | Promise<number> {
  const presetIds = world.presets.map((preset) => preset.id);
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    world.stdout(usage(presetIds));
    return EXIT.ok;
  }
  if (parsed.kind === 'error') {
    world.stderr(`${parsed.errors.map((error) => `error: ${error}`).join('\n')}\n${HELP_HINT}\n`);
    return EXIT.badUsage;
  }
  const { options } = parsed;

  const resolved = resolveScenario(options.scenario, defaultResolvers(world.readText, world.presets));
  if (!resolved.ok) {
    world.stderr(`error: ${resolved.message}\n`);
    return EXIT.badScenario;
  }

  const seed = options.seed ?? resolved.scenario.seed;
  if (options.link) {
    // The link carries the seed, so `--seed` goes into the scenario; nothing is run.
    const shared = shareLinkFor({ ...resolved.scenario, seed }, options.baseUrl);
    if (!shared.ok) {
      world.stderr(`error: ${shared.message}\n`);
      return EXIT.badScenario;
    }
    world.stdout(options.json ? `${JSON.stringify({ link: shared.link }, null, 2)}\n` : `${shared.link}\n`);
    return EXIT.ok;
  }
  const tooMuch = checkWork(resolved.scenario, options);
  if (tooMuch !== null) {
    world.stderr(`error: ${tooMuch}\n${HELP_HINT}\n`);
    return EXIT.badUsage;
  }
  const plan = {
    durationS: options.durationS,
    warmupS: options.warmupS,
    seed,
    replications: options.replications,
    maxInFlight: world.maxInFlight,
  };
  const sideA = { scenario: resolved.scenario, source: resolved.source };
  if (options.compare.length > 0) return runCompareCli(options, sideA, plan, world);
  if (options.sweep) return runSweepCli(options, sideA, plan, world);
  const runs = runReplications(resolved.scenario, {
    durationS: options.durationS,
    warmupS: options.warmupS,
    seed,
    replications: options.replications,
    maxInFlight: world.maxInFlight,
  });
  const result = buildResult({
    source: resolved.source,
    seed,
    durationS: options.durationS,
    warmupS: options.warmupS,
    ...runs,
    ...(options.theory ? { theoryFor: resolved.scenario } : {}),
  });
  world.stdout(
    options.json
      ? `${JSON.stringify(result, null, 2)}\n`
      : `${formatReport(result, resolved.scenario.name)}\n`,
  );
  if (runs.halt !== null) {
    const of = `replication ${runs.reports.length} of ${options.replications}, seed ${runs.halt.seed}`;
    world.stderr(`halted (${of}): ${runs.halt.message}\n`);
    return EXIT.overloaded;
  }
  return EXIT.ok;
}
