/**
 * The one door for live changes (DESIGN.md section 3): a slider, the inspector, a worker message
 * or a replay all come through here. A change is read for its own fields, made to the scenario,
 * and the result is parsed by `parseScenario` — the same rules and limits as a file or a link.
 * Never throws: a refused change comes back as readable errors naming the field.
 */
import { ROOT_PATH } from '../error-path.ts';
import { parseScenario } from '../parse-scenario.ts';
import { quoteText } from '../quote-text.ts';
import { describeValue } from '../read-input.ts';
import type { Scenario, ScenarioError } from '../types.ts';
import { CHANGE_PATH, isRecord, type ChangeKind } from './change-kind.ts';
import { CHANGE_KINDS, type ScenarioChange } from './change-kinds.ts';

export type ChangeResult =
  | {
      ok: true;
      /** The change with defaults filled in, for the engine. */
      change: ScenarioChange;
      /** The scenario after it; nodes and edges it did not touch are the same objects as before. */
      scenario: Scenario;
    }
  | { ok: false; errors: ScenarioError[] };

const TYPES = Object.keys(CHANGE_KINDS);

/** Checks `input` (untrusted) as a change to `scenario` (valid) and makes it. */
export function checkChange(scenario: Scenario, input: unknown): ChangeResult {
  try {
    if (!isRecord(input)) {
      return refuse(CHANGE_PATH, `must be a change { type, ... }; got ${describeValue(input)}`);
    }
    const { type } = input;
    if (typeof type !== 'string' || !Object.hasOwn(CHANGE_KINDS, type)) {
      const got = typeof type === 'string' ? quoteText(type) : describeValue(type);
      return refuse(
        `${CHANGE_PATH}.type`,
        `must be one of ${TYPES.map((t) => `'${t}'`).join(', ')}; got ${got}`,
      );
    }
    const kind = CHANGE_KINDS[type as keyof typeof CHANGE_KINDS] as ChangeKind<ScenarioChange>;
    const errors = kind.check(input, scenario);
    if (errors.length > 0) return { ok: false, errors };
    const change = input as unknown as ScenarioChange;
    const parsed = parseScenario(kind.apply(scenario, change));
    if (!parsed.ok) return parsed;
    return {
      ok: true,
      change: kind.settle(change, parsed.scenario),
      scenario: keepUnchanged(scenario, parsed.scenario),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    return refuse(ROOT_PATH, `change could not be read: ${quoteText(reason)}`);
  }
}

function refuse(path: string, message: string): ChangeResult {
  return { ok: false, errors: [{ path, message }] };
}

/** `after`, reusing `before`'s node and edge objects where they are unchanged (cheap re-renders). */
function keepUnchanged(before: Scenario, after: Scenario): Scenario {
  const same = (a: unknown, b: unknown) => a !== undefined && JSON.stringify(a) === JSON.stringify(b);
  return {
    ...after,
    nodes: after.nodes.map((node, i) => (same(before.nodes[i], node) ? before.nodes[i] : node)),
    edges: after.edges.map((edge, i) => (same(before.edges[i], edge) ? before.edges[i] : edge)),
  };
}
