/**
 * `--metric PATH`: one number of the runner's JSON, named by its keys joined with dots, e.g.
 * `clients.web.latency.p99`, `nodes.jobs.dropRate`, `nodes.jobs.failed.queue-full`,
 * `totals.byOutcome.ok`. Checked against a result of the same scenario before anything runs, with
 * a did-you-mean at the step that went wrong.
 */
import { didYouMean } from '../scenario/did-you-mean.ts';
import { OUTCOMES } from '../scenario/types.ts';
import type { CliResult } from './build-result.ts';
import { quoteArg } from './quote-arg.ts';

export type MetricPathRead = { ok: true; path: string[] } | { ok: false; error: string };

type Tree = { [key: string]: unknown };

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null;

const ROOTS = ['nodes', 'clients', 'totals'];

export function readMetricPath(text: string, reference: CliResult): MetricPathRead {
  const path = text.split('.').filter((step) => step !== '');
  const fail = (why: string): MetricPathRead => ({
    ok: false,
    error: `--metric ${quoteArg(text)}: ${why}; e.g. clients.<client>.latency.p99, nodes.<node>.utilization, totals.created`,
  });
  if (!ROOTS.includes(path[0] ?? '')) {
    const guess = didYouMean(path[0] ?? '', ROOTS);
    return fail(`starts with nodes, clients or totals${guess ? ` (did you mean ${guess}?)` : ''}`);
  }
  let here: unknown = reference;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (!isTree(here)) return fail(`${path.slice(0, i).join('.')} is already a number`);
    // `failed` lists only the outcomes that happened; any outcome may be asked for (0 when none).
    if (path[i - 1] === 'failed' && (OUTCOMES as readonly string[]).includes(step) && i === path.length - 1)
      return { ok: true, path };
    const keys = Object.keys(here).filter((key) => key !== 'ci95' && key !== 'kind');
    if (!Object.hasOwn(here, step) || step === 'ci95' || step === 'kind') {
      const candidates = path[i - 1] === 'failed' ? [...OUTCOMES] : keys;
      const guess = didYouMean(step, candidates);
      const where = i === 0 ? '' : ` in ${path.slice(0, i).join('.')}`;
      return fail(
        `no ${quoteArg(step, 40)}${where}` +
          (guess ? ` (did you mean ${guess}?)` : ` (there: ${candidates.slice(0, 24).join(', ')})`),
      );
    }
    here = here[step];
  }
  if (typeof here !== 'number' && here !== null) {
    return fail(
      `${path.join('.')} is a group, not a number; add one of ${Object.keys(here as Tree).join(', ')}`,
    );
  }
  return { ok: true, path };
}

export interface MetricValue {
  mean: number | null;
  /** 95% half-width over the replications; null with one replication. */
  ci95: number | null;
}

/** The metric's mean and half-width in a result (`ci95` sits beside each node, client and totals). */
export function metricValue(result: CliResult, path: readonly string[]): MetricValue {
  const [root, ...rest] = path;
  const owner = root === 'totals' ? [root] : [root, rest.shift() as string];
  const base = dig(result, owner);
  const mean = dig(base, rest);
  const ci95 = dig(base, ['ci95', ...rest]);
  // An outcome that never happened is missing from `failed`: it counted 0, exactly.
  if (mean === undefined && rest[rest.length - 2] === 'failed')
    return { mean: 0, ci95: result.replications > 1 ? 0 : null };
  return { mean: typeof mean === 'number' ? mean : null, ci95: typeof ci95 === 'number' ? ci95 : null };
}

function dig(value: unknown, path: readonly string[]): unknown {
  let here = value;
  for (const step of path) {
    if (!isTree(here) || !Object.hasOwn(here, step)) return undefined;
    here = here[step];
  }
  return here;
}
