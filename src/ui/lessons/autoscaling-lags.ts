/**
 * Lesson 8: autoscaling lags. The 30-vs-5 queue with an autoscaled consumer (target
 * utilisation 70%, a decision every 15 s, 30 s to start a worker): the backlog keeps growing
 * while new workers start, and the count settles at ceil(30 × 0.2 ÷ 0.7) = ceil(8.6) = 9.
 */
import type { Lesson, StepSetup } from './types.ts';

const AUTOSCALE = {
  min: 1,
  max: 20,
  metric: 'utilization',
  target: 0.7,
  interval: 15,
  startup: 30,
  scaleDownDelay: 60,
};

const setup = (autoscale: Record<string, unknown> = {}): StepSetup => ({
  preset: 'queue-30-vs-5',
  changes: [
    { nodeId: 'jobs', patch: { capacity: null } },
    { nodeId: 'consumer', patch: { autoscale: { ...AUTOSCALE, ...autoscale } } },
  ],
});

export const AUTOSCALING_LESSON: Lesson = {
  id: 'autoscaling-lags',
  title: 'Autoscaling lags behind',
  summary:
    'An autoscaler adds workers when the ones it has are busy, but it measures the past and new workers take time to start (a cold start). Meanwhile the backlog grows.',
  steps: [
    {
      id: 'cold-start',
      title: 'Waiting for workers to start',
      setup: setup(),
      focusNodeId: 'jobs',
      lookFor:
        '30 jobs per second arrive and one consumer finishes 5; every 15 s the autoscaler asks for more consumers, but each needs 30 s to start (a cold start). Watch the backlog while they start.',
      question: {
        kind: 'number',
        prompt: 'At t = 40 s, how fast does the backlog grow (jobs per second)?',
        answer: 25,
        tolerance: 0.25,
        unit: '/s',
        readFrom: { figure: 'growth', nodeId: 'jobs' },
        explanation:
          'Still 30 − 5 = 25 per second: the autoscaler asked for a second consumer at 15 s and more at 30 s, but none serves before 45 s. Starting workers count as current for the autoscaler, yet they do no work.',
      },
      runForS: 40,
    },
    {
      id: 'settle',
      title: 'Where it settles',
      setup: setup(),
      focusNodeId: 'consumer',
      lookFor:
        'Let it run. The autoscaler overshoots while the backlog drains, then scales down only after desired has stayed lower for 60 s.',
      question: {
        kind: 'number',
        prompt: 'How many consumers does it settle at?',
        answer: 9,
        tolerance: 0.12,
        readFrom: { figure: 'workers', nodeId: 'consumer' },
        explanation:
          'Busy consumers = 30 jobs/s × 0.2 s = 6 on average. To keep them 70% busy it needs 6 ÷ 0.7 ≈ 8.6, rounded up: ceil(30 ÷ 5 ÷ 0.7) = 9. Noise sometimes lifts a 15-second reading enough to ask for 10.',
      },
      runForS: 900,
    },
    {
      id: 'fast-start',
      title: 'A faster start',
      setup: setup({ startup: 5 }),
      focusNodeId: 'jobs',
      lookFor: 'The same, with workers ready 5 s after they are asked for instead of 30 s.',
      question: {
        kind: 'number',
        prompt: 'How many consumers does it settle at now?',
        answer: 9,
        tolerance: 0.12,
        readFrom: { figure: 'workers', nodeId: 'consumer' },
        explanation:
          'The same 9: start-up time changes how big the backlog gets on the way, not where the autoscaler settles, which depends only on the load (30 × 0.2 = 6 busy) and the target (70%).',
      },
      runForS: 900,
    },
  ],
};
