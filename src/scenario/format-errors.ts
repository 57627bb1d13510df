/**
 * Scenario errors as plain text for the CLI and the UI, one problem per line.
 */
import { ROOT_PATH } from './error-path.ts';
import type { ScenarioError } from './types.ts';

/**
 * "nodes[id=api].workers: must be a whole number from 1 to 1,000; got 0", one per line; problems
 * with the whole input read as a sentence ("The scenario is not valid JSON: ..."). Lists longer
 * than `max` end with a count of the rest, so a hostile file cannot flood the screen.
 */
export function formatErrors(errors: readonly ScenarioError[], max = 50): string {
  const lines = errors
    .slice(0, max)
    .map((error) =>
      error.path === ROOT_PATH || error.path === ''
        ? `The scenario ${error.message}`
        : `${error.path}: ${error.message}`,
    );
  const rest = errors.length - max;
  if (rest > 0) lines.push(`… and ${rest} more problem${rest === 1 ? '' : 's'}`);
  return lines.join('\n');
}
