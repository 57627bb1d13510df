/**
 * Lesson 6: the process queue of DESIGN.md. 30 jobs/s in, 5 out: the backlog grows by 25 per
 * second and the 500 slots are full after 500 / 25 = 20 s. Then each overflow policy in turn, then
 * more consumers (the consumer's `workers`): 6 are exactly enough (ρ = 1), 7 keep up.
 */
import { OVERFLOW_STEPS, queueSetup } from './queue-overflow-steps.ts';
import type { Lesson } from './types.ts';

export const QUEUE_LESSON: Lesson = {
  id: 'queue-30-vs-5',
  title: 'The process queue: 30 in, 5 out',
  summary:
    'A queue lets a fast producer hand work to a slow consumer. If work arrives faster than it is done, the backlog grows until something gives. Which thing gives is a choice.',
  steps: [
    {
      id: 'fill',
      title: 'The backlog grows',
      setup: queueSetup(),
      focusNodeId: 'jobs',
      lookFor:
        'The API publishes 30 jobs per second and one consumer finishes 5 per second. Watch the backlog and its growth: about +25 per second.',
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
    ...OVERFLOW_STEPS,
    {
      id: 'six-consumers',
      title: 'Six consumers: exactly enough?',
      setup: queueSetup({}, 6),
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
      setup: queueSetup({}, 7),
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
