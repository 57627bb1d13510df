import { definePreset } from './preset.ts';

/**
 * The process-queue lesson of DESIGN.md: 30 jobs/s published, one consumer drains 5/s. The
 * backlog grows by ~25 jobs/s, the 500 slots are full after ~20 s, and from then on ~25 jobs/s
 * are refused (queue-full). More consumer workers or another overflow policy change what gives.
 */
export const QUEUE_30_VS_5 = definePreset(
  {
    id: 'queue-30-vs-5',
    title: 'Process queue: 30 in, 5 out',
    description: 'A service publishes 30 jobs/s to a 500-slot queue that one consumer drains at 5/s.',
  },
  {
    version: 1,
    name: 'Process queue: 30 jobs/s in, 5 jobs/s out',
    seed: 1,
    nodes: [
      {
        id: 'producer',
        kind: 'client',
        label: 'Producer (30 req/s)',
        device: 'web',
        rate: 30,
        arrival: 'poisson',
      },
      // Fast and well staffed (utilisation 0.15), so the queue, not the publisher, sets the pace.
      {
        id: 'api',
        kind: 'service',
        label: 'API (publishes a job per request)',
        workers: 4,
        serviceTime: 0.02,
      },
      { id: 'jobs', kind: 'queue', label: 'Jobs queue (500 slots)', capacity: 500, overflow: 'reject-new' },
      { id: 'consumer', kind: 'service', label: 'Consumer (5 jobs/s)', workers: 1, serviceTime: 0.2 },
    ],
    // No latency from queue to consumer: a consumer's worker is held while a job travels to it, so
    // any hop time would lower the drain below the 5 jobs/s this lesson is about.
    edges: [
      { from: 'producer', to: 'api', latency: 0.04 },
      { from: 'api', to: 'jobs', latency: 0.02 },
      { from: 'jobs', to: 'consumer' },
    ],
  },
);
