/**
 * Edges: a hop from one node to another, with its network latency, its weight for weighted round
 * robin, and (on edges leaving a gateway) the route prefix it serves.
 */
import * as v from 'valibot';
import { nodeId, numberIn, route, strictFields } from './fields.ts';
import { LIMITS } from './limits.ts';
import type { ScenarioEdge } from './types.ts';

/** What an edge is when a field is left out: weight 1, no network delay, no route. */
export const EDGE_DEFAULTS = Object.freeze({ weight: 1, latency: 0 });

export const edgeSchema = strictFields(
  {
    from: nodeId(),
    to: nodeId(),
    route: v.optional(route()),
    weight: v.optional(numberIn(0, LIMITS.edgeWeight)),
    latency: v.optional(numberIn(0, LIMITS.latency, 's')),
  },
  'an edge { from, to, route?, weight?, latency? }',
);

export type EdgeInput = v.InferInput<typeof edgeSchema>;

/** Fills in every default of a validated edge; `route` stays absent when not given. */
export function toEdge(input: v.InferOutput<typeof edgeSchema>): ScenarioEdge {
  return {
    from: input.from,
    to: input.to,
    ...(input.route !== undefined && { route: input.route }),
    weight: input.weight ?? EDGE_DEFAULTS.weight,
    latency: input.latency ?? EDGE_DEFAULTS.latency,
  };
}

export type EdgeParse =
  { ok: true; edge: ScenarioEdge } | { ok: false; issues: readonly v.BaseIssue<unknown>[] };

/** Validates one raw edge and fills in its defaults. */
export function parseEdge(raw: unknown): EdgeParse {
  const result = v.safeParse(edgeSchema, raw, { abortPipeEarly: true });
  return result.success ? { ok: true, edge: toEdge(result.output) } : { ok: false, issues: result.issues };
}
