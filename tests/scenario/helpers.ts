/**
 * Shared test scaffolding: a valid scenario with every node kind, and small ways to break it.
 */
import { expect } from 'vitest';
import { parseScenario } from '../../src/scenario/parse-scenario.ts';
import type { ScenarioError } from '../../src/scenario/types.ts';

type Json = Record<string, unknown>;

/** web → lb → gw; gw routes /checkout to orch (→ pay) and the rest to api; api publishes to jobs → worker. */
export function baseScenario(): Json & { nodes: Json[]; edges: Json[] } {
  return {
    version: 1,
    nodes: [
      { id: 'web', kind: 'client' },
      { id: 'lb', kind: 'loadBalancer' },
      { id: 'gw', kind: 'gateway' },
      { id: 'orch', kind: 'orchestrator' },
      { id: 'api', kind: 'service' },
      { id: 'pay', kind: 'service' },
      { id: 'jobs', kind: 'queue' },
      { id: 'worker', kind: 'service' },
    ],
    edges: [
      { from: 'web', to: 'lb' },
      { from: 'lb', to: 'gw' },
      { from: 'gw', to: 'orch', route: '/checkout' },
      { from: 'gw', to: 'api' },
      { from: 'orch', to: 'pay' },
      { from: 'api', to: 'jobs' },
      { from: 'jobs', to: 'worker' },
    ],
  };
}

/** The base scenario with fields of node `id` overwritten. */
export function withNode(id: string, patch: Json) {
  const scenario = baseScenario();
  const node = scenario.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id} in the base scenario`);
  Object.assign(node, patch);
  return scenario;
}

/** The base scenario with fields of edge `index` overwritten. */
export function withEdge(index: number, patch: Json) {
  const scenario = baseScenario();
  Object.assign(scenario.edges[index], patch);
  return scenario;
}

/** Parses and insists on failure, returning the errors. */
export function errorsOf(input: unknown): ScenarioError[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error(`expected errors, got a scenario: ${JSON.stringify(result.scenario)}`);
  return result.errors;
}

/** Parses and insists on success, returning the scenario. */
export function scenarioOf(input: unknown) {
  const result = parseScenario(input);
  if (!result.ok)
    throw new Error(`expected a scenario, got errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.scenario;
}

/** Exactly one error, at `path`, whose message contains `text`. */
export function expectOnlyError(input: unknown, path: string, text: string) {
  const errors = errorsOf(input);
  expect(errors).toEqual([{ path, message: expect.stringContaining(text) }]);
}

/** Some error at `path` whose message contains `text` (others may accompany it). */
export function expectSomeError(input: unknown, path: string, text: string) {
  expect(errorsOf(input)).toContainEqual({ path, message: expect.stringContaining(text) });
}
