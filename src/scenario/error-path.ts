/**
 * Field paths for error messages, written the way a JSON author reads them:
 * `nodes[id=api].serviceTime.mean`, `edges[3].latency`, `nodes[id=web].routes["/admin panel"]`.
 */
import type * as v from 'valibot';
import { clipText } from './quote-text.ts';
import type { ScenarioError } from './types.ts';

/** Path of the whole input, for problems that are not about one field. */
export const ROOT_PATH = 'scenario';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Appends one key to a path. */
export function childPath(parent: string, key: unknown): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  // A key is a value too (an unknown field, a route): a hostile one is clipped like any other.
  const text = clipText(String(key));
  if (IDENTIFIER.test(text)) return parent ? `${parent}.${text}` : text;
  return `${parent}[${JSON.stringify(text)}]`;
}

/** Turns valibot issues into errors whose paths start at `prefix`. */
export function issuesToErrors(issues: readonly v.BaseIssue<unknown>[], prefix: string): ScenarioError[] {
  return issues.map((issue) => {
    let path = prefix;
    for (const item of issue.path ?? []) path = childPath(path, item.key);
    return { path: path || ROOT_PATH, message: issue.message };
  });
}
