/** Lesson 3: one app copied three times, against small services that each do one job. */
import type { Lesson } from './types.ts';

export const MONOLITH_VS_MICROSERVICES: Lesson = {
  id: 'monolith-vs-microservices',
  title: 'Monolith or microservices?',
  summary:
    'A monolith is one app that does everything. Microservices split the work into small services, so each part can grow, or fail, on its own.',
  steps: [
    {
      id: 'monolith',
      title: 'The monolith',
      setup: { preset: 'monolith' },
      focusNodeId: 'app-1',
      lookFor:
        'Every request, whatever it asks for, goes to a copy of the same app. To serve more people you copy the whole app again.',
      question: {
        kind: 'number',
        prompt: 'What is the utilisation ρ of App server 1?',
        answer: 50,
        tolerance: 0.15,
        unit: '%',
        readFrom: { figure: 'rho', nodeId: 'app-1' },
        explanation:
          'All three copies do the same work, so they are equally busy: 6.7 requests per second × 0.15 s ÷ 2 workers = 50%. There is no single busy part to look at. Everything grows together.',
      },
      runForS: 120,
    },
    {
      id: 'microservices',
      title: 'Split into services',
      setup: { preset: 'microservices' },
      focusNodeId: 'orders',
      lookFor:
        'Now the API gateways send /users, /orders and /catalog to three different services. Compare how busy each one is.',
      question: {
        kind: 'choice',
        prompt: 'Which service is the busiest (highest utilisation ρ)?',
        choices: ['Users service', 'Orders service', 'Catalog service'],
        answer: 'Orders service',
        readFrom: {
          pick: 'largest',
          among: {
            'Users service': { figure: 'rho', nodeId: 'users' },
            'Orders service': { figure: 'rho', nodeId: 'orders' },
            'Catalog service': { figure: 'rho', nodeId: 'catalog' },
          },
        },
        explanation:
          'An order takes 0.25 s, much longer than a catalog page (0.1 s) or a user lookup (0.08 s). About 5.3 orders per second keep its 2 workers busy two thirds of the time.',
      },
      runForS: 60,
    },
    {
      id: 'scale-one-service',
      title: 'Grow only the busy part',
      setup: { preset: 'microservices', changes: [{ nodeId: 'orders', patch: { workers: 4 } }] },
      focusNodeId: 'orders',
      lookFor:
        'The orders service gets 4 workers instead of 2. Nothing else changes: users and catalog keep what they had.',
      question: {
        kind: 'number',
        prompt: 'What is the utilisation ρ of the orders service now?',
        answer: 33,
        tolerance: 0.15,
        unit: '%',
        readFrom: { figure: 'rho', nodeId: 'orders' },
        explanation:
          'The same work is shared by twice the workers, so each is busy half as much: about 66% becomes about 33%. In a monolith you would have had to copy the whole app to do this.',
      },
      runForS: 60,
    },
    {
      id: 'one-service-down',
      title: 'One service fails',
      setup: { preset: 'microservices', changes: [{ nodeId: 'orders', patch: { down: true } }] },
      focusNodeId: 'orders',
      lookFor:
        'The orders service is down: it answers 503 at once. Watch the users and catalog services, and the success rate of the mobile app.',
      question: {
        kind: 'number',
        prompt: 'What share of mobile requests still succeed?',
        answer: 66,
        tolerance: 0.1,
        unit: '%',
        readFrom: { figure: 'success', clientId: 'mobile' },
        explanation:
          'Orders are about a quarter of mobile requests, and they fail with 503. The rest still work, apart from the few the gateway rejects anyway. A failure stays inside one service instead of taking everything down.',
      },
      runForS: 60,
    },
  ],
};
