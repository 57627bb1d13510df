/**
 * What every kind of live change declares, once, in its own file: how to read its own fields, how
 * it rewrites a scenario, and how the checked change looks. Its *values* are never checked here:
 * the rewritten scenario goes through `parseScenario`, so a live change obeys exactly the rules
 * (and the limits) of a file or a link.
 */
import { quoteText } from '../quote-text.ts';
import type { Scenario, ScenarioError } from '../types.ts';

export interface ChangeKind<C extends { type: string }> {
  /**
   * Problems with the change's own fields (`nodeId`, `edgeIndex`, the shape of `patch`, unknown
   * fields), against the scenario it is about to change. Empty when `apply` may be called.
   */
  check(raw: Readonly<Record<string, unknown>>, scenario: Scenario): ScenarioError[];
  /** The scenario with the change made; its values are unchecked until parsed. Pure. */
  apply(scenario: Scenario, change: C): Scenario;
  /** The change as the parsed scenario has it (defaults filled in): what the engine receives. */
  settle(change: C, valid: Scenario): C;
}

/** Where errors about the change's own fields point. */
export const CHANGE_PATH = 'change';

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
export { isRecord };

/** The fields of `raw` that are not in `known`, as errors. */
export function unknownFields(
  raw: Readonly<Record<string, unknown>>,
  known: readonly string[],
): ScenarioError[] {
  return Object.keys(raw)
    .filter((key) => !known.includes(key))
    .slice(0, 10)
    .map((key) => ({
      path: CHANGE_PATH,
      message: `has an unknown field ${quoteText(key)}; known fields: ${known.join(', ')}`,
    }));
}

/** `patch`'s keys with their values in `valid` (the parsed node or edge), so defaults are filled. */
export function pickSettled<T extends object>(patch: T, valid: object): T {
  const source = valid as Record<string, unknown>;
  return Object.fromEntries(Object.keys(patch).map((key) => [key, source[key]])) as T;
}
