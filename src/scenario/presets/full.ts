import { definePreset } from './preset.ts';

const gateway = {
  kind: 'gateway',
  workers: 4,
  rateLimit: { rate: 1, burst: 3, per: 'user' },
} as const;

/**
 * The whole high-level design at 40 req/s. After ~3% 401, 1% 400, ~1% 429 and ~2% 404 (/admin):
 * catalog ≈ 14 req/s (utilisation ≈ 0.48), users ≈ 7, checkout ≈ 7.7 fanned out to three
 * services, and orders ≈ 8.9 req/s, each publishing a job. Two consumers drain ≈ 6.7 jobs/s
 * (0.3 s each), so the 80-slot jobs queue fills by ~2.2 jobs/s and overflows after ~35-45 s: a third consumer (or a second worker) fixes it.
 */
export const FULL = definePreset(
  {
    id: 'full',
    title: 'The full architecture',
    description:
      'Clients, load balancer, gateways, services, an orchestrator and a process queue, all at once.',
  },
  {
    version: 1,
    name: 'High-level design',
    seed: 1,
    nodes: [
      {
        id: 'mobile',
        kind: 'client',
        label: 'Mobile app',
        device: 'mobile',
        rate: 24,
        users: 3000,
        invalidAuthShare: 0.03,
        malformedShare: 0.01,
        routes: { '/catalog': 7, '/users': 4, '/orders': 5, '/checkout': 3.6, '/admin': 0.4 },
      },
      {
        id: 'web',
        kind: 'client',
        label: 'Web app (16 heavy users)',
        device: 'web',
        rate: 16,
        users: 16,
        invalidAuthShare: 0.02,
        malformedShare: 0.01,
        routes: { '/catalog': 8, '/users': 3, '/orders': 4, '/checkout': 4.6, '/admin': 0.4 },
      },
      { id: 'lb', kind: 'loadBalancer', label: 'Load balancer', algorithm: 'round-robin' },
      { id: 'gateway-1', label: 'API gateway 1', ...gateway },
      { id: 'gateway-2', label: 'API gateway 2', ...gateway },
      { id: 'users', kind: 'service', label: 'Users service', workers: 2, serviceTime: 0.08 },
      { id: 'catalog', kind: 'service', label: 'Catalog service', workers: 3, serviceTime: 0.1 },
      { id: 'orders', kind: 'service', label: 'Orders service', workers: 2, serviceTime: 0.1 },
      {
        id: 'checkout',
        kind: 'orchestrator',
        label: 'Checkout orchestrator',
        serviceTime: { dist: 'constant', mean: 0.01 },
      },
      { id: 'inventory', kind: 'service', label: 'Inventory service', workers: 2, serviceTime: 0.05 },
      { id: 'pricing', kind: 'service', label: 'Pricing service', workers: 2, serviceTime: 0.04 },
      {
        id: 'payments',
        kind: 'service',
        label: 'Payments service',
        workers: 4,
        serviceTime: { dist: 'lognormal', mean: 0.25, cv: 1.2 },
      },
      { id: 'jobs', kind: 'queue', label: 'Order jobs queue', capacity: 80, overflow: 'reject-new' },
      { id: 'consumer-1', kind: 'service', label: 'Consumer 1', workers: 1, serviceTime: 0.3 },
      { id: 'consumer-2', kind: 'service', label: 'Consumer 2', workers: 1, serviceTime: 0.3 },
    ],
    edges: [
      { from: 'mobile', to: 'lb', latency: 0.05 },
      { from: 'web', to: 'lb', latency: 0.04 },
      { from: 'lb', to: 'gateway-1', latency: 0.02 },
      { from: 'lb', to: 'gateway-2', latency: 0.02 },
      ...['gateway-1', 'gateway-2'].flatMap((from) => [
        { from, to: 'users', route: '/users', latency: 0.02 },
        { from, to: 'catalog', route: '/catalog', latency: 0.02 },
        { from, to: 'orders', route: '/orders', latency: 0.02 },
        { from, to: 'checkout', route: '/checkout', latency: 0.02 },
      ]),
      { from: 'checkout', to: 'inventory', latency: 0.03 },
      { from: 'checkout', to: 'pricing', latency: 0.03 },
      { from: 'checkout', to: 'payments', latency: 0.03 },
      { from: 'orders', to: 'jobs', latency: 0.02 },
      // No hop time into consumers: a worker is held while a job travels to it (see queue-30-vs-5).
      { from: 'jobs', to: 'consumer-1' },
      { from: 'jobs', to: 'consumer-2' },
    ],
  },
);
