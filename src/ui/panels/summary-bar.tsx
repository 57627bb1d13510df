/**
 * The run at a glance, per client: end-to-end latency percentiles, success rate and failures by
 * outcome (from the engine's report, refreshed a couple of times a second), and a row for the jobs
 * published to queues.
 */
import { OUTCOME_CODE, OUTCOMES, type Outcome } from '../../scenario/types.ts';
import type { ClientMetrics } from '../../engine/index.ts';
import { selectReport, selectSimTimeS, selectTopology } from '../../state/selectors.ts';
import { useShallow } from 'zustand/react/shallow';
import { formatClock, formatCount, formatDuration, formatPercent, formatRate } from '../format.ts';
import { WINDOW_NOTE } from '../graph/nodes/job-fate.ts';
import { OUTCOME_NAME } from '../names.ts';
import { useAppStore } from '../sim-context.ts';
import { DotSwatch } from '../graph/dot-swatch.tsx';

function Failures({ failed }: { failed: Partial<Record<Outcome, number>> }) {
  const shown = OUTCOMES.filter((o) => o !== 'ok' && (failed[o] ?? 0) > 0);
  if (shown.length === 0) return <span className="fs-summary__none">no failures</span>;
  return (
    <span className="fs-summary__failures">
      {shown.map((o) => (
        <span key={o} className="fs-summary__failure" title={OUTCOME_NAME[o]}>
          <b>{OUTCOME_CODE[o]}</b>
          <span className="fs-visually-hidden"> {OUTCOME_NAME[o].toLowerCase()}</span> ×
          {formatCount(failed[o] ?? 0)}
        </span>
      ))}
    </span>
  );
}

function ClientSummary({
  label,
  device,
  metrics,
}: {
  label: string;
  device: 'mobile' | 'web' | null;
  metrics: ClientMetrics;
}) {
  const done = metrics.ok + Object.values(metrics.failed).reduce((a, b) => a + (b ?? 0), 0);
  return (
    <li className="fs-summary__client" data-testid={`summary-${label}`}>
      <span className="fs-summary__name">
        {device && <DotSwatch shape={device} />} {label}
      </span>
      <span className="fs-summary__stat">
        <span className="fs-summary__k">p50</span> {formatDuration(metrics.latency.p50)}
      </span>
      <span className="fs-summary__stat">
        <span className="fs-summary__k">p95</span> {formatDuration(metrics.latency.p95)}
      </span>
      <span className="fs-summary__stat">
        <span className="fs-summary__k">p99</span> {formatDuration(metrics.latency.p99)}
      </span>
      <span className="fs-summary__stat">
        <span className="fs-summary__k">success</span> {done > 0 ? formatPercent(metrics.ok / done) : '–'}
      </span>
      <Failures failed={metrics.failed} />
    </li>
  );
}

/**
 * The jobs published to queues, beside the clients' rows: publishing is asynchronous, so a
 * client's requests can all succeed while the queue refuses most of the jobs. Counts since the
 * start; loss rates over the recent window; the backlog waiting in queues and held by publishers.
 */
