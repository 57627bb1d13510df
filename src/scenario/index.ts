/**
 * The scenario contract: types, the one parse function, defaults, limits and presets.
 * Import from here rather than from the files behind it.
 */
export * from './types.ts';
export { parseScenario } from './parse-scenario.ts';
export { formatErrors } from './format-errors.ts';
export * from './change/index.ts';
export { cloneScenario } from './clone-scenario.ts';
export { migrate, MIGRATIONS } from './migrations.ts';
export { LIMITS, ID_PATTERN } from './limits.ts';
export { SCENARIO_DEFAULTS } from './validate-scenario.ts';
export { EDGE_DEFAULTS } from './edge.ts';
export { DISTRIBUTION_DEFAULTS, DISTRIBUTION_KINDS } from './distribution.ts';
export {
  CLIENT_DEFAULTS,
  LOAD_BALANCER_DEFAULTS,
  GATEWAY_DEFAULTS,
  RATE_LIMIT_DEFAULTS,
  ORCHESTRATOR_DEFAULTS,
  SERVICE_DEFAULTS,
  QUEUE_DEFAULTS,
  NODE_KIND_SPECS,
} from './nodes/index.ts';
export { NODE_KIND_NAMES } from './kind-names.ts';
export type { ScenarioInput, NodeInput, EdgeInput } from './scenario-input.ts';
export { PRESETS, DEFAULT_PRESET_ID, getPreset, type Preset } from './presets/index.ts';
export {
  encodeScenarioLink,
  decodeScenarioLink,
  LINK_FORMAT_VERSION,
  LINK_LIMITS,
  LINK_PATH,
} from './link/index.ts';
