/**
 * Faults scheduled in simulated time (DESIGN.md section 8, format 2): their schema, defaults and
 * the check that each names a target it can apply to. One file for the whole record type.
 */
import * as v from 'valibot';
import { didYouMean } from './did-you-mean.ts';
import { formatNumber, numberIn, oneOf, share, strictFields } from './fields.ts';
import { aKind, quoted as q } from './kind-names.ts';
import { LIMITS } from './limits.ts';
import { FAULT_KINDS, type Fault, type FaultKind, type NodeKind, type ScenarioError } from './types.ts';

/** Written between the ends of an edge target: `lb>app-2`. */
export const FAULT_EDGE_SEPARATOR = '>';

/** What a fault's own parameter is when left out (also what a click in the app injects). */
export const FAULT_DEFAULTS = Object.freeze({ factor: 4, errorRate: 0.5, latency: 0.5 });

/** Which node kinds each node fault applies to; edge faults apply to any edge. */
export const FAULT_NODE_KINDS: Readonly<Record<FaultKind, readonly NodeKind[] | 'edge'>> = {
  crash: ['service', 'gateway', 'orchestrator'],
  slow: ['service', 'gateway', 'orchestrator'],
  errors: ['service'],
  latency: 'edge',
  partition: 'edge',
};

const time = () => numberIn(0, LIMITS.faultTime, 's');
const until = () => v.nullable(time());
const target = () => {
  const message = (issue: v.BaseIssue<unknown>) =>
    `must be a node id or an edge written 'from>to' (e.g. 'lb>app-2'); got ${issue.received}`;
  return v.pipe(v.string(message), v.minLength(1, message), v.maxLength(65, message));
};
const common = { at: time(), until: v.optional(until()), target: target() };
const describe = (kind: FaultKind, extra: string) =>
  `a ${kind} fault { at, until?, target, kind: '${kind}'${extra} }`;

const SCHEMAS = {
  crash: strictFields({ ...common, kind: v.literal('crash') }, describe('crash', '')),
  slow: strictFields(
    {
      ...common,
      kind: v.literal('slow'),
      factor: v.optional(
        v.pipe(
          numberIn(1, LIMITS.slowFactor),
          v.check((x) => x > 1, `must be above 1 (a factor of 1 changes nothing)`),
        ),
      ),
    },
    describe('slow', ', factor?'),
  ),
  errors: strictFields(
    { ...common, kind: v.literal('errors'), errorRate: v.optional(share()) },
    describe('errors', ', errorRate?'),
  ),
  latency: strictFields(
    { ...common, kind: v.literal('latency'), latency: v.optional(numberIn(0, LIMITS.latency, 's')) },
    describe('latency', ', latency?'),
  ),
  partition: strictFields({ ...common, kind: v.literal('partition') }, describe('partition', '')),
} as const;

export type FaultParse = { ok: true; fault: Fault } | { ok: false; issues: readonly v.BaseIssue<unknown>[] };

/** Validates one raw fault by its kind and fills in its defaults. */
export function parseFault(raw: unknown): FaultParse {
  const kind = v.safeParse(
    v.object({ kind: oneOf(FAULT_KINDS) }, 'must be an object: a fault { at, until?, target, kind }'),
    raw,
  );
  if (!kind.success) return { ok: false, issues: kind.issues };
  const result = v.safeParse(SCHEMAS[kind.output.kind], raw, { abortPipeEarly: true });
  if (!result.success) return { ok: false, issues: result.issues };
  return { ok: true, fault: toFault(result.output) };
}

type FaultInputOut = v.InferOutput<(typeof SCHEMAS)[FaultKind]>;

function toFault(input: FaultInputOut): Fault {
  const base = { at: input.at, until: input.until ?? null, target: input.target };
  switch (input.kind) {
    case 'slow':
      return { ...base, kind: 'slow', factor: input.factor ?? FAULT_DEFAULTS.factor };
    case 'errors':
      return { ...base, kind: 'errors', errorRate: input.errorRate ?? FAULT_DEFAULTS.errorRate };
    case 'latency':
      return { ...base, kind: 'latency', latency: input.latency ?? FAULT_DEFAULTS.latency };
    default:
      return { ...base, kind: input.kind };
  }
}

export type FaultInput = v.InferInput<(typeof SCHEMAS)[FaultKind]>;

/** The two ends of an edge target, or undefined for a node target. */
export function edgeEnds(target: string): { from: string; to: string } | undefined {
  const at = target.indexOf(FAULT_EDGE_SEPARATOR);
  return at < 0 ? undefined : { from: target.slice(0, at), to: target.slice(at + 1) };
}

export interface FaultGraph {
  nodes: ReadonlyMap<string, NodeKind>;
  edges: ReadonlySet<string>;
}

/** `until` after `at`, and a target that exists and can suffer this kind of fault. */
export function checkFault(fault: Fault, path: string, graph: FaultGraph): ScenarioError[] {
  const errors: ScenarioError[] = [];
  if (fault.until !== null && fault.until <= fault.at) {
    errors.push({
      path: `${path}.until`,
      message: `must be after at (${formatNumber(fault.at)} s) or null (never heals); got ${formatNumber(fault.until)}`,
    });
  }
  const allowed = FAULT_NODE_KINDS[fault.kind];
  const ends = edgeEnds(fault.target);
  const where = `${path}.target`;
  if (allowed === 'edge') {
    if (!ends) {
      errors.push({
        path: where,
        message: `a ${fault.kind} fault applies to an edge, written 'from>to' (e.g. 'lb>app-2'); got ${q(fault.target)}`,
      });
    } else if (!graph.edges.has(`${ends.from}${FAULT_EDGE_SEPARATOR}${ends.to}`)) {
      const guess = didYouMean(fault.target, [...graph.edges]);
      errors.push({
        path: where,
        message: `there is no edge ${q(fault.target)}${guess ? `; did you mean ${q(guess)}?` : ''}`,
      });
    }
    return errors;
  }
  if (ends) {
    errors.push({
      path: where,
      message: `a ${fault.kind} fault applies to a node (${allowed.join(', ')}), not to an edge; got ${q(fault.target)}`,
    });
    return errors;
  }
  const kind = graph.nodes.get(fault.target);
  if (kind === undefined) {
    const guess = didYouMean(fault.target, [...graph.nodes.keys()]);
    errors.push({
      path: where,
      message: `there is no node ${q(fault.target)}${guess ? `; did you mean ${q(guess)}?` : ''}`,
    });
  } else if (!allowed.includes(kind)) {
    errors.push({
      path: where,
      message: `a ${fault.kind} fault applies to a ${allowed.join(', ')} node; ${q(fault.target)} is ${aKind(kind)}`,
    });
  }
  return errors;
}
