/**
 * Runs jobs on worker threads (`node:worker_threads`), every core busy, results in job order. Each
 * thread takes the next job as soon as it is free, so the order jobs finish in varies, but every
 * result lands at its job's index: the output never depends on the number of threads. With one
 * thread the jobs run here, in this thread, with the same function.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../scenario/types.ts';
import { runJob, type JobResult, type SimJob } from './sim-job.ts';

export interface PoolOptions {
  /** Threads to use; 1 runs in this thread. */
  threads: number;
  /** Called after each finished job (done of total), e.g. for a progress line. */
  onProgress?: (done: number, total: number) => void;
}

/** Every core: what `--threads` defaults to. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

export async function runJobs(
  scenarios: readonly Scenario[],
  jobs: readonly SimJob[],
  options: PoolOptions,
): Promise<JobResult[]> {
  const threads = Math.max(1, Math.min(options.threads, jobs.length));
  if (threads <= 1) return runHere(scenarios, jobs, options);
  const results: JobResult[] = new Array<JobResult>(jobs.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: threads }, () => startThread(scenarios));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= jobs.length) return resolve();
              const index = next++;
              worker.postMessage({ index, job: jobs[index] });
            };
            worker.on('message', (message: { index: number; result: JobResult }) => {
              results[message.index] = message.result;
              options.onProgress?.(++done, jobs.length);
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < jobs.length || done < jobs.length)
                reject(new Error(`a simulation thread stopped (exit code ${code})`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

/** Yields to the event loop between jobs so a progress line can be written. */
async function runHere(
  scenarios: readonly Scenario[],
  jobs: readonly SimJob[],
  options: PoolOptions,
): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (const job of jobs) {
    results.push(runJob(scenarios[job.scenarioIndex], job));
    options.onProgress?.(results.length, jobs.length);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return results;
}

/**
 * A thread running `sim-thread`. From source (`npm run sim` runs under tsx, and so do the tests) a
 * thread cannot load TypeScript by itself, so a few lines of JavaScript register tsx in the thread
 * and import the `.ts` entry; from a bundle (e.g. `npm run bench`) the entry is the
 * `sim-thread.mjs` emitted beside it.
 */
function startThread(scenarios: readonly Scenario[]): Worker {
  const here = import.meta.url;
  const workerData = { scenarios };
  if (!/\.ts$/.test(here)) return new Worker(new URL('./sim-thread.mjs', here), { workerData });
  const entry = new URL('./sim-thread.ts', here).href;
  // The package's ESM build (its CommonJS build cannot import TypeScript modules from a thread).
  const tsxApi = pathToFileURL(
    createRequire(here)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((api) => api.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
  return new Worker(bootstrap, { eval: true, workerData });
}
