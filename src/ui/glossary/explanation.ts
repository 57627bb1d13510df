/** The shape of a component explanation, shared by the per-kind explainers. */
import type { NodeKind, ScenarioNode } from '../../scenario/types.ts';

export interface ComponentExplanation {
  title: string;
  /** What it is: one sentence, its record's line (src/content/kinds). */
  what: string;
  /** How the current algorithm, policy or mode behaves; absent where there is no such choice. */
  current?: string;
  /** One sentence per group of parameters, naming the fields it covers. */
  parameters: Array<{ fields: string[]; text: string }>;
  /** All of the above as one paragraph. */
  text: string;
}

export type ExplanationBody = Omit<ComponentExplanation, 'text'>;

/** A node kind's parameters: what the inspector edits. */
export type ParamsOf<K extends NodeKind> = Omit<
  Extract<ScenarioNode, { kind: K }>,
  'id' | 'kind' | 'label' | 'position'
>;

/** Parameters as given: any may be missing and take its default. */
export type Given = Record<string, unknown>;
