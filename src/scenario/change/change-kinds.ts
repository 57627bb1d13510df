/**
 * Every kind of live change, keyed by its `type`. To add one (say "add fault"): write its file next
 * to these (its type and its `ChangeKind`), add it to this table, and give the engine its handler in
 * src/engine/changes.ts (the compiler asks for it). Its values are checked by the scenario's own
 * schema, so a new field must be declared there first.
 */
import type { ChangeKind } from './change-kind.ts';
import { edgeChange } from './edge-change.ts';
import { nodeChange } from './node-change.ts';

export const CHANGE_KINDS = {
  node: nodeChange,
  edge: edgeChange,
} as const;

type ChangeOf<K> = K extends ChangeKind<infer C> ? C : never;

/** A live change, applied at the simulation's current instant. */
export type ScenarioChange = ChangeOf<(typeof CHANGE_KINDS)[keyof typeof CHANGE_KINDS]>;
export type ChangeType = ScenarioChange['type'];

// Each kind is filed under its own `type` (a compile-time check, nothing at run time).
CHANGE_KINDS satisfies { [K in ChangeType]: ChangeKind<Extract<ScenarioChange, { type: K }>> };
