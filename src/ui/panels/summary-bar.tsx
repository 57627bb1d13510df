/**
 * The run at a glance, per client: end-to-end latency percentiles, success rate and failures by
 * outcome (from the engine's report, refreshed a couple of times a second).
 */
import { OUTCOME_CODE, OUTCOMES, type Outcome } from '../../scenario/types.ts';
import type { ClientMetrics } from '../../engine/index.ts';
import { selectReport, selectSimTimeS, selectTopology } from '../../state/selectors.ts';
import { formatClock, formatCount, formatDuration, formatPercent } from '../format.ts';
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

/** Before the first report each client's row is there with dashes, so the bar never changes height. */
const NOT_YET: ClientMetrics = {
  sent: 0,
  ok: 0,
  failed: {},
  latency: { mean: NaN, p50: NaN, p95: NaN, p99: NaN },
};

export function SummaryBar() {
  const report = useAppStore(selectReport);
  const topology = useAppStore(selectTopology);
  const scenario = useAppStore((s) => s.scenario);
  const clock = useAppStore((s) => formatClock(selectSimTimeS(s)));
  const clients = topology.nodes.filter((n) => n.kind === 'client');
  return (
    <section className="fs-summary" aria-label="Run summary" data-testid="summary-bar">
      <div className="fs-clock" role="timer" aria-label="Simulated time" data-testid="sim-time">
        <span className="fs-clock__label">Time</span> {clock}
      </div>
      <h2 className="fs-summary__title">
        End to end{!report && <span className="fs-visually-hidden"> Measuring…</span>}
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
      </ul>
    </section>
  );
}
