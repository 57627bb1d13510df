/**
 * M/M/1/K: a service with one worker and K − 1 = 4 waiting slots (K = 5 in the system), below and
 * above saturation. Blocking probability P_K = (1 − ρ)ρ^K / (1 − ρ^{K+1}) (by PASTA, the share of
 * arrivals refused), throughput λ(1 − P_K), and L = ρ/(1 − ρ) − (K + 1)ρ^{K+1}/(1 − ρ^{K+1}).
 *
 * Tolerance basis: 20 independent replications of 2,000 s after a 50 s warm-up (a 5-slot system
 * relaxes within seconds); 4 standard errors of the replication mean, the standard error required
 * below 2% of the theoretical value.
 */
import { describe, it } from 'vitest';
import { client, edge, exponential, service } from '../build-scenario.ts';
import { expectWithinSe, replicate } from './replicate.ts';

const K = 5;
const MU = 10;

function blocking(rho: number): number {
  return ((1 - rho) * rho ** K) / (1 - rho ** (K + 1));
}

function meanInSystem(rho: number): number {
  return rho / (1 - rho) - ((K + 1) * rho ** (K + 1)) / (1 - rho ** (K + 1));
}

describe('M/M/1/K blocking, K = 5', () => {
  for (const lambda of [8, 15]) {
    const rho = lambda / MU;
    it(`ρ = ${rho}: P_K = ${blocking(rho).toFixed(4)}, L = ${meanInSystem(rho).toFixed(3)}`, () => {
      const runs = replicate(
        [client('c', { rate: lambda }), service('s', { serviceTime: exponential(1 / MU), capacity: K - 1 })],
        [edge('c', 's')],
        { replications: 20, warmupS: 50, durationS: 2000 },
      );
      const pk = blocking(rho);
      expectWithinSe(
        `M/M/1/5 ρ=${rho} P_K`,
        runs.stat((r) => r.nodes.s.dropProbability),
        pk,
      );
      expectWithinSe(
        `M/M/1/5 ρ=${rho} refused share at the client`,
        runs.stat((r) => (r.clients.c.failed['queue-full'] ?? 0) / r.clients.c.sent),
        pk,
      );
      expectWithinSe(
        `M/M/1/5 ρ=${rho} throughput`,
        runs.stat((r) => r.nodes.s.throughput),
        lambda * (1 - pk),
        {
          maxRelativeSe: 0.005,
        },
      );
      expectWithinSe(
        `M/M/1/5 ρ=${rho} L`,
        runs.stat((r) => r.nodes.s.meanNumberInSystem),
        meanInSystem(rho),
      );
      // Utilisation = P(not empty) = λ(1 − P_K)/μ.
      expectWithinSe(
        `M/M/1/5 ρ=${rho} utilization`,
        runs.stat((r) => r.nodes.s.utilization),
        rho * (1 - pk),
        {
          maxRelativeSe: 0.005,
        },
      );
    });
  }
});
