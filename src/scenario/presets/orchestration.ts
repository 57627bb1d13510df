import { definePreset } from './preset.ts';

/**
 * 20 req/s; /checkout (≈ 5.7 req/s) goes to an orchestrator that calls inventory (0.05 s),
 * pricing (0.03 s) and payments (lognormal, mean 0.3 s, cv 1.5) in parallel and answers when
 * all three have: checkout latency follows the slow, long-tailed payments branch, while
 * /products (≈ 14.3 req/s, utilisation ≈ 0.38) stays quick.
 */
export const ORCHESTRATION = definePreset(
  {
    id: 'orchestration',
    title: 'Orchestration: one request, three services',
    description: 'Checkout fans out to inventory, pricing and payments and waits for the slowest of them.',
  },
  {
    version: 1,
    name: 'Orchestration layer',
    seed: 1,
    nodes: [
      {
        id: 'mobile',
        kind: 'client',
        label: 'Mobile app',
        device: 'mobile',
        rate: 12,
        users: 3000,
        routes: { '/products': 3, '/checkout': 1 },
      },
      {
        id: 'web',
        kind: 'client',
        label: 'Web app',
        device: 'web',
        rate: 8,
        users: 2000,
        routes: { '/products': 2, '/checkout': 1 },
      },
      { id: 'lb', kind: 'loadBalancer', label: 'Load balancer', algorithm: 'round-robin' },
      { id: 'gateway', kind: 'gateway', label: 'API gateway' },
      {
        id: 'checkout',
        kind: 'orchestrator',
        label: 'Checkout orchestrator',
        mode: 'parallel',
        workers: 8,
        serviceTime: { dist: 'constant', mean: 0.01 },
      },
      { id: 'products', kind: 'service', label: 'Products service', workers: 3, serviceTime: 0.08 },
      { id: 'inventory', kind: 'service', label: 'Inventory service', workers: 2, serviceTime: 0.05 },
      { id: 'pricing', kind: 'service', label: 'Pricing service', workers: 2, serviceTime: 0.03 },
      {
        id: 'payments',
        kind: 'service',
        label: 'Payments service (slow, long tail)',
        workers: 4,
        serviceTime: { dist: 'lognormal', mean: 0.3, cv: 1.5 },
      },
    ],
    edges: [
      { from: 'mobile', to: 'lb', latency: 0.05 },
      { from: 'web', to: 'lb', latency: 0.04 },
      { from: 'lb', to: 'gateway', latency: 0.02 },
      { from: 'gateway', to: 'checkout', route: '/checkout', latency: 0.02 },
      { from: 'gateway', to: 'products', route: '/products', latency: 0.02 },
      { from: 'checkout', to: 'inventory', latency: 0.03 },
      { from: 'checkout', to: 'pricing', latency: 0.03 },
      { from: 'checkout', to: 'payments', latency: 0.03 },
    ],
  },
);
