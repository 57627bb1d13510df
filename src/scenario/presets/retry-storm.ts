import { definePreset } from './preset.ts';

/**
 * The retry storm of DESIGN.md section 8: two servers at 70% utilisation (28 req/s into 2 × 20/s),
 * clients that give up after 1 s and retry 3 times at once. One server crashes for 5 s at t = 30:
 * the retries pile onto the survivor, answers slow past 1 s, every try times out and is retried,
 * and when the server comes back the system stays overloaded (4 tries per request, no goodput): a
 * metastable failure. The gateway costs nothing; it is where the lesson switches a breaker on.
 */
type Retry = Record<string, unknown>;
const NAIVE: Retry = { attempts: 3, backoff: { base: 0, max: 0, multiplier: 1, jitter: 'none' } };

export const RETRY_STORM = stormPreset('retry-storm', 'Retry storm: a 5-second crash that never ends', NAIVE);

/** The same storm with exponential backoff and full jitter (0.1 s doubling): spread, not removed. */
export const RETRY_STORM_BACKOFF = stormPreset('retry-storm-backoff', 'Retry storm with backoff and jitter', {
  attempts: 3,
  backoff: { base: 0.1, max: 10, multiplier: 2, jitter: 'full' },
});

/** The same storm with a retry budget of 10% of first tries (plus 0.5/s): it recovers. */
export const RETRY_STORM_BUDGET = stormPreset('retry-storm-budget', 'Retry storm with a retry budget', {
  ...NAIVE,
  budget: { ratio: 0.1, minPerS: 0.5 },
});

function stormPreset(id: string, title: string, retry: Retry) {
  return definePreset(
    {
      id,
      title,
      description:
        '1 s timeouts and 3 immediate retries; one of two servers crashes for 5 s and retries keep it overloaded.',
    },
    {
      version: 2,
      name: title,
      seed: 1,
      nodes: [
        {
          id: 'web',
          kind: 'client',
          label: 'Web clients (28 req/s)',
          device: 'web',
          rate: 28,
          timeout: 1,
          retry,
        },
        {
          id: 'gateway',
          kind: 'gateway',
          label: 'API gateway',
          workers: 64,
          serviceTime: { dist: 'constant', mean: 0 },
          auth: false,
          validate: false,
        },
        { id: 'lb', kind: 'loadBalancer', label: 'Load balancer', algorithm: 'round-robin' },
        { id: 'app-1', kind: 'service', label: 'App server 1', workers: 1, serviceTime: 0.05 },
        { id: 'app-2', kind: 'service', label: 'App server 2', workers: 1, serviceTime: 0.05 },
      ],
      edges: [
        { from: 'web', to: 'gateway', latency: 0.02 },
        { from: 'gateway', to: 'lb', latency: 0.02 },
        { from: 'lb', to: 'app-1', latency: 0.02 },
        { from: 'lb', to: 'app-2', latency: 0.02 },
      ],
      faults: [{ at: 30, until: 35, target: 'app-1', kind: 'crash' }],
    },
  );
}
