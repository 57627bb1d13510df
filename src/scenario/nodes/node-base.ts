/**
 * What every node kind shares: the id/kind/label/position fields, the "parameters" type of a
 * kind, and `defineNodeKind`, which pairs a kind's input schema with the function that fills in
 * its defaults.
 */
import * as v from 'valibot';
import { nodeId, plainText, position, strictFields } from '../fields.ts';
import { LIMITS } from '../limits.ts';
import type { NodeKind, Position, ScenarioNode } from '../types.ts';

/** The tunable parameters of a node: everything but its identity and layout. */
export type NodeParams<N extends ScenarioNode> = Omit<N, 'id' | 'kind' | 'label' | 'position'>;

/** The input fields every kind accepts besides its parameters. */
export function baseEntries<K extends NodeKind>(kind: K) {
  return {
    id: nodeId(),
    kind: v.literal(kind),
    label: v.optional(plainText(LIMITS.labelChars)),
    position: v.optional(position()),
  };
}

/** Objects of a kind: used in "must be an object: ..." messages. */
export function describeKind(kind: NodeKind, fields: string): string {
  return `a ${kind} node { id, kind: '${kind}'${fields ? `, ${fields}` : ''} }`;
}

export function kindFields<K extends NodeKind, const E extends v.ObjectEntries>(kind: K, entries: E) {
  return strictFields(
    { ...baseEntries(kind), ...entries },
    describeKind(kind, Object.keys(entries).join(', ')),
  );
}

interface BaseInput {
  id: string;
  label?: string;
  position?: Position;
}

/** id, kind, label (defaults to the id) and position (kept only when given), in that key order. */
export function toBase<K extends NodeKind>(
  kind: K,
  input: BaseInput,
): { id: string; kind: K; label: string; position?: Position } {
  const base: { id: string; kind: K; label: string; position?: Position } = {
    id: input.id,
    kind,
    label: input.label ?? input.id,
  };
  if (input.position) base.position = { x: input.position.x, y: input.position.y };
  return base;
}

/** The given value, or the default when the field was left out (null is a value, not "left out"). */
export function given<T>(value: T | undefined, fallback: T): T {
  return value === undefined ? fallback : value;
}

export type NodeParse<N> = { ok: true; node: N } | { ok: false; issues: readonly v.BaseIssue<unknown>[] };

/** A node kind: its input schema, and `parse` = validate then fill in defaults. */
export interface NodeKindSpec<N extends ScenarioNode = ScenarioNode> {
  readonly kind: N['kind'];
  readonly schema: v.GenericSchema;
  parse(raw: unknown): NodeParse<N>;
}

export function defineNodeKind<N extends ScenarioNode, S extends v.GenericSchema>(
  kind: N['kind'],
  schema: S,
  build: (input: v.InferOutput<S>) => N,
): NodeKindSpec<N> {
  return {
    kind,
    schema,
    parse(raw) {
      const result = v.safeParse(schema, raw, { abortPipeEarly: true });
      return result.success ? { ok: true, node: build(result.output) } : { ok: false, issues: result.issues };
    },
  };
}
