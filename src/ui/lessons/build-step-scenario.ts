/**
 * A lesson step's scenario: its preset with the step's seed and changes, validated by the same
 * parse function every scenario passes, so a step can never run something the app would refuse.
 */
// Not the scenario barrel: it re-exports the link codec, which the lessons do not need.
import { cloneScenario } from '../../scenario/clone-scenario.ts';
import { formatErrors } from '../../scenario/format-errors.ts';
import { parseScenario } from '../../scenario/parse-scenario.ts';
import { getPreset } from '../../scenario/presets/index.ts';
import type { Scenario } from '../../scenario/types.ts';
import type { LessonStep } from './types.ts';

/**
 * Builds and validates a step's scenario. Lessons are built-in data, so a step that does not build
 * is a programming error: it throws with the readable parse errors (the tests build every step).
 */
export function buildStepScenario(step: Pick<LessonStep, 'id' | 'setup'>): Scenario {
  const { preset: presetId, seed, changes = [], edgeChanges = [] } = step.setup;
  const preset = getPreset(presetId);
  if (!preset) throw new Error(`Lesson step '${step.id}': no preset '${presetId}'`);
  // The clone is edited as plain JSON input: patches may use input shorthands (serviceTime: 0.2).
  const draft = cloneScenario(preset.scenario) as unknown as {
    seed: number;
    nodes: Array<Record<string, unknown>>;
    edges: Array<Record<string, unknown>>;
  };
  if (seed !== undefined) draft.seed = seed;
  for (const { nodeId, patch } of changes) {
    const node = draft.nodes.find((n) => n.id === nodeId);
    if (!node) throw new Error(`Lesson step '${step.id}': no node '${nodeId}' in '${presetId}'`);
    Object.assign(node, patch);
  }
  for (const { from, to, patch } of edgeChanges) {
    const edge = draft.edges.find((e) => e.from === from && e.to === to);
    if (!edge) throw new Error(`Lesson step '${step.id}': no edge ${from} → ${to} in '${presetId}'`);
    Object.assign(edge, patch);
  }
  const result = parseScenario(draft);
  if (!result.ok) throw new Error(`Lesson step '${step.id}' is invalid:\n${formatErrors(result.errors)}`);
  return result.scenario;
}

/** B of a compare step: the step's own setup with the compare changes after its own. */
export function buildCompareScenario(step: Pick<LessonStep, 'id' | 'setup' | 'compare'>): Scenario | null {
  if (!step.compare) return null;
  const changes = [...(step.setup.changes ?? []), ...step.compare.changes];
  return buildStepScenario({ id: `${step.id} (B)`, setup: { ...step.setup, changes } });
}
