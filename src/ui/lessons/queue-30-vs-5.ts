/**
 * Lesson 6: the process queue of DESIGN.md. 30 jobs/s in, 5 out: the backlog grows by 25 per
 * second and the 500 slots are full after 500 / 25 = 20 s. Then each overflow policy in turn, then
 * more consumers (the consumer's `workers`): 6 are exactly enough (ρ = 1), 7 keep up.
 */
import type { Lesson, LessonStep, StepSetup } from './types.ts';

function queue(patch: Record<string, unknown> = {}, consumerWorkers?: number): StepSetup {
  return {
    preset: 'queue-30-vs-5',
    changes: [
      { nodeId: 'jobs', patch },
      ...(consumerWorkers === undefined ? [] : [{ nodeId: 'consumer', patch: { workers: consumerWorkers } }]),
    ],
  };
}

const overflowSteps: LessonStep[] = [
  {
    id: 'reject-new',
    title: 'When full: reject new jobs',
    setup: queue(),
    focusNodeId: 'jobs',
    lookFor:
      'The queue is full, and its policy is “reject new”: a job that arrives now is refused with 503. The jobs already waiting are kept.',
    question: {
      kind: 'number',
      prompt: 'How many jobs per second are refused now?',
      answer: 25,
      tolerance: 0.25,
      unit: '/s',
      readFrom: { figure: 'failing', nodeId: 'jobs' },
      explanation:
        'Every second 30 jobs arrive and the consumer makes room for 5. The other 25 find no room and are refused. The producer hears “queue full” at once and can try again later.',
    },
    runForS: 40,
  },
  {
    id: 'drop-oldest',
    title: 'When full: drop the oldest',
    setup: queue({ overflow: 'drop-oldest' }),
    focusNodeId: 'jobs',
    lookFor:
      'Now every new job is accepted, and the oldest waiting job is thrown away to make room. It ends as “evicted”.',
    question: {
      kind: 'number',
      prompt: 'How many jobs per second are evicted?',
      answer: 25,
      tolerance: 0.25,
      unit: '/s',
      readFrom: { figure: 'failing', nodeId: 'jobs' },
      explanation:
        'Still 25 per second too many, so still 25 per second lost. What changed is which ones: the newest work is kept and the oldest is lost. Good for live data such as prices, bad for orders.',
    },
    runForS: 40,
  },
  {
    id: 'dead-letter',
    title: 'When full: dead-letter the oldest',
    setup: queue({ overflow: 'dead-letter' }),
    focusNodeId: 'jobs',
    lookFor:
      'The oldest job is moved to a dead-letter store instead of being thrown away. Watch the dead letters counter on the queue.',
    question: {
      kind: 'number',
      prompt: 'How many dead letters are there after 40 seconds?',
      answer: 500,
      tolerance: 0.2,
      unit: 'jobs',
      readFrom: { figure: 'dead-letters', nodeId: 'jobs' },
      explanation:
        'The queue is full after 20 s. For the next 20 s, 25 jobs per second move to the dead-letter store: 20 × 25 = 500. They are kept, so someone can look at them or replay them later.',
    },
    runForS: 40,
  },
  {
    id: 'block',
    title: 'When full: block the producer',
    setup: queue({ overflow: 'block' }),
    focusNodeId: 'api',
    lookFor:
      'With “block”, the API must wait until there is room before it can hand over a job. This is backpressure: nothing is lost, but the API’s workers are stuck holding jobs.',
    question: {
      kind: 'number',
      prompt: 'How fast does the waiting line at the API grow now, per second?',
      answer: 25,
      tolerance: 0.25,
      unit: '/s',
      readFrom: { figure: 'growth', nodeId: 'api' },
      explanation:
        'The backlog did not go away: it moved upstream. The API’s workers are all busy, most of them holding a job the queue will not take yet. So new requests wait at the API, and its line grows by 25 per second.',
    },
    runForS: 40,
    claims: [
      { readFrom: { figure: 'utilization', nodeId: 'api' }, value: 100, tolerance: 0.05 },
      { readFrom: { figure: 'failures', nodeId: 'jobs', outcome: 'queue-full' }, value: 0, tolerance: 0 },
    ],
  },
];

export const QUEUE_LESSON: Lesson = {
  id: 'queue-30-vs-5',
  title: 'The process queue: 30 in, 5 out',
  summary:
    'A queue lets a fast producer hand work to a slow consumer. If work arrives faster than it is done, the backlog grows until something gives. Which thing gives is a choice.',
  steps: [
    {
      id: 'fill',
      title: 'The backlog grows',
      setup: queue(),
      focusNodeId: 'jobs',
      lookFor:
        'The API publishes 30 jobs per second. One consumer finishes 5 per second. Watch the backlog and its growth: about +25 per second.',
      question: {
        kind: 'number',
        prompt: 'After how many seconds is the 500-slot queue full?',
        answer: 20,
        tolerance: 0.2,
        unit: 's',
        readFrom: { figure: 'first-full', nodeId: 'jobs' },
        explanation:
          'The backlog grows by 30 − 5 = 25 jobs every second. 500 slots ÷ 25 per second = 20 seconds. A bigger queue only buys time: 1,000 slots would be full after 40 s.',
      },
      runForS: 25,
      claims: [{ readFrom: { figure: 'growth', nodeId: 'jobs' }, value: 25, tolerance: 0.25, atS: 12 }],
    },
    ...overflowSteps,
    {
      id: 'six-consumers',
      title: 'Six consumers: exactly enough?',
      setup: queue({}, 6),
      focusNodeId: 'jobs',
      lookFor:
        'Now there are 6 consumers, each finishing 5 jobs per second: 30 in total, exactly what arrives. Watch the backlog: it never settles and wanders upward.',
      question: {
        kind: 'number',
        prompt: 'What is the consumers’ utilisation ρ? (Read it on the queue.)',
        answer: 100,
        tolerance: 0.1,
        unit: '%',
        readFrom: { figure: 'rho', nodeId: 'jobs' },
        explanation:
          'ρ = 30 ÷ (6 × 5) = 1: the consumers must be busy all the time just to keep up. Any moment they wait for work is lost for good, and every burst adds to the backlog. At ρ = 1 a queue never drains.',
      },
      runForS: 120,
    },
    {
      id: 'seven-consumers',
      title: 'Seven consumers drain it',
      setup: queue({}, 7),
      focusNodeId: 'jobs',
      lookFor:
        'With 7 consumers the queue can finish 35 jobs per second, 5 more than arrive. When a burst builds a backlog, it drains again.',
      question: {
        kind: 'number',
        prompt: 'What is the consumers’ utilisation ρ now?',
        answer: 86,
        tolerance: 0.1,
        unit: '%',
        readFrom: { figure: 'rho', nodeId: 'jobs' },
        explanation:
          'ρ = 30 ÷ 35 ≈ 0.86. The spare 14% is what drains a backlog: a queue needs ρ below 1 to empty, and the further below, the faster.',
      },
      runForS: 120,
    },
  ],
};
