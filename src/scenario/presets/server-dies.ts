import { definePreset } from './preset.ts';

/**
 * 30 req/s round robin over three servers of 2 workers × 0.1 s (10 req/s each, utilisation 0.5).
 * App server 2 crashes at 22 s and never comes back; the balancer has no defences at its
 * defaults, so a third of requests fail with 503 from then on. Turn on the balancer's health
 * check or outlier detection to watch it stop.
 */
export const SERVER_DIES = definePreset(
  {
    id: 'server-dies',
    title: 'When a server dies',
    description:
      'App server 2 crashes at 22 s; without health checks the balancer keeps sending it a third of the traffic.',
  },
  {
    version: 2,
    name: 'When a server dies',
    seed: 1,
    nodes: [
      { id: 'web', kind: 'client', label: 'Web app', device: 'web', rate: 30, users: 3000 },
      { id: 'lb', kind: 'loadBalancer', label: 'Load balancer', algorithm: 'round-robin' },
      {
        id: 'app-1',
        kind: 'service',
        label: 'App server 1',
        workers: 2,
        serviceTime: { dist: 'constant', mean: 0.1 },
      },
      {
        id: 'app-2',
        kind: 'service',
        label: 'App server 2',
        workers: 2,
        serviceTime: { dist: 'constant', mean: 0.1 },
      },
      {
        id: 'app-3',
        kind: 'service',
        label: 'App server 3',
        workers: 2,
        serviceTime: { dist: 'constant', mean: 0.1 },
      },
    ],
    edges: [
      { from: 'web', to: 'lb', latency: 0.04 },
      { from: 'lb', to: 'app-1', latency: 0.02 },
      { from: 'lb', to: 'app-2', latency: 0.02 },
      { from: 'lb', to: 'app-3', latency: 0.02 },
    ],
    faults: [{ at: 22, until: null, target: 'app-2', kind: 'crash' }],
  },
);
