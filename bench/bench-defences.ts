/**
 * The `full` preset with every overload defence on — a 1 s timeout and 3 retries with full jitter
 * on every client, a health check and outlier detection on the balancer, a breaker on every
 * gateway — against plain `full`, alternating in the same run so machine noise hits both alike.
 * Budget: ≥ 1 M events/s with them; without them, no slowdown against the format-1 figure.
 */
import { advanceTo, createSimulation } from '../src/engine/index.ts';
import { parseScenario } from '../src/scenario/parse-scenario.ts';
import type { Scenario } from '../src/scenario/types.ts';
import { BUDGETS } from './budgets.ts';
import { cpuNowMs, median } from './measure.ts';
import { millions, type Figure } from './report.ts';
import { fullScenario } from './scenarios.ts';

const SIM_S = 1800;

export function defendedFullScenario(): Scenario {
  const base = fullScenario();
  const nodes = base.nodes.map((node) => {
    if (node.kind === 'client') return { ...node, timeout: 1, retry: { attempts: 3 } };
    if (node.kind === 'gateway') return { ...node, circuitBreaker: {} };
    if (node.kind === 'loadBalancer') return { ...node, healthCheck: {}, outlierDetection: {} };
    return node;
  });
  const parsed = parseScenario({ ...base, nodes });
  if (!parsed.ok) throw new Error(`defended full is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.scenario;
}

function eventsPerCpuS(scenario: Scenario, seed: number): number {
  const sim = createSimulation(scenario, { seed, warmupS: 60 });
  const start = cpuNowMs();
  advanceTo(sim, SIM_S);
  return sim.events / ((cpuNowMs() - start) / 1000);
}

export function benchDefences(quick = false): Figure[] {
  const plain = fullScenario();
  const defended = defendedFullScenario();
  const plainRates: number[] = [];
  const defendedRates: number[] = [];
  for (let i = 0; i < (quick ? 3 : 7); i++) {
    plainRates.push(eventsPerCpuS(plain, i + 1));
    defendedRates.push(eventsPerCpuS(defended, i + 1));
  }
  const p = median(plainRates);
  const d = median(defendedRates);
  return [
    {
      label: 'full, defences off (median, events per CPU second)',
      value: `${millions(p)} events/s`,
      budget: `≥ ${millions(BUDGETS.fullEventsPerS)} events/s`,
      pass: p >= BUDGETS.fullEventsPerS,
    },
    {
      label: 'full with timeouts, retries, health checks, breakers (median)',
      value: `${millions(d)} events/s (${((d / p) * 100).toFixed(0)}% of off)`,
      budget: '≥ 1 M events/s',
      pass: d >= 1_000_000,
    },
  ];
}
