/** The scenarios the engine benchmarks run. */
import { parseScenario } from '../src/scenario/parse-scenario.ts';
import { getPreset } from '../src/scenario/presets/index.ts';
import type { Scenario } from '../src/scenario/types.ts';

/**
 * M/M/1: Poisson arrivals at λ = 8/s into one exponential server at μ = 10/s (ρ = 0.8), no edge
 * latency, no other node: the cheapest loop the engine has, so it measures the event core itself.
 */
export function mm1Scenario(): Scenario {
  const parsed = parseScenario({
    version: 1,
    name: 'M/M/1 (λ = 8, μ = 10)',
    seed: 1,
    nodes: [
      { id: 'client', kind: 'client', rate: 8, arrival: 'poisson' },
      { id: 'server', kind: 'service', workers: 1, serviceTime: { dist: 'exponential', mean: 0.1 } },
    ],
    edges: [{ from: 'client', to: 'server' }],
  });
  if (!parsed.ok)
    throw new Error(`the M/M/1 benchmark scenario is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.scenario;
}

export function fullScenario(): Scenario {
  const preset = getPreset('full');
  if (!preset) throw new Error('the full preset is missing');
  return preset.scenario;
}
