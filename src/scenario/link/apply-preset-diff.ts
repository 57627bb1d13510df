/**
 * The reverse of `presetDiff`: a preset and a link's settings become a raw scenario for
 * `parseScenario`. Only the link's own grammar is checked here (which preset, which node or edge,
 * which field is being set); every value is checked by `parseScenario`, as a file's would be.
 */
import { cloneScenario } from '../clone-scenario.ts';
import { didYouMean } from '../did-you-mean.ts';
import { PRESETS, getPreset } from '../presets/index.ts';
import type { Scenario, ScenarioError } from '../types.ts';
import { EDGE_SEPARATOR, LINK_LIMITS, TOP_LEVEL_PARAMS } from './link-format.ts';
import { listOf, paramPath, quote } from './link-errors.ts';
import type { LinkParam } from './link-params.ts';
import { REMOVED, isTextField, readLinkValue } from './link-values.ts';
import { FIELD_NAME, IDENTITY_FIELDS, MAX_GROUP_DEPTH } from './preset-diff.ts';
import { FAULT_PARAM, readFaultParams } from './fault-param.ts';
import { LIMITS } from '../limits.ts';

type Fields = Record<string, unknown>;

/**
 * The preset with every understood setting applied, and a problem for each setting that was not
 * (unknown node, malformed name, …). `value` is undefined when the preset itself is unknown.
 */
export interface ApplyResult {
  value: Fields | undefined;
  errors: ScenarioError[];
}

const isGroup = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const own = (fields: Fields, key: string) => (Object.hasOwn(fields, key) ? fields[key] : undefined);

/**
 * Preset `presetId` with `settings` (every parameter but `v` and `preset`) applied. A setting
 * that cannot be applied is reported and skipped, so the caller can still validate the rest and
 * show every problem at once.
 */
export function applyPresetDiff(presetId: string, settings: readonly LinkParam[]): ApplyResult {
  const preset = getPreset(presetId);
  if (!preset) {
    const ids = PRESETS.map((p) => p.id);
    const guess = didYouMean(presetId, ids);
    return {
      value: undefined,
      errors: [
        {
          path: paramPath('preset'),
          message:
            `names no preset: ${quote(presetId)}` +
            (guess ? `; did you mean '${guess}'?` : '.') +
            ` The presets are ${listOf(ids)}`,
        },
      ],
    };
  }
  return applySettings(preset.scenario, settings, `preset '${preset.id}'`);
}

/**
 * `settings` (`api.workers=2`, `lb~app-1.latency=0.1`, `seed`, `name`) applied to a copy of `base`,
 * with the link's grammar: the same paths mean the same thing in a link, in the runner's
 * `--compare`/`--sweep` and in the app's B side. `owner` names the base in messages ("preset
 * 'full'", "the scenario"); `pathOf` gives each error's path (the link's `link["…"]` by default).
 * Values are not checked here: the caller passes the result to `parseScenario`.
 */
