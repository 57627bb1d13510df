/**
 * The one door for untrusted scenarios (DESIGN.md section 3): links, files, pastes and the CLI
 * all come through here, and nothing past it sees unvalidated data.
 */
import { ROOT_PATH } from './error-path.ts';
import { migrate } from './migrations.ts';
import { readInput } from './read-input.ts';
import type { ParseResult } from './types.ts';
import { validateScenario } from './validate-scenario.ts';

/**
 * Reads a scenario from JSON text or an already-parsed value: bounds its size, upgrades older
 * format versions, validates every field and the graph rules, and fills in every default.
 * Never throws: any failure, even an unexpected one, comes back as readable errors.
 */
export function parseScenario(input: unknown): ParseResult {
  try {
    const read = readInput(input);
    if (!read.ok) return read;
    const migrated = migrate(read.value);
    if (!migrated.ok) return migrated;
    return validateScenario(migrated.value);
  } catch (error) {
    // Hostile values (getters that throw, proxies) end here rather than in the caller.
    const reason = error instanceof Error ? error.message : 'unknown error';
    return {
      ok: false,
      errors: [{ path: ROOT_PATH, message: `could not be read: ${reason.slice(0, 200)}` }],
    };
  }
}
