/**
 * Lesson 5: an orchestrator calls three services and answers when all have answered, so the
 * slowest branch sets the latency. Payments is made constant-time in steps 2–5 so the checkout's
 * median lands on a clean number (0.5 s of payments + 0.03 s wire + 0.01 s aggregation).
 */
import type { Lesson, NodeChange } from './types.ts';

const checkoutP50 = { figure: 'time-in-system', nodeId: 'checkout', percentile: 'p50' } as const;

/** Payments takes exactly `seconds`, with enough workers that calls hardly wait. */
function payments(seconds: number): NodeChange {
  return { nodeId: 'payments', patch: { workers: 8, serviceTime: { dist: 'constant', mean: seconds } } };
}

export const ORCHESTRATION_LESSON: Lesson = {
  id: 'orchestration',
  title: 'Orchestration: the slowest branch decides',
  summary:
    'When one answer needs data from several services, the orchestrator calls them all and waits for every one. The answer can be no faster than the slowest call.',
  steps: [
    {
      id: 'fan-out',
      title: 'One request, three calls',
      setup: { preset: 'orchestration' },
      focusNodeId: 'checkout',
      lookFor:
        'Each /checkout request fans out into three calls: inventory, pricing and payments, all at the same time. The orchestrator joins the answers when all three are back.',
      question: {
        kind: 'choice',
        prompt: 'Which branch has the highest p99 time?',
        choices: ['Inventory service', 'Pricing service', 'Payments service'],
        answer: 'Payments service',
        readFrom: {
          pick: 'largest',
          among: {
            'Inventory service': { figure: 'time-in-system', nodeId: 'inventory', percentile: 'p99' },
            'Pricing service': { figure: 'time-in-system', nodeId: 'pricing', percentile: 'p99' },
            'Payments service': { figure: 'time-in-system', nodeId: 'payments', percentile: 'p99' },
          },
        },
        explanation:
          'Payments takes 0.3 s on average and sometimes much longer (a long tail). Inventory and pricing take a few hundredths of a second. Checkout waits for payments every time.',
      },
      runForS: 60,
    },
    {
      id: 'slowest-decides',
      title: 'The slowest branch sets the pace',
      setup: { preset: 'orchestration', changes: [payments(0.5)] },
      focusNodeId: 'checkout',
      lookFor:
        'Payments now takes exactly 0.5 s, while inventory and pricing are still quick. Watch the orchestrator’s time in system.',
      question: {
        kind: 'number',
        prompt: 'What is the p50 time in system of the checkout orchestrator?',
        answer: 0.54,
        tolerance: 0.1,
        unit: 's',
        readFrom: checkoutP50,
        explanation:
          'The three calls run at the same time, so checkout takes as long as the slowest one: 0.03 s on the wire + 0.5 s of payments + 0.01 s to combine the answers = 0.54 s. The quick calls are hidden behind the slow one.',
      },
      runForS: 60,
    },
    {
      id: 'speed-up-the-fast',
      title: 'Speed up the fast branches',
      setup: {
        preset: 'orchestration',
        changes: [
          payments(0.5),
          { nodeId: 'inventory', patch: { serviceTime: 0.005 } },
          { nodeId: 'pricing', patch: { serviceTime: 0.003 } },
        ],
      },
      focusNodeId: 'inventory',
      lookFor: 'Inventory and pricing are now ten times faster. Payments still takes 0.5 s.',
      question: {
        kind: 'number',
        prompt: 'What is the p50 time in system of the checkout orchestrator now?',
        answer: 0.54,
        tolerance: 0.1,
        unit: 's',
        readFrom: checkoutP50,
        explanation:
          'Nothing changed: checkout still waits for payments. Making a fast branch faster does not help, because it was never the one being waited for.',
      },
      runForS: 60,
    },
    {
      id: 'speed-up-the-slowest',
      title: 'Speed up the slowest branch',
      setup: { preset: 'orchestration', changes: [payments(0.25)] },
      focusNodeId: 'payments',
      lookFor: 'Now payments is twice as fast: 0.25 s. Inventory and pricing are back to normal.',
      question: {
        kind: 'number',
        prompt: 'What is the p50 time in system of the checkout orchestrator now?',
        answer: 0.29,
        tolerance: 0.1,
        unit: 's',
        readFrom: checkoutP50,
        explanation:
          'Checkout drops to 0.03 + 0.25 + 0.01 = 0.29 s. Only the slowest branch decides the latency, so that is the one worth making faster.',
      },
      runForS: 60,
    },
    {
      id: 'sequential',
      title: 'One call after another',
      setup: {
        preset: 'orchestration',
        changes: [payments(0.5), { nodeId: 'checkout', patch: { mode: 'sequential' } }],
      },
      focusNodeId: 'checkout',
      lookFor:
        'The orchestrator now calls inventory, then pricing, then payments, each waiting for the one before. Payments takes 0.5 s again.',
      question: {
        kind: 'number',
        prompt: 'What is the p50 time in system of the checkout orchestrator now?',
        answer: 0.66,
        tolerance: 0.1,
        unit: 's',
        readFrom: checkoutP50,
        explanation:
          'One after another, the times add up: three trips on the wire (0.09 s), inventory and pricing (about 0.06 s at the median), payments (0.5 s) and combining (0.01 s). Parallel calls cost only the slowest; sequential calls cost them all.',
      },
      runForS: 60,
    },
  ],
};
