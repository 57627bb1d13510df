/**
 * The input form of a scenario, as a file or link may hold it: only version, node ids/kinds and
 * edge ends are required. Typing presets and test fixtures with it lets the compiler catch typos
 * that `parseScenario` would otherwise catch at run time.
 */
import type { EdgeInput } from './edge.ts';
import type { FaultInput } from './fault.ts';
import type { NodeInput } from './nodes/index.ts';

export interface ScenarioInput {
  version: number;
  name?: string;
  seed?: number;
  nodes: NodeInput[];
  edges?: EdgeInput[];
  /** Format 2. */
  faults?: FaultInput[];
}

export type { EdgeInput, FaultInput, NodeInput };