export function applySettings(
  base: Scenario,
  settings: readonly LinkParam[],
  owner: string,
  pathOf: (name: string) => string = paramPath,
): ApplyResult {
  const raw = cloneScenario(base) as unknown as Fields & { nodes: Fields[]; edges: Fields[] };
  const nodes = new Map(raw.nodes.map((node) => [node.id as string, node]));
  const edges = new Map(raw.edges.map((edge) => [`${edge.from}${EDGE_SEPARATOR}${edge.to}`, edge]));
  const errors: ScenarioError[] = [];
  /** serviceTime fields each node's link sets, to tidy up after a change of distribution. */
  const distributionFields = new Map<Fields, Set<string>>();

  // Faults replace the preset's own list when the link names any (docs/links.md).
  const faultValues = settings.filter((p) => p.name === FAULT_PARAM).map((p) => p.value);
  if (faultValues.length > 0) {
    const read = readFaultParams(faultValues.slice(0, LIMITS.faults + 1));
    raw.faults = read.faults;
    errors.push(...read.errors.slice(0, LINK_LIMITS.errors));
  }
  for (const { name, value } of settings) {
    if (name === FAULT_PARAM) continue;
    if (errors.length >= LINK_LIMITS.errors) break;
    const problem = (message: string) => errors.push({ path: pathOf(name), message });
    const dot = name.indexOf('.');
    if (dot < 0) {
      if (name === 'seed' && value === '') problem('has no value (was the link cut off?)');
      else if (name === 'seed' || name === 'name') raw[name] = readLinkValue(name, value);
      else problem(unknownParam(name));
      continue;
    }
    const targetName = name.slice(0, dot);
    const path = name.slice(dot + 1);
    const target = findTarget(targetName, nodes, edges, owner);
    if (typeof target === 'string') {
      problem(target);
      continue;
    }
    // Routes hold '/' and may hold '.', so `routes/…` is one field with the rest as its key.
    const steps = path.startsWith('routes/') ? ['routes', path.slice('routes'.length)] : path.split('.');
    const [field, ...keys] = steps;
    if (
      keys.length > MAX_GROUP_DEPTH ||
      !FIELD_NAME.test(field) ||
      (field !== 'routes' && keys.some((key) => !FIELD_NAME.test(key)))
    ) {
      problem(
        `is not a setting: after the ${target.what} comes a field such as 'workers', ` +
          `'serviceTime.mean', 'retry.backoff.jitter' or 'routes/orders'`,
      );
      continue;
    }
    if (IDENTITY_FIELDS.has(field)) {
      problem(
        `cannot be changed in a preset link: it would change the diagram itself. ` +
          `A scenario with other nodes or edges is shared as a compressed link (z=…)`,
      );
      continue;
    }
    if (field === 'routes' && keys.length === 0) {
      problem(`sets the whole route table; set one route at a time, e.g. '${targetName}.routes/orders=3'`);
      continue;
    }
    const leaf = keys.length === 0 ? field : field === 'routes' ? 'weight' : keys[keys.length - 1];
    if (value === '' && !isTextField(leaf)) {
      problem('has no value (was the link cut off?)');
      continue;
    }
    const parsed = readLinkValue(leaf, value);
    // Walk down to the group that holds the leaf, creating groups that were null or missing
    // (turning a retry budget on writes its fields: `web.retry.budget.ratio=0.1&…`).
    let group: Fields | undefined = target.fields;
    const names = [field, ...keys];
    for (let i = 0; i < names.length - 1 && group !== undefined; i++) {
      let inner = own(group, names[i]);
      if (inner === undefined || inner === null) {
        if (parsed === REMOVED) {
          group = undefined;
          break;
        }
        inner = group[names[i]] = {};
      }
      if (!isGroup(inner)) {
        const part = names.slice(0, i + 1).join('.');
        problem(`sets a part of '${part}', which is a single value: write '${targetName}.${part}=…'`);
        group = undefined;
        break;
      }
      group = inner;
    }
    if (group === undefined) continue;
    const last = names[names.length - 1];
    if (parsed === REMOVED) delete group[last];
    else group[last] = parsed;
    if (field === 'serviceTime' && keys.length === 1) {
      const set = distributionFields.get(target.fields) ?? new Set<string>();
      distributionFields.set(target.fields, set.add(last));
    }
  }
  for (const [fields, set] of distributionFields) tidyDistribution(fields, set);
  return { value: raw, errors };
}

/**
 * Switching `serviceTime.dist` by hand should not leave the old distribution's shape behind
 * (`cv` on a uniform distribution is an error): drop shape fields the new one lacks, unless the
 * link sets them itself.
 */
function tidyDistribution(fields: Fields, set: ReadonlySet<string>): void {
  const time = own(fields, 'serviceTime');
  if (!set.has('dist') || !isGroup(time)) return;
  if (time.dist !== 'lognormal' && !set.has('cv')) delete time.cv;
  if (time.dist !== 'uniform' && !set.has('spread')) delete time.spread;
}

interface Target {
  fields: Fields;
  /** "node 'api'" or "edge 'lb' → 'app-1'", for messages. */
  what: string;
}

/** The node or edge a parameter names, or a message saying why there is none. */
function findTarget(
  name: string,
  nodes: ReadonlyMap<string, Fields>,
  edges: ReadonlyMap<string, Fields>,
  owner: string,
): Target | string {
  // '>' reads naturally ("lb>app-1") but browsers percent-encode it in an address, so links are
  // written with '~'; both are read.
  const separator = [EDGE_SEPARATOR, '>'].map((s) => name.indexOf(s)).find((i) => i >= 0);
  if (separator === undefined) {
    const node = nodes.get(name);
    if (node) return { fields: node, what: `node '${name}'` };
    const ids = [...nodes.keys()];
    const guess = didYouMean(name, ids);
    return (
      `names no node of ${owner}: ${quote(name)}` +
      (guess ? `; did you mean '${guess}'?` : `. Its nodes are ${listOf(ids)}`)
    );
  }
  const from = name.slice(0, separator);
  const to = name.slice(separator + 1);
  const key = `${from}${EDGE_SEPARATOR}${to}`;
  const edge = edges.get(key);
  if (edge) return { fields: edge, what: `edge '${from}' → '${to}'` };
  const keys = [...edges.keys()];
  const guess = didYouMean(key, keys);
  return (
    `names no edge of ${owner}: ${quote(from)} → ${quote(to)}` +
    (guess ? `; did you mean '${guess}'?` : `. Its edges are ${listOf(keys)}`)
  );
}

function unknownParam(name: string): string {
  const guess = didYouMean(name, TOP_LEVEL_PARAMS);
  return (
    `is not a link setting` +
    (guess ? `; did you mean '${guess}'?` : '.') +
    ` A preset link holds v, preset, seed, name, settings such as 'api.workers=2' or 'lb~api.latency=0.1', and faults such as 'fault=crash,api,30'`
  );
}
