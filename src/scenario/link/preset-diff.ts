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
      value: formatLinkValue(value as string | number | boolean | null),
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
    // A group of fields (serviceTime, rateLimit, position, routes) is set one field at a time.
    const old = isGroup(before) ? before : {};
    const routes = field === 'routes';
    const pathOf = (key: string) => (routes ? `routes${key}` : `${field}.${key}`);
    for (const key of Object.keys(after)) {
      if (routes ? !key.startsWith('/') : !FIELD_NAME.test(key)) return false;
      const leaf = routes ? 'weight' : key;
      if (isGroup(after[key]) || Array.isArray(after[key])) return false;
      if (Object.hasOwn(old, key) && old[key] === after[key]) continue;
      if (!push(pathOf(key), leaf, after[key])) return false;
    }
    // Decoding drops the old distribution's shape (cv, spread) when `dist` changes: no need to say so.
    const newDistribution = field === 'serviceTime' && old.dist !== after.dist;
    for (const key of Object.keys(old)) {
      if (Object.hasOwn(after, key) || (newDistribution && (key === 'cv' || key === 'spread'))) continue;
      push(pathOf(key), key, REMOVE_MARK);
    }
    // Decoding keeps surviving routes in place and appends new ones; a reorder has no setting.
    if (routes && !sameOrder(old, after)) return false;
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
