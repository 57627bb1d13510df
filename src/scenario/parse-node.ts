/**
 * One raw node: check it is an object of a known kind, then hand it to that kind's schema.
 */
import { didYouMean } from './did-you-mean.ts';
import { issuesToErrors } from './error-path.ts';
import { NODE_KIND_SPECS } from './nodes/index.ts';
import { quoteText } from './quote-text.ts';
import { describeValue } from './read-input.ts';
import { NODE_KINDS, type NodeKind, type ScenarioError, type ScenarioNode } from './types.ts';

const KIND_LIST = NODE_KINDS.map((k) => `'${k}'`).join(', ');

/** The filled-in node, or undefined with its problems appended to `errors`. */
export function parseNode(raw: unknown, path: string, errors: ScenarioError[]): ScenarioNode | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors.push({
      path,
      message: `must be an object: a node { id, kind, ... }; got ${describeValue(raw)}`,
    });
    return undefined;
  }
  const kind = (raw as Record<string, unknown>).kind;
  if (kind === undefined) {
    errors.push({ path: `${path}.kind`, message: `is required: one of ${KIND_LIST}` });
    return undefined;
  }
  if (typeof kind !== 'string' || !(NODE_KINDS as readonly string[]).includes(kind)) {
    const guess = typeof kind === 'string' ? didYouMean(kind, NODE_KINDS) : undefined;
    errors.push({
      path: `${path}.kind`,
      message:
        `unknown kind ${typeof kind === 'string' ? quoteText(kind) : typeof kind}` +
        (guess ? `; did you mean '${guess}'?` : `; expected one of ${KIND_LIST}`),
    });
    return undefined;
  }
  const result = NODE_KIND_SPECS[kind as NodeKind].parse(raw);
  if (result.ok) return result.node;
  errors.push(...issuesToErrors(result.issues, path));
  return undefined;
}