function JobsSummary() {
  const [publishes, published, done, refusedPerS, evictedPerS, deadPerS, backlog, held] = useAppStore(
    useShallow((s) => {
      // A scenario that publishes to a queue has the row from the start, so the bar never grows.
      const queues = new Set(s.scenario.nodes.filter((n) => n.kind === 'queue').map((n) => n.id));
      let any = s.scenario.edges.some((e) => queues.has(e.to));
      let published = 0;
      let done = 0;
      let refusedPerS = 0;
      let evictedPerS = 0;
      let deadPerS = 0;
      let backlog = 0;
      let held = 0;
      for (const node of s.scenario.nodes) {
        const f = s.live.nodes[node.id];
        if (!f) continue;
        if (node.kind === 'queue') backlog += f.waiting;
        held += f.held;
        if (!f.jobs) continue;
        any = true;
        published += f.jobs.published;
        done += f.jobs.done;
        refusedPerS += f.jobs.refusedPerS;
        evictedPerS += f.jobs.evictedPerS;
        deadPerS += f.jobs.deadLetteredPerS;
      }
      const r = (x: number) => Math.round(x * 10) / 10;
      return [any, published, done, r(refusedPerS), r(evictedPerS), r(deadPerS), backlog, held] as const;
    }),
  );
  if (!publishes) return null;
  const losses = [
    ['refused', refusedPerS],
    ['evicted', evictedPerS],
    ['dead-lettered', deadPerS],
  ].filter(([, perS]) => (perS as number) > 0) as [string, number][];
  return (
    <li className="fs-summary__client" data-testid="summary-jobs">
      <span className="fs-summary__name">Jobs (queued work)</span>
      <span className="fs-summary__stat">
        <span className="fs-summary__k">published</span> {formatCount(published)}
      </span>
      <span className="fs-summary__stat">
        <span className="fs-summary__k">done</span> {formatCount(done)}
      </span>
      {losses.length === 0 ? (
        <span className="fs-summary__stat" title={WINDOW_NOTE}>
          <span className="fs-summary__k">refused</span> 0/s
        </span>
      ) : (
        losses.map(([name, perS]) => (
          <span
            key={name}
            className="fs-summary__stat is-bad"
            title={WINDOW_NOTE}
            data-testid={`summary-jobs-${name}`}
          >
            <span className="fs-summary__k">{name}</span> {formatRate(perS)}
          </span>
        ))
      )}
      <span className="fs-summary__stat" data-testid="summary-jobs-backlog">
        <span className="fs-summary__k">backlog</span> {formatCount(backlog)}
        {held > 0 && <> + {formatCount(held)} held</>}
      </span>
    </li>
  );
}

/** Before the first report each client's row is there with dashes, so the bar never changes height. */
const NOT_YET: ClientMetrics = {
  sent: 0,
  ok: 0,
  failed: {},
  latency: { mean: NaN, p50: NaN, p95: NaN, p99: NaN },
  attempts: 0,
  retries: 0,
  retriesDenied: 0,
};

export function SummaryBar() {
  const report = useAppStore(selectReport);
  const topology = useAppStore(selectTopology);
  const scenario = useAppStore((s) => s.scenario);
  const clock = useAppStore((s) => formatClock(selectSimTimeS(s)));
  // The exact position, machine-readable, for the determinism checks of tests/e2e.
  const timeS = useAppStore(selectSimTimeS);
  const events = useAppStore((s) => s.live.events);
  const clients = topology.nodes.filter((n) => n.kind === 'client');
  // In Compare these are A's figures; B's are in the difference table. Say so, or a class reads
  // "no failures" here while B's server lies crashed.
  const comparing = useAppStore((s) => s.compareOn);
  return (
    <section className="fs-summary" aria-label="Run summary" data-testid="summary-bar">
      <div
        className="fs-clock"
        role="timer"
        aria-label="Simulated time"
        data-testid="sim-time"
        data-time-s={timeS}
        data-events={events}
      >
        <span className="fs-clock__label">Time</span> {clock}
      </div>
      <h2 className="fs-summary__title">
        End to end
        {comparing && (
          <span className="fs-summary__side" data-testid="summary-side">
            {' '}
            of <span className="fs-summary__side-tag">A</span>
            <span className="fs-summary__side-note"> (B − A in the table)</span>
          </span>
        )}
        {!report && <span className="fs-visually-hidden"> Measuring…</span>}
      </h2>
      <ul className="fs-summary__clients" aria-busy={report ? undefined : true}>
        {clients.map((c) => {
          const metrics = report ? report.clients[c.id] : NOT_YET;
          const node = scenario.nodes[c.index];
          return metrics ? (
            <ClientSummary
              key={c.id}
              label={c.label}
              device={node.kind === 'client' ? node.device : null}
              metrics={metrics}
            />
          ) : null;
        })}
        <JobsSummary />
      </ul>
    </section>
  );
}
