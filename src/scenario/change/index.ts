/** Live changes to a scenario: their types, the one function that checks and makes them. */
export { checkChange, type ChangeResult } from './check-change.ts';
export { CHANGE_KINDS, type ScenarioChange, type ChangeType } from './change-kinds.ts';
export type { ChangeKind } from './change-kind.ts';
export type { NodeChange, NodePatch } from './node-change.ts';
export type { EdgeChange, EdgePatch } from './edge-change.ts';
export {
  faultInstantS,
  stampNow,
  type AddFaultChange,
  type EndFaultChange,
  type RemoveFaultChange,
} from './fault-change.ts';
