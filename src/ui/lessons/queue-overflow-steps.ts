/** Lesson 6, steps 2–5: what a full queue does under each overflow policy, one by one. */
import type { LessonStep, StepSetup } from './types.ts';

/** The 30-vs-5 preset with changes to the queue and, optionally, the consumer count (its workers). */
export function queueSetup(patch: Record<string, unknown> = {}, consumerWorkers?: number): StepSetup {
  return {
    preset: 'queue-30-vs-5',
    changes: [
      { nodeId: 'jobs', patch },
      ...(consumerWorkers === undefined ? [] : [{ nodeId: 'consumer', patch: { workers: consumerWorkers } }]),
    ],
  };
}

export const OVERFLOW_STEPS: LessonStep[] = [
  {
    id: 'reject-new',
    title: 'When full: reject new jobs',
    setup: queueSetup(),
    focusNodeId: 'jobs',
    lookFor:
      'The queue is full and its policy is “reject new”: a job that arrives now is refused with 503, and the jobs already waiting are kept. The queue shows how many it refuses per second (over the last 4 s), and the API that published them shows the same as “Jobs refused”.',
    question: {
      kind: 'number',
      prompt: 'How many jobs per second are refused now?',
      answer: 25,
      tolerance: 0.25,
      unit: '/s',
      readFrom: { figure: 'outcome-rate', nodeId: 'jobs', outcome: 'queue-full' },
      explanation:
        'Every second 30 jobs arrive and the consumer makes room for 5. The other 25 find no room and are refused. The API hears “queue full” for each of them at once (its card counts them as jobs refused), even though its own callers were already answered OK: publishing does not wait.',
    },
    runForS: 40,
  },
  {
    id: 'drop-oldest',
    title: 'When full: drop the oldest',
    setup: queueSetup({ overflow: 'drop-oldest' }),
    focusNodeId: 'jobs',
    lookFor:
      'Now every new job is accepted, and the oldest waiting job is thrown away to make room. It ends as “evicted”: the queue shows how many per second (over the last 4 s).',
    question: {
      kind: 'number',
      prompt: 'How many jobs per second are evicted now?',
      answer: 25,
      tolerance: 0.25,
      unit: '/s',
      readFrom: { figure: 'outcome-rate', nodeId: 'jobs', outcome: 'evicted' },
      explanation:
        'Still 25 per second too many, so still 25 per second lost. What changed is which ones: the newest work is kept and the oldest is lost. Good for live data such as prices, bad for orders.',
    },
    runForS: 40,
  },
  {
    id: 'dead-letter',
    title: 'When full: dead-letter the oldest',
    setup: queueSetup({ overflow: 'dead-letter' }),
    focusNodeId: 'jobs',
    lookFor:
      'The oldest job is moved to a dead-letter store instead of being thrown away. Watch the dead letters counter on the queue.',
    question: {
      kind: 'number',
      prompt: 'How many dead letters are there after 40 seconds?',
      answer: 500,
      tolerance: 0.25,
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
    setup: queueSetup({ overflow: 'block' }),
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
  {
    id: 'compare-reject-block',
    title: 'Compare: reject new jobs against block the producer',
    setup: queueSetup(),
    compare: { changes: [{ nodeId: 'jobs', patch: { overflow: 'block' } }] },
    focusNodeId: 'producer',
    lookFor:
      'Compare is on: A rejects new jobs when the queue is full and B blocks the producer, on exactly the same requests. Watch the producer’s rows in the difference table.',
    question: {
      kind: 'number',
      difference: true,
      prompt: 'After two minutes, what is B − A for the producer’s p99 latency?',
      answer: 80,
      tolerance: 0.1,
      unit: 's',
      readFrom: { figure: 'latency', clientId: 'producer', percentile: 'p99' },
      explanation:
        'About +80 s. Under “reject new” the producer is answered at once (and a job is lost); under “block” nothing is lost, but the producer’s request waits until the queue has room. The backlog moved upstream, into the producer’s latency: the same requests, a very different wait.',
    },
    runForS: 120,
  },
];
