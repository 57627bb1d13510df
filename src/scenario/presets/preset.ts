/**
 * A built-in scenario with a title for the picker. Presets are scenarios like any other: each is
 * written in the input form and run through `parseScenario` when its module loads.
 */
import { formatErrors } from '../format-errors.ts';
import { parseScenario } from '../parse-scenario.ts';
import type { ScenarioInput } from '../scenario-input.ts';
import type { Scenario } from '../types.ts';

export interface Preset {
  readonly id: string;
  readonly title: string;
  /** One line for the picker. */
  readonly description: string;
  /** Deeply frozen, shared by every caller: copy it (`cloneScenario`) before editing. */
  readonly scenario: Scenario;
}

/** Validates and freezes a preset; an invalid preset is a programming error, so it throws. */
export function definePreset(meta: Omit<Preset, 'scenario'>, input: ScenarioInput): Preset {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(`Preset '${meta.id}' is invalid:\n${formatErrors(result.errors)}`);
  return deepFreeze({ ...meta, scenario: result.scenario });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
