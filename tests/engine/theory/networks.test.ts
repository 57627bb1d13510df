/**
 * Small queueing networks with exact results.
 *
 * Tolerance basis for every check: 20 independent replications of 4,000 s after a 200 s warm-up
 * (> 20 relaxation times of the slowest M/M/1 here, ρ = 0.8); 4 standard errors of the
 * replication mean, the standard error required below 2% of the theoretical value.
 */
import { describe, it } from 'vitest';
import {
  client,
  constant,
  edge,
  exponential,
  gateway,
  loadBalancer,
  orchestrator,
  service,
} from '../build-scenario.ts';
import { expectWithinSe, replicate } from './replicate.ts';

const RUN = { replications: 20, warmupS: 200, durationS: 4000 };

describe('random balancing over N servers', () => {
  it('3 servers at μ = 10 behind random balancing of λ = 24 behave as 3 independent M/M/1 at λ/3 = 8', () => {
    // Random splitting of a Poisson stream gives independent Poisson streams of rate λ/N.
    const ids = ['s0', 's1', 's2'];
    const runs = replicate(
      [
        client('c', { rate: 24 }),
        loadBalancer('lb', 'random'),
        ...ids.map((id) => service(id, { serviceTime: exponential(0.1) })),
      ],
      [edge('c', 'lb'), ...ids.map((id) => edge('lb', id))],
      RUN,
    );
    for (const id of ids) {
      expectWithinSe(
        `random LB ${id} W`,
        runs.stat((r) => r.nodes[id].meanTimeInSystem),
        1 / (10 - 8),
      );
      expectWithinSe(
        `random LB ${id} utilization`,
        runs.stat((r) => r.nodes[id].utilization),
        0.8,
        { maxRelativeSe: 0.005 },
      );
      expectWithinSe(
        `random LB ${id} Lq`,
        runs.stat((r) => r.nodes[id].meanQueueLength),
        0.8 ** 2 / 0.2,
      );
    }
    expectWithinSe(
      'random LB client latency',
      runs.stat((r) => r.clients.c.latency.mean),
      0.5,
    );
  });
});

describe('Jackson tandem: gateway then service', () => {
  it('λ = 8 through a gateway (μ₁ = 15) and a service (μ₂ = 10): W = 1/(μ₁ − λ) + 1/(μ₂ − λ)', () => {
    // Burke: the M/M/1 gateway's departures are Poisson(λ), so the service is M/M/1 too, and the
    // two sojourns add.
    const runs = replicate(
      [
        client('c', { rate: 8 }),
        gateway('gw', { serviceTime: exponential(1 / 15) }),
        service('s', { serviceTime: exponential(0.1) }),
      ],
      [edge('c', 'gw'), edge('gw', 's')],
      RUN,
    );
    expectWithinSe(
      'tandem gateway W',
      runs.stat((r) => r.nodes.gw.meanTimeInSystem),
      1 / 7,
    );
    expectWithinSe(
      'tandem service W',
      runs.stat((r) => r.nodes.s.meanTimeInSystem),
      1 / 2,
    );
    expectWithinSe(
      'tandem end-to-end',
      runs.stat((r) => r.clients.c.latency.mean),
      1 / 7 + 1 / 2,
    );
  });
});

describe('fork-join: a two-branch parallel fan-out', () => {
  for (const lambda of [8, 5]) {
    const rho = lambda / 10;
    const theory = ((12 - rho) / 8) * (1 / (10 - lambda));
    it(`λ = ${lambda} to two M/M/1 (μ = 10) in parallel: E[T] = (12 − ρ)/8 · 1/(μ − λ) = ${theory.toFixed(4)}`, () => {
      // Flatto–Hahn / Nelson–Tantawi: exact for two homogeneous exponential servers. Aggregation
      // costs nothing (constant 0), so the orchestrator's time is the join's.
      const runs = replicate(
        [
          client('c', { rate: lambda }),
          orchestrator('o', { mode: 'parallel', serviceTime: constant(0) }),
          service('a', { serviceTime: exponential(0.1) }),
          service('b', { serviceTime: exponential(0.1) }),
        ],
        [edge('c', 'o'), edge('o', 'a'), edge('o', 'b')],
        RUN,
      );
      expectWithinSe(
        `fork-join λ=${lambda} E[T]`,
        runs.stat((r) => r.clients.c.latency.mean),
        theory,
      );
      expectWithinSe(
        `fork-join λ=${lambda} orchestrator W`,
        runs.stat((r) => r.nodes.o.meanTimeInSystem),
        theory,
      );
      expectWithinSe(
        `fork-join λ=${lambda} branch W`,
        runs.stat((r) => r.nodes.a.meanTimeInSystem),
        1 / (10 - lambda),
      );
    });
  }
});
