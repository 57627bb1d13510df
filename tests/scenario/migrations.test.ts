// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, runMigrations, type Migration } from '../../src/scenario/migrations.ts';
import { SCENARIO_VERSION } from '../../src/scenario/types.ts';
import { baseScenario } from './helpers.ts';

describe('migrations', () => {
  it('has a migration from every old format to the next', () => {
    for (let version = 1; version < SCENARIO_VERSION; version++)
      expect(MIGRATIONS[version]).toBeTypeOf('function');
  });

  it('is the identity for the current format', () => {
    const raw = { ...baseScenario(), version: SCENARIO_VERSION };
    expect(migrate(raw)).toEqual({ ok: true, value: raw });
  });

  it('upgrades format 1 to 2 by the version alone: every new field defaults to off', () => {
    const v1 = baseScenario();
    expect(migrate(v1)).toEqual({ ok: true, value: { ...v1, version: 2 } });
  });

  it('chains one migration per version and stamps each new version', () => {
    // A made-up history: v1 called the field `nodeList`, v2 renamed it, v3 added `edges`.
    const migrations: Record<number, Migration> = {
      1: ({ nodeList, ...rest }) => ({ ...rest, nodes: nodeList }),
      2: (raw) => ({ ...raw, edges: [] }),
    };
    const result = runMigrations({ version: 1, nodeList: ['a'] }, migrations, 3);
    expect(result).toEqual({ ok: true, value: { version: 3, nodes: ['a'], edges: [] } });
    expect(runMigrations({ version: 2, nodes: ['b'] }, migrations, 3)).toEqual({
      ok: true,
      value: { version: 3, nodes: ['b'], edges: [] },
    });
  });

  it('reports a gap in the chain instead of guessing', () => {
    const result = runMigrations({ version: 1 }, { 1: (raw) => raw }, 3);
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'version', message: 'cannot be upgraded: no migration from format 2 to 3' }],
    });
  });

  it('refuses a format older than the oldest migration', () => {
    expect(runMigrations({ version: 1 }, { 2: (raw) => raw }, 3)).toMatchObject({
      ok: false,
      errors: [{ path: 'version', message: 'is not a Flowscope format version: formats start at 2; got 1' }],
    });
  });
});
