import type { Scenario } from './types.ts';

/**
 * A deep, mutable copy of a scenario (e.g. a frozen preset about to be edited). A scenario is
 * plain JSON data by construction, so a JSON round trip copies it exactly.
 */
export function cloneScenario(scenario: Scenario): Scenario {
  return JSON.parse(JSON.stringify(scenario)) as Scenario;
}
