/**
 * A change to one node's parameters ("workers of 'api' to 4"). Any field a node kind declares in
 * its schema (src/scenario/nodes/) can be changed this way, checked by that schema: a new node
 * field needs nothing here. Only `id` and `kind` are fixed while a run goes on (renaming an id or
 * replacing a node is a topology edit, which restarts the run).
 */
import { didYouMean } from '../did-you-mean.ts';
import { quoteText } from '../quote-text.ts';
import { describeValue } from '../read-input.ts';
import type { ScenarioNode } from '../types.ts';
import { CHANGE_PATH, isRecord, pickSettled, unknownFields, type ChangeKind } from './change-kind.ts';

type PatchOf<N> = N extends ScenarioNode ? Partial<Omit<N, 'id' | 'kind'>> : never;
/** Some of one node kind's parameters (kept per kind, so `rate` or `workers` type-check). */
export type NodePatch = PatchOf<ScenarioNode>;

export interface NodeChange {
  type: 'node';
  nodeId: string;
  patch: NodePatch;
}

const FIXED = ['id', 'kind'];

export const nodeChange: ChangeKind<NodeChange> = {
  check(raw, scenario) {
    const errors = unknownFields(raw, ['type', 'nodeId', 'patch']);
    const { nodeId, patch } = raw;
    const ids = scenario.nodes.map((n) => n.id);
    if (typeof nodeId !== 'string') {
      errors.push({
        path: `${CHANGE_PATH}.nodeId`,
        message: `must be a node id; got ${describeValue(nodeId)}`,
      });
    } else if (!ids.includes(nodeId)) {
      const guess = didYouMean(nodeId, ids);
      errors.push({
        path: `${CHANGE_PATH}.nodeId`,
        message: `names no node of the scenario: ${quoteText(nodeId)}${guess ? `; did you mean '${guess}'?` : ''}`,
      });
    }
    if (!isRecord(patch)) {
      errors.push({
        path: `${CHANGE_PATH}.patch`,
        message: `must be an object of the node's fields; got ${describeValue(patch)}`,
      });
    } else {
      for (const key of FIXED.filter((k) => k in patch)) {
        errors.push({
          path: `${CHANGE_PATH}.patch.${key}`,
          message: 'cannot change while the run goes on (edit the diagram instead)',
        });
      }
    }
    return errors;
  },
  apply(scenario, change) {
    const nodes = scenario.nodes.map((node) =>
      node.id === change.nodeId ? ({ ...node, ...change.patch } as ScenarioNode) : node,
    );
    return { ...scenario, nodes };
  },
  settle(change, valid) {
    const node = valid.nodes.find((n) => n.id === change.nodeId)!;
    return { type: 'node', nodeId: change.nodeId, patch: pickSettled(change.patch, node) };
  },
};
