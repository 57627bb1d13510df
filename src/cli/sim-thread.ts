/**
 * The worker-thread side of `thread-pool.ts`: receives the scenarios once, then runs one job per
 * message and posts its result back. Kept tiny so a bundler can emit it as its own entry.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../scenario/types.ts';
import { runJob, type SimJob } from './sim-job.ts';

const { scenarios } = workerData as { scenarios: Scenario[] };

parentPort?.on('message', (message: { index: number; job: SimJob }) => {
  const result = runJob(scenarios[message.job.scenarioIndex], message.job);
  parentPort?.postMessage({ index: message.index, result });
});
