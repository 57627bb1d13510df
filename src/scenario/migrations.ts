/**
 * Format versions. A file or link made by any earlier Flowscope must keep opening, so each format
 * change adds one migration from the previous version and never edits an old one.
 *
 * To add format 2: set SCENARIO_VERSION to 2 in types.ts, add `1: migrateV1ToV2` to MIGRATIONS,
 * keep a v1 fixture in tests/fixtures/scenarios/v1, and add v2 fixtures beside it.
 */
import { ROOT_PATH } from './error-path.ts';
import { quoteText } from './quote-text.ts';
import { describeValue } from './read-input.ts';
import { SCENARIO_VERSION, type ScenarioError } from './types.ts';

/** A scenario object of some format version, before validation. */
export type RawScenario = Record<string, unknown>;

/** Turns a format-n object into a format-(n+1) object; `version` is set by `runMigrations`. */
export type Migration = (raw: RawScenario) => RawScenario;

/** MIGRATIONS[n] upgrades format n to n + 1. Format 1 is the first, so there are none yet. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrateResult = { ok: true; value: RawScenario } | { ok: false; errors: ScenarioError[] };

/** Upgrades a raw scenario of any known format version to the current one. */
export function migrate(raw: RawScenario): MigrateResult {
  return runMigrations(raw, MIGRATIONS, SCENARIO_VERSION);
}

/** The migration loop, with the table and target as parameters so the chain itself is testable. */
export function runMigrations(
  raw: RawScenario,
  migrations: Readonly<Record<number, Migration>>,
  current: number,
): MigrateResult {
  const version = raw.version;
  const fail = (message: string): MigrateResult => ({ ok: false, errors: [{ path: 'version', message }] });
  if (version === undefined) {
    return fail(`is required: a Flowscope scenario starts with "version": ${current}`);
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail(
      `must be a whole number (the format version, e.g. ${current}); got ${typeof version === 'string' ? quoteText(version) : describeValue(version)}`,
    );
  }
  if (version > current) {
    return {
      ok: false,
      errors: [
        {
          path: ROOT_PATH,
          message: `was made by a newer version of Flowscope (format v${version}); this version reads format ${current}`,
        },
      ],
    };
  }
  const oldest = Math.min(...Object.keys(migrations).map(Number), current);
  if (version < oldest)
    return fail(`is not a Flowscope format version: formats start at ${oldest}; got ${version}`);
  let value = raw;
  for (let from = version; from < current; from++) {
    const step = migrations[from];
    if (!step) return fail(`cannot be upgraded: no migration from format ${from} to ${from + 1}`);
    value = { ...step(value), version: from + 1 };
  }
  return { ok: true, value };
}
