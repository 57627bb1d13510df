/**
 * The command line of `npm run sim` (DESIGN.md section 4), parsed into options or readable errors.
 * Pure: no file system, no process, so every case is testable.
 */
import { didYouMean } from '../scenario/did-you-mean.ts';
import { formatNumber } from '../scenario/fields.ts';
import { LIMITS } from '../scenario/limits.ts';
import { NUMBER_TEXT, readNumberFlag, type NumberRange } from './number-flag.ts';
import { readSweepSpec, type SweepSpec } from './sweep-spec.ts';

export interface CliOptions {
  /** A scenario JSON file, a preset id or a share link, as typed. */
  scenario: string;
  durationS: number;
  /** Already defaulted: see `defaultWarmupS`. */
  warmupS: number;
  /** Overrides the scenario's seed when given. */
  seed: number | undefined;
  replications: number;
  json: boolean;
  /** Add queueing theory's prediction beside each station's measurement (DESIGN.md §8). */
  theory: boolean;
  /** Print the scenario's share link instead of running it. */
  link: boolean;
  /** The app's address the link's fragment is appended to; normalised (`new URL(…).href`). */
  baseUrl: string;
  /** `--compare` values in order: a B scenario (file, preset, link) and/or `node.field=value` changes. */
  compare: string[];
  sweep: SweepSpec | null;
  by: SweepSpec | null;
  /** `--metric` path as typed; checked against a result once the scenario is known. */
  metric: string | null;
  csv: string | null;
  plot: string | null;
  /** Worker threads for `--compare`/`--sweep`; null means every core. */
  threads: number | null;
}

export type ParsedArgs =
  { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'error'; errors: string[] };

export const DEFAULT_DURATION_S = 600;
export const DEFAULT_WARMUP_S = 60;
/** About four simulated months: far beyond any lesson, small enough to stay a sane number. */
export const MAX_DURATION_S = 10_000_000;
/**
 * Many short runs are fine (the work limit in work-limit.ts bounds what they simulate); this only
 * bounds the per-run reports held for the statistics.
 */
export const MAX_REPLICATIONS = 100_000;
/** Where `npm start` serves the app (README), so a printed link opens on the same machine. */
export const DEFAULT_BASE_URL = 'http://localhost:4173/';

/**
 * 60 s, or a tenth of the run when the run is shorter than 600 s, so a short run still has
 * most of its window measured (60 s of a 60 s run would leave nothing).
 */
export function defaultWarmupS(durationS: number): number {
  return Math.min(DEFAULT_WARMUP_S, durationS / 10);
}

const VALUE_FLAGS = [
  '--duration',
  '--warmup',
  '--seed',
  '--replications',
  '--base-url',
  '--compare',
  '--sweep',
  '--by',
  '--metric',
  '--csv',
  '--plot',
  '--threads',
] as const;
/** Flags that may be given more than once, each value kept in order. */
const REPEATABLE: ReadonlySet<string> = new Set(['--compare']);
/** Threads one run may start; far above any machine this runs on, low enough to catch a typo. */
export const MAX_THREADS = 256;
type ValueFlag = (typeof VALUE_FLAGS)[number];
const SWITCHES = ['--json', '--link', '--theory'] as const;
type Switch = (typeof SWITCHES)[number];
const KNOWN_FLAGS = [...VALUE_FLAGS, ...SWITCHES, '--help', '-h'];

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const errors: string[] = [];
  const positionals: string[] = [];
  const values = new Map<ValueFlag, string>();
  const repeated: string[] = [];
  const switches = new Set<Switch>();
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
    else if (isSwitch(name)) {
      if (eq > 0) errors.push(`${name} takes no value`);
      switches.add(name);
    } else if (isValueFlag(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : takeValue(argv[i + 1]);
      if (eq < 0 && value !== undefined) i++;
      if (value === undefined) errors.push(`${name} needs a value`);
      else if (REPEATABLE.has(name)) repeated.push(value);
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

  if (positionals.length === 0)
    errors.push('missing the scenario: give a scenario JSON file, a preset id or a share link');
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

  const link = switches.has('--link');
  const baseUrlText = values.get('--base-url');
  let baseUrl = DEFAULT_BASE_URL;
  if (baseUrlText !== undefined) {
    const read = readBaseUrl(baseUrlText);
    if (!link) errors.push('--base-url is used only with --link');
    else if (read.ok) baseUrl = read.value;
    else errors.push(read.error);
  }

  const study = readStudyFlags(values, repeated, link, errors);

  if (errors.length > 0) return { kind: 'error', errors };
  return {
    kind: 'run',
    options: {
      scenario: positionals[0],
      durationS: duration,
      warmupS: warmupS ?? defaultWarmupS(duration),
      seed: seed ?? undefined,
      replications: replications ?? 1,
      json: switches.has('--json'),
      theory: switches.has('--theory'),
      link,
      baseUrl,
      ...study,
    },
  };
}

type StudyOptions = Pick<CliOptions, 'compare' | 'sweep' | 'by' | 'metric' | 'csv' | 'plot' | 'threads'>;

/** `--compare`, `--sweep` and their companions, with the combinations that make no sense refused. */
function readStudyFlags(
  values: Map<ValueFlag, string>,
  compare: string[],
  link: boolean,
  errors: string[],
): StudyOptions {
  const spec = (flag: '--sweep' | '--by') => {
    const text = values.get(flag);
    if (text === undefined) return null;
    const read = readSweepSpec(flag, text);
    if (read.ok) return read.spec;
    errors.push(read.error);
    return null;
  };
  const sweep = spec('--sweep');
  const by = spec('--by');
  const threads = readNumber(values, '--threads', errors, { min: 1, max: MAX_THREADS, integer: true });
  const text = (flag: ValueFlag) => values.get(flag) ?? null;
  const studying = compare.length > 0 || values.has('--sweep');
  if (compare.length > 0 && values.has('--sweep'))
    errors.push('--compare and --sweep are separate studies: give one of them');
  if (link && studying)
    errors.push("--link prints one scenario's link; it does not go with --compare or --sweep");
  for (const flag of ['--by', '--metric', '--csv', '--plot'] as const)
    if (values.has(flag) && !values.has('--sweep')) errors.push(`${flag} is used only with --sweep`);
  if (values.has('--threads') && !studying) errors.push('--threads is used only with --compare or --sweep');
  if (sweep && by && sweep.name === by.name)
    errors.push(`--by must vary another setting than --sweep (${sweep.name})`);
  for (const flag of ['--csv', '--plot'] as const)
    if (values.get(flag)?.trim() === '') errors.push(`${flag} needs a file name`);
  return {
    compare,
    sweep,
    by,
    metric: text('--metric'),
    csv: text('--csv'),
    plot: text('--plot'),
    threads: typeof threads === 'number' ? threads : null,
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

/**
 * The app's address for `--base-url`: an absolute http(s) address without a fragment (the link's
 * own fragment goes there). Normalised, so `http://Host:4173` reads `http://host:4173/`.
 */
export function readBaseUrl(text: string): { ok: true; value: string } | { ok: false; error: string } {
  const shown = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  const bad = (why: string) => ({
    ok: false as const,
    error: `--base-url must be ${why}, e.g. https://example.com/flowscope/; got "${shown}"`,
  });
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return bad('a whole http:// or https:// address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return bad('an http:// or https:// address');
  if (url.hash !== '' || text.includes('#'))
    return bad("the app's address without a '#…' part (the link puts the scenario there)");
  return { ok: true, value: url.href };
}

function isSwitch(name: string): name is Switch {
  return (SWITCHES as readonly string[]).includes(name);
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
