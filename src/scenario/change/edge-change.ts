/**
 * A change to one edge's weight, latency or route, by its index in `scenario.edges`. Its ends are
 * fixed while a run goes on: rewiring is a topology edit, which restarts the run.
 */
import { formatNumber } from '../fields.ts';
import { quoteText } from '../quote-text.ts';
import { describeValue } from '../read-input.ts';
import type { ScenarioEdge } from '../types.ts';
import { CHANGE_PATH, isRecord, pickSettled, unknownFields, type ChangeKind } from './change-kind.ts';

const LIVE_FIELDS = ['weight', 'latency', 'route'] as const;

export type EdgePatch = Partial<Pick<ScenarioEdge, (typeof LIVE_FIELDS)[number]>>;

export interface EdgeChange {
  type: 'edge';
  edgeIndex: number;
  patch: EdgePatch;
}

export const edgeChange: ChangeKind<EdgeChange> = {
  check(raw, scenario) {
    const errors = unknownFields(raw, ['type', 'edgeIndex', 'patch']);
    const { edgeIndex, patch } = raw;
    const count = scenario.edges.length;
    if (
      typeof edgeIndex !== 'number' ||
      !Number.isInteger(edgeIndex) ||
      edgeIndex < 0 ||
      edgeIndex >= count
    ) {
      errors.push({
        path: `${CHANGE_PATH}.edgeIndex`,
        message:
          count === 0
            ? `names an edge, but the scenario has none; got ${describeValue(edgeIndex)}`
            : `must be an edge's index from 0 to ${formatNumber(count - 1)}; got ${describeValue(edgeIndex)}`,
      });
    }
    if (!isRecord(patch)) {
      errors.push({
        path: `${CHANGE_PATH}.patch`,
        message: `must be an object { weight?, latency?, route? }; got ${describeValue(patch)}`,
      });
    } else {
      for (const key of Object.keys(patch).filter((k) => !(LIVE_FIELDS as readonly string[]).includes(k))) {
        errors.push({
          path: `${CHANGE_PATH}.patch`,
          message: `cannot change ${quoteText(key)} while the run goes on; only ${LIVE_FIELDS.join(', ')} can (rewire in the diagram instead)`,
        });
      }
    }
    return errors;
  },
  apply(scenario, change) {
    const edges = scenario.edges.map((edge, index) =>
      index === change.edgeIndex ? { ...edge, ...change.patch } : edge,
    );
    return { ...scenario, edges };
  },
  settle(change, valid) {
    return {
      type: 'edge',
      edgeIndex: change.edgeIndex,
      patch: pickSettled(change.patch, valid.edges[change.edgeIndex]),
    };
  },
};
