/**
 * Shared scaffolding for the link tests: edited presets, raw compressed links, and the check
 * that a decode result is either a scenario or readable errors.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { cloneScenario } from '../../../src/scenario/clone-scenario.ts';
import { compressScenario } from '../../../src/scenario/link/compressed-scenario.ts';
import { parseScenario } from '../../../src/scenario/parse-scenario.ts';
import { SCENARIO_VERSION, type ParseResult, type Scenario } from '../../../src/scenario/types.ts';

/** The scenario a link must give back: the input as `parseScenario` normalises it. */
export function normalised(scenario: Scenario): Scenario {
  const result = parseScenario(scenario);
  if (!result.ok) throw new Error(`test scenario is invalid: ${JSON.stringify(result.errors)}`);
  return result.scenario;
}

/** Insists on success; also checks field order, which deep equality ignores (route order matters to the engine). */
export function expectScenario(result: ParseResult, expected: Scenario): void {
  if (!result.ok) throw new Error(`expected a scenario, got ${JSON.stringify(result.errors, null, 2)}`);
  expect(result.scenario).toEqual(expected);
  expect(JSON.stringify(result.scenario)).toBe(JSON.stringify(expected));
}

/** Insists on failure and returns the errors as "path: message" lines. */
export function errorLines(result: ParseResult): string[] {
  if (result.ok) throw new Error(`expected errors, got a scenario: ${JSON.stringify(result.scenario)}`);
  return result.errors.map((e) => `${e.path}: ${e.message}`);
}

/** Either a valid scenario, or a non-empty list of errors each naming a place and a problem. */
export function expectWellFormed(result: ParseResult): void {
  if (result.ok) {
    expect(result.scenario.version).toBe(SCENARIO_VERSION);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(typeof error.path === 'string' && error.path.length > 0).toBe(true);
    expect(typeof error.message === 'string' && error.message.length > 5).toBe(true);
  }
}

/** A compressed link holding any JSON value, valid scenario or not. */
export function compressedLink(value: unknown): string {
  return `#v=1&z=${compressScenario(value as Scenario)}`;
}

/**
 * A copy of `scenario` with every parameter of every node and edge changed to another valid value
 * (and, with `labels`, every label and the name too): the worst case for the short link form.
 */
export function editEverything(scenario: Scenario, labels: boolean): Scenario {
  const s = cloneScenario(scenario);
  s.seed = 4_294_967_295;
  if (labels) s.name = `Edited: ${s.name}`;
  for (const node of s.nodes) {
    if (labels) node.label = `${node.label} (edited)`;
    switch (node.kind) {
      case 'client':
        node.device = node.device === 'web' ? 'mobile' : 'web';
        node.rate = node.rate * 1.37 + 0.123;
        node.arrival = node.arrival === 'poisson' ? 'constant' : 'poisson';
        node.users += 123;
        node.invalidAuthShare = 0.123;
        node.malformedShare = 0.0456;
        for (const route of Object.keys(node.routes)) node.routes[route] += 1.25;
        break;
      case 'loadBalancer':
        node.algorithm = 'least-response-time';
        break;
      case 'gateway':
        node.workers += 3;
        node.serviceTime = { dist: 'lognormal', mean: 0.0123, cv: 2.5 };
        node.capacity = 12_345;
        node.auth = !node.auth;
        node.validate = !node.validate;
        node.rateLimit = { rate: 12.5, burst: 40, per: 'global' };
        break;
      case 'orchestrator':
        node.workers += 3;
        node.serviceTime = { dist: 'uniform', mean: 0.0234, spread: 0.75 };
        node.capacity = 250;
        node.mode = node.mode === 'parallel' ? 'sequential' : 'parallel';
        break;
      case 'service':
        node.workers += 7;
        node.serviceTime = { dist: 'lognormal', mean: node.serviceTime.mean * 1.5 + 0.001, cv: 1.75 };
        node.capacity = 999;
        node.errorRate = 0.0125;
        node.down = !node.down;
        break;
      case 'queue':
        node.capacity = 100_000;
        node.overflow = 'dead-letter';
        break;
    }
  }
  for (const edge of s.edges) {
    edge.latency += 0.015;
    edge.weight = 3;
  }
  return s;
}

/**
 * Any UTF-16 text, lone surrogates included. (fast-check's `unit: 'binary'` does the same but
 * costs seconds to set up on first use.)
 */
export function anyText(maxLength = 40): fc.Arbitrary<string> {
  const unit = fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  );
  return fc.array(unit, { maxLength }).map((units) => units.join(''));
}
