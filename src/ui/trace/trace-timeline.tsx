/**
 * The followed request, hop by hop: every edge it travels, every node it visits with waiting and
 * service shown apart (text and a two-part bar), an orchestrator's branches side by side as lanes,
 * jobs it published in their own lane, and how it ended.
 */
import type { Trace, TraceStep } from '../../engine/index.ts';
import { OUTCOME_CODE, type Outcome, type Scenario } from '../../scenario/types.ts';
import { selectScenario } from '../../state/selectors.ts';
import { formatDuration } from '../format.ts';
import { OUTCOME_NAME } from '../names.ts';
import { useAppStore, useController } from '../sim-context.ts';
import '../teaching/teaching.css';

interface Lane {
  key: string;
  title: string;
  steps: TraceStep[];
}

/** Lane 0 is the request; k the orchestrator's k-th branch call; published jobs get their own lane. */
export function traceLanes(trace: Trace): Lane[] {
  const lanes = new Map<string, Lane>();
  for (const step of trace.steps) {
    const key = step.job ? `job-${step.lane}` : `lane-${step.lane}`;
    let lane = lanes.get(key);
    if (!lane) {
      const title = step.job ? 'Published job' : step.lane === 0 ? 'The request' : `Branch ${step.lane}`;
      lane = { key, title, steps: [] };
      lanes.set(key, lane);
    }
    lane.steps.push(step);
  }
  const order = (l: Lane) => (l.key.startsWith('job') ? 1e6 : 0) + Number(l.key.split('-')[1]);
  return [...lanes.values()].sort((a, b) => order(a) - order(b));
}

function outcomeText(outcome: Outcome): string {
  const code = OUTCOME_CODE[outcome];
  const name = OUTCOME_NAME[outcome];
  return code === name || /^[a-z]/.test(code) ? name : `${name} (${code})`;
}

function Hop({ step, scenario, t0 }: { step: TraceStep; scenario: Scenario; t0: number }) {
  const node = scenario.nodes[step.nodeIndex];
  const label = node?.label ?? `node ${step.nodeIndex}`;
  const at = `at ${formatDuration(step.fromS - t0)}`;
  if (step.kind === 'travel') {
    const edge = scenario.edges[step.edgeIndex];
    const from = scenario.nodes.find((n) => n.id === edge?.from)?.label ?? '?';
    return (
      <li className="fs-trace__hop is-travel" data-kind="travel">
        {from} → {label}: travels {formatDuration(step.toS - step.fromS)}{' '}
        <span className="fs-visually-hidden">{at}</span>
      </li>
    );
  }
  if (step.kind === 'end') {
    const bad = step.outcome !== null && step.outcome !== 'ok';
    return (
      <li className={`fs-trace__hop is-end${bad ? ' is-bad' : ''}`} data-kind="end">
        {bad ? '✗' : '✓'} Ends at {label}: {step.outcome ? outcomeText(step.outcome) : 'done'}
      </li>
    );
  }
  const wait = Math.max(0, step.startS - step.queuedS);
  const serve = Math.max(0, step.toS - step.startS);
  const total = wait + serve;
  return (
    <li className="fs-trace__hop is-visit" data-kind="visit">
      <strong>{label}</strong>: waits <span data-testid="trace-wait">{formatDuration(wait)}</span>, served{' '}
      <span data-testid="trace-serve">{formatDuration(serve)}</span>
      {step.outcome && step.outcome !== 'ok' ? ` → ${outcomeText(step.outcome)}` : ''}
      {total > 0 && (
        <div className="fs-trace__bar" aria-hidden="true">
          <div className="fs-trace__bar-wait" style={{ width: `${(100 * wait) / total}%` }} />
          <div className="fs-trace__bar-serve" style={{ width: `${(100 * serve) / total}%` }} />
        </div>
      )}
    </li>
  );
}

export function TraceTimeline() {
  const tracing = useAppStore((s) => s.tracing);
  const trace = useAppStore((s) => s.trace);
  const scenario = useAppStore(selectScenario);
  const controller = useController();
  if (!tracing) return null;
  const lanes = trace ? traceLanes(trace) : [];
  const t0 = trace?.steps[0]?.fromS ?? 0;
  const last = trace?.steps.reduce((m, s) => Math.max(m, s.toS), t0) ?? t0;
  return (
    <section
      className="fs-trace fs-panel-block"
      aria-labelledby="fs-trace-title"
      data-testid="trace-timeline"
    >
      <div className="fs-inspector__head">
        <h2 id="fs-trace-title" className="fs-panel__title">
          {trace ? `Request #${trace.requestId}` : 'Waiting for the next request…'}
        </h2>
        <button type="button" className="fs-button" onClick={() => controller.stopTrace()}>
          Stop tracing
        </button>
      </div>
      {trace && (
        <p
          className={`fs-trace__outcome${trace.outcome && trace.outcome !== 'ok' ? ' is-bad' : ''}`}
          data-testid="trace-outcome"
        >
          {trace.outcome
            ? `Outcome: ${outcomeText(trace.outcome)} after ${formatDuration(last - t0)}`
            : `In flight… ${formatDuration(last - t0)} so far`}
        </p>
      )}
      <p className="fs-theory__note">
        Each visit shows time <em>waiting</em> in line (striped) apart from time being <em>served</em>{' '}
        (solid).
      </p>
      <div className="fs-trace__lanes">
        {lanes.map((lane) => (
          <div key={lane.key} className="fs-trace__lane" data-testid={`trace-lane-${lane.key}`}>
            <h3 className="fs-trace__lane-title">
              {lane.title}
              {lane.key !== 'lane-0' && lane.steps[0]
                ? `: ${scenario.nodes[lane.steps[0].nodeIndex]?.label ?? ''}`
                : ''}
            </h3>
            <ol className="fs-trace__lane" aria-label={lane.title}>
              {lane.steps.map((step, i) => (
                <Hop key={i} step={step} scenario={scenario} t0={t0} />
              ))}
            </ol>
          </div>
        ))}
      </div>
    </section>
  );
}
