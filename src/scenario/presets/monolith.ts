import { definePreset } from './preset.ts';

/**
 * 20 req/s over three app servers of 2 workers at 0.15 s each (13.3 req/s capacity apiece):
 * each server gets 6.7 req/s, utilisation ≈ 0.5. Raise the rates to watch waiting grow.
 */
export const MONOLITH = definePreset(
  {
    id: 'monolith',
    title: 'Monolith behind a load balancer',
    description: 'Mobile and web clients share three copies of one app; round robin spreads 20 req/s evenly.',
  },
  {
    version: 1,
    name: 'Monolith behind a load balancer',
    seed: 1,
    nodes: [
      { id: 'mobile', kind: 'client', label: 'Mobile app', device: 'mobile', rate: 12, users: 3000 },
      { id: 'web', kind: 'client', label: 'Web app', device: 'web', rate: 8, users: 2000 },
      { id: 'lb', kind: 'loadBalancer', label: 'Load balancer', algorithm: 'round-robin' },
      { id: 'app-1', kind: 'service', label: 'App server 1', workers: 2, serviceTime: 0.15 },
      { id: 'app-2', kind: 'service', label: 'App server 2', workers: 2, serviceTime: 0.15 },
      { id: 'app-3', kind: 'service', label: 'App server 3', workers: 2, serviceTime: 0.15 },
    ],
    edges: [
      { from: 'mobile', to: 'lb', latency: 0.05 },
      { from: 'web', to: 'lb', latency: 0.04 },
      { from: 'lb', to: 'app-1', latency: 0.02 },
      { from: 'lb', to: 'app-2', latency: 0.02 },
      { from: 'lb', to: 'app-3', latency: 0.02 },
    ],
  },
);
