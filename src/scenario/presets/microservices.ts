import { definePreset } from './preset.ts';

const gateway = {
  kind: 'gateway',
  workers: 4,
  auth: true,
  validate: true,
  // 1 req/s per user with a burst of 3: never felt by the 2,000 mobile users, but the web
  // client's 10 heavy users send ~0.5 req/s each to each gateway, so a few bursts get a 429.
  rateLimit: { rate: 1, burst: 3, per: 'user' },
} as const;

/**
 * 24 req/s through two gateways: ~4% 401, 2% 400, ~1% 429, ~2% 404 (/admin has no service).
 * orders (2 workers × 0.25 s, ≈ 5.3 req/s) runs at utilisation ≈ 0.66 and is the one that queues;
 * catalog ≈ 0.37, users ≈ 0.21.
 */
export const MICROSERVICES = definePreset(
  {
    id: 'microservices',
    title: 'Microservices behind API gateways',
    description:
      'Gateways reject bad requests (400, 401, 429, 404) and route the rest to users, orders or catalog.',
  },
  {
    version: 1,
    name: 'Microservices behind API gateways',
    seed: 1,
    nodes: [
      {
        id: 'mobile',
        kind: 'client',
        label: 'Mobile app',
        device: 'mobile',
        rate: 14,
        users: 2000,
        invalidAuthShare: 0.05,
        malformedShare: 0.02,
        routes: { '/catalog': 5, '/users': 3, '/orders': 3, '/admin': 0.3 },
      },
      {
        id: 'web',
        kind: 'client',
        label: 'Web app (10 heavy users)',
        device: 'web',
        rate: 10,
        users: 10,
        invalidAuthShare: 0.03,
        malformedShare: 0.02,
        routes: { '/catalog': 6, '/users': 2, '/orders': 2, '/admin': 0.2 },
      },
      { id: 'lb', kind: 'loadBalancer', label: 'Load balancer', algorithm: 'round-robin' },
      { id: 'gateway-1', label: 'API gateway 1', ...gateway },
      { id: 'gateway-2', label: 'API gateway 2', ...gateway },
      { id: 'users', kind: 'service', label: 'Users service', workers: 2, serviceTime: 0.08 },
      { id: 'orders', kind: 'service', label: 'Orders service', workers: 2, serviceTime: 0.25 },
      { id: 'catalog', kind: 'service', label: 'Catalog service', workers: 3, serviceTime: 0.1 },
    ],
    edges: [
      { from: 'mobile', to: 'lb', latency: 0.05 },
      { from: 'web', to: 'lb', latency: 0.04 },
      { from: 'lb', to: 'gateway-1', latency: 0.02 },
      { from: 'lb', to: 'gateway-2', latency: 0.02 },
      ...['gateway-1', 'gateway-2'].flatMap((from) => [
        { from, to: 'users', route: '/users', latency: 0.02 },
        { from, to: 'orders', route: '/orders', latency: 0.02 },
        { from, to: 'catalog', route: '/catalog', latency: 0.02 },
      ]),
    ],
  },
);
