/**
 * The command line of `npm run sim` (DESIGN.md section 4), parsed into options or readable errors.
 * Pure: no file system, no process, so every case is testable.
 */
import { didYouMean } from '../scenario/did-you-mean.ts';
import { formatNumber } from '../scenario/fields.ts';
import { LIMITS } from '../scenario/limits.ts';
import { NUMBER_TEXT, readNumberFlag, type NumberRange } from './number-flag.ts';

export interface CliOptions {
  /** A scenario JSON file, a preset id (or, later, a share link), as typed. */
  scenario: string;
  durationS: number;
  /** Already defaulted: see `defaultWarmupS`. */
  warmupS: number;
  /** Overrides the scenario's seed when given. */
  seed: number | undefined;
  replications: number;
  json: boolean;
}

export type ParsedArgs =
  { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'error'; errors: string[] };

export const DEFAULT_DURATION_S = 600;
export const DEFAULT_WARMUP_S = 60;
/** About four simulated months: far beyond any lesson, small enough to stay a sane number. */
export const MAX_DURATION_S = 10_000_000;
export const MAX_REPLICATIONS = 1000;

/**
 * 60 s, or a tenth of the run when the run is shorter than 600 s, so a short run still has
 * most of its window measured (60 s of a 60 s run would leave nothing).
 */
export function defaultWarmupS(durationS: number): number {
  return Math.min(DEFAULT_WARMUP_S, durationS / 10);
}

const VALUE_FLAGS = ['--duration', '--warmup', '--seed', '--replications'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];
const KNOWN_FLAGS = [...VALUE_FLAGS, '--json', '--help', '-h'];

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const errors: string[] = [];
  const positionals: string[] = [];
  const values = new Map<ValueFlag, string>();
  let json = false;
  let help = false;
  let onlyPositionals = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--help' || name === '-h') help = true;
    else if (name === '--json') {
      if (eq > 0) errors.push('--json takes no value');
      json = true;
    } else if (isValueFlag(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : takeValue(argv[i + 1]);
      if (eq < 0 && value !== undefined) i++;
      if (value === undefined) errors.push(`${name} needs a value`);
      else if (values.has(name)) errors.push(`${name} is given twice`);
      else values.set(name, value);
    } else {
      const guess = suggestFlag(name);
      errors.push(`unknown option ${name}${guess ? ` (did you mean ${guess}?)` : ''}`);
      // "--replicas 3": the number was meant for the flag, not as a second scenario.
      if (eq < 0 && NUMBER_TEXT.test(argv[i + 1] ?? '')) i++;
    }
  }
  if (help) return { kind: 'help' };

  if (positionals.length === 0) errors.push('missing the scenario: give a scenario JSON file or a preset id');
  if (positionals.length > 1) {
    errors.push(
      `expected one scenario, got ${positionals.length}: ${positionals.map((p) => `"${p}"`).join(', ')}`,
    );
  }

  const durationS = readNumber(values, '--duration', errors, {
    min: 0,
    minExclusive: true,
    max: MAX_DURATION_S,
    integer: false,
    unit: 'simulated seconds',
  });
  const seed = readNumber(values, '--seed', errors, { min: 0, max: LIMITS.seed, integer: true });
  const replications = readNumber(values, '--replications', errors, {
    min: 1,
    max: MAX_REPLICATIONS,
    integer: true,
  });
  const duration = durationS ?? DEFAULT_DURATION_S;
  const warmupS = readNumber(values, '--warmup', errors, { min: 0, max: MAX_DURATION_S, integer: false });
  if (typeof warmupS === 'number' && durationS !== null && warmupS >= duration) {
    errors.push(`--warmup must be shorter than the duration (${formatNumber(duration)} s); got ${warmupS}`);
  }

  if (errors.length > 0) return { kind: 'error', errors };
  return {
    kind: 'run',
    options: {
      scenario: positionals[0],
      durationS: duration,
      warmupS: warmupS ?? defaultWarmupS(duration),
      seed: seed ?? undefined,
      replications: replications ?? 1,
      json,
    },
  };
}

/** The next word as a flag's value: "--seed -1" is a (bad) value, "--duration --json" a missing one. */
function takeValue(next: string | undefined): string | undefined {
  if (next === undefined || (next.startsWith('-') && !NUMBER_TEXT.test(next))) return undefined;
  return next;
}

/** A near miss ("--durtion") or a shortening ("--replicas", "--dur") of a known flag. */
function suggestFlag(name: string): string | undefined {
  const stem = name.replace(/s$/, '');
  const prefixed = name.length >= 5 ? KNOWN_FLAGS.find((flag) => flag.startsWith(stem)) : undefined;
  return prefixed ?? didYouMean(name, KNOWN_FLAGS);
}

function isValueFlag(name: string): name is ValueFlag {
  return (VALUE_FLAGS as readonly string[]).includes(name);
}

/** The flag's number; undefined when absent, null when invalid (the error is pushed). */
function readNumber(
  values: Map<ValueFlag, string>,
  flag: ValueFlag,
  errors: string[],
  range: NumberRange,
): number | undefined | null {
  const text = values.get(flag);
  if (text === undefined) return undefined;
  const result = readNumberFlag(flag, text, range);
  if (result.ok) return result.value;
  errors.push(result.error);
  return null;
}
