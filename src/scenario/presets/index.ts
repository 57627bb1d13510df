/**
 * The built-in scenarios, in the order the picker shows them (simplest lesson first).
 */
import { FULL } from './full.ts';
import { MICROSERVICES } from './microservices.ts';
import { MONOLITH } from './monolith.ts';
import { ORCHESTRATION } from './orchestration.ts';
import type { Preset } from './preset.ts';
import { QUEUE_30_VS_5 } from './queue-30-vs-5.ts';
import { SERVER_DIES } from './server-dies.ts';
import { RETRY_STORM, RETRY_STORM_BACKOFF, RETRY_STORM_BUDGET } from './retry-storm.ts';

export type { Preset } from './preset.ts';

export const PRESETS: readonly Preset[] = Object.freeze([
  MONOLITH,
  MICROSERVICES,
  ORCHESTRATION,
  QUEUE_30_VS_5,
  FULL,
  SERVER_DIES,
  RETRY_STORM,
  RETRY_STORM_BACKOFF,
  RETRY_STORM_BUDGET,
]);

/** What the app opens when a link is missing or broken: the whole architecture. */
export const DEFAULT_PRESET_ID = 'full';

/** The preset with this id, or undefined. */
export function getPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
