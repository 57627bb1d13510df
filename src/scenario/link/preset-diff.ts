/**
 * The short link form: the settings that turn a preset into this scenario. Only values can be
 * said this way; a scenario with other nodes or edges than the preset's has no diff.
 */
import type { Scenario } from '../types.ts';
import { faultParams } from './fault-param.ts';
import { EDGE_SEPARATOR } from './link-format.ts';
import type { LinkParam } from './link-params.ts';
import { REMOVE, fitsField, formatLinkValue } from './link-values.ts';

/** Fields that identify a node or an edge rather than set it: changing one changes the topology. */
export const IDENTITY_FIELDS: ReadonlySet<string> = new Set(['id', 'kind', 'from', 'to']);

/** A field name in a link: letters and digits, starting with a letter. */
export const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

type Fields = Record<string, unknown>;

/** How deep a setting may reach into a node: `retry.backoff.jitter` is a field, a group, a group. */
export const MAX_GROUP_DEPTH = 2;

/** Stands for "this field was removed" while a diff is built. */
const REMOVE_MARK = Symbol('remove');

/**
 * `seed`, then `name` if changed, then each changed field in diagram order: nodes as
 * `api.workers=2`, `api.serviceTime.mean=0.2`, `web.routes/orders=3`, edges as
 * `lb~app-1.latency=0.1`, then the faults if they differ (`fault=crash,app-2,31`). Undefined when the topology differs (node ids or kinds, edge ends, or
 * their order) or a value cannot be written as a setting.
 */
export function presetDiff(base: Scenario, scenario: Scenario): LinkParam[] | undefined {
  if (!sameTopology(base, scenario)) return undefined;
  const params: LinkParam[] = [{ name: 'seed', value: formatLinkValue(scenario.seed) }];
  if (scenario.name !== base.name) {
    if (!fitsField('name', scenario.name)) return undefined;
    params.push({ name: 'name', value: scenario.name });
  }
  for (let i = 0; i < scenario.nodes.length; i++) {
    const node = scenario.nodes[i];
    if (!diffFields(node.id, base.nodes[i] as unknown as Fields, node as unknown as Fields, params)) {
      return undefined;
    }
  }
  for (let i = 0; i < scenario.edges.length; i++) {
    const edge = scenario.edges[i];
    const target = `${edge.from}${EDGE_SEPARATOR}${edge.to}`;
    if (!diffFields(target, base.edges[i] as unknown as Fields, edge as unknown as Fields, params)) {
      return undefined;
    }
  }
  params.push(...faultParams(base.faults, scenario.faults));
  return params;
}

function sameTopology(a: Scenario, b: Scenario): boolean {
  return (
    a.nodes.length === b.nodes.length &&
    a.edges.length === b.edges.length &&
    a.nodes.every((node, i) => node.id === b.nodes[i].id && node.kind === b.nodes[i].kind) &&
    a.edges.every((edge, i) => edge.from === b.edges[i].from && edge.to === b.edges[i].to)
  );
}

const isGroup = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Appends the settings that turn `base` into `next`; false when one cannot be written. */
function diffFields(target: string, base: Fields, next: Fields, out: LinkParam[]): boolean {
  const push = (path: string, field: string, value: unknown): boolean => {
    if (value === REMOVE_MARK) {
      out.push({ name: `${target}.${path}`, value: REMOVE });
      return true;
    }
    if (!fitsField(field, value)) return false;
    out.push({
      name: `${target}.${path}`,
      value: formatLinkValue(value as string | string[] | number | boolean | null),
    });
    return true;
  };
  const fields = [...Object.keys(next), ...Object.keys(base).filter((f) => !Object.hasOwn(next, f))];
  for (const field of fields) {
    if (IDENTITY_FIELDS.has(field)) continue;
    if (!FIELD_NAME.test(field)) return false;
    const before = Object.hasOwn(base, field) ? base[field] : undefined;
    const after = Object.hasOwn(next, field) ? next[field] : undefined;
    if (after === undefined) {
      if (before !== undefined && !push(field, field, REMOVE_MARK)) return false;
      continue;
    }
    if (!isGroup(after)) {
      if (after !== before && !push(field, field, after)) return false;
      continue;
    }
    // An unchanged group needs no setting, however deep (a retry policy holds a backoff and a list).
    if (JSON.stringify(after) === JSON.stringify(before)) continue;
    const old = isGroup(before) ? before : {};
    if (field === 'routes') {
      if (!diffRoutes(old, after, push)) return false;
      continue;
    }
    // A group (serviceTime, rateLimit, retry, circuitBreaker, autoscale…) is set one field at a
    // time, a group inside it too (`retry.backoff.jitter`), at most MAX_GROUP_DEPTH deep.
    if (!diffGroup(field, old, after, 1, push)) return false;
    // Decoding drops the old distribution's shape (cv, spread) when `dist` changes: no need to say so.
    const newDistribution = field === 'serviceTime' && old.dist !== after.dist;
    for (const key of Object.keys(old)) {
      if (Object.hasOwn(after, key) || (newDistribution && (key === 'cv' || key === 'spread'))) continue;
      push(`${field}.${key}`, key, REMOVE_MARK);
    }
  }
  return true;
}

type Push = (path: string, field: string, value: unknown) => boolean;

/** Client routes: `web.routes/orders=3`, one route at a time, in their order. */
function diffRoutes(old: Fields, after: Fields, push: Push): boolean {
  for (const key of Object.keys(after)) {
    if (!key.startsWith('/') || isGroup(after[key]) || Array.isArray(after[key])) return false;
    if (Object.hasOwn(old, key) && old[key] === after[key]) continue;
    if (!push(`routes${key}`, 'weight', after[key])) return false;
  }
  for (const key of Object.keys(old))
    if (!Object.hasOwn(after, key)) push(`routes${key}`, 'weight', REMOVE_MARK);
  // Decoding keeps surviving routes in place and appends new ones; a reorder has no setting.
  return sameOrder(old, after);
}

/**
 * The settings that turn group `old` into `after` under `path` (`retry`, then `retry.backoff`):
 * plain values one by one, a list such as `retry.on` as one comma-separated value, a group inside
 * as its own fields (a group that was null or missing is written whole). A group's fields that
 * disappear are removed (`-`), except at the top, where the caller knows what decoding tidies.
 */
function diffGroup(path: string, old: Fields, after: Fields, depth: number, push: Push): boolean {
  for (const key of Object.keys(after)) {
    if (!FIELD_NAME.test(key)) return false;
    const value = after[key];
    const before = Object.hasOwn(old, key) ? old[key] : undefined;
    if (isGroup(value)) {
      if (depth >= MAX_GROUP_DEPTH) return false;
      if (JSON.stringify(value) === JSON.stringify(before)) continue;
      const inner = isGroup(before) ? before : {};
      if (!diffGroup(`${path}.${key}`, inner, value, depth + 1, push)) return false;
      for (const gone of Object.keys(inner))
        if (!Object.hasOwn(value, gone)) push(`${path}.${key}.${gone}`, gone, REMOVE_MARK);
      continue;
    }
    if (Array.isArray(value) ? JSON.stringify(value) === JSON.stringify(before) : value === before) continue;
    if (!push(`${path}.${key}`, key, value)) return false;
  }
  return true;
}

function sameOrder(before: Fields, after: Fields): boolean {
  const expected = [
    ...Object.keys(before).filter((key) => Object.hasOwn(after, key)),
    ...Object.keys(after).filter((key) => !Object.hasOwn(before, key)),
  ];
  const actual = Object.keys(after);
  return expected.every((key, i) => key === actual[i]);
}
