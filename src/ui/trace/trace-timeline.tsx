/**
 * The followed request as a waterfall, the span view engineers know: one time axis for the whole
 * request, each hop a bar from its start to its end (travel thin; a visit's waiting striped and its
 * service solid), the orchestrator's branches as parallel lanes on the same axis with the slowest
 * one marked (the join waits for it), published jobs in their own lane, and how it ended. Each hop
 * is also a line of text in an ordered list, which is what a screen reader reads; the bars are
 * hidden from it.
 */
import type { Trace, TraceStep } from '../../engine/index.ts';
import { OUTCOME_CODE, type Outcome, type Scenario } from '../../scenario/types.ts';
import { selectScenario } from '../../state/selectors.ts';
import { formatDuration } from '../format.ts';
import { OUTCOME_NAME } from '../names.ts';
import { useAppStore, useController } from '../sim-context.ts';
import '../teaching/teaching.css';
import { TraceFilterForm } from './trace-filter-form.tsx';

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

/** The branch lane that ends last: the one the orchestrator's join waits for. Null without branches. */
export function slowestBranch(lanes: readonly Lane[]): string | null {
  let best: string | null = null;
  let end = -Infinity;
  for (const lane of lanes) {
    if (!lane.key.startsWith('lane-') || lane.key === 'lane-0') continue;
    const laneEnd = lane.steps.reduce((m, s) => Math.max(m, s.toS), -Infinity);
    if (laneEnd > end) {
      end = laneEnd;
      best = lane.key;
    }
  }
  return best;
}

function outcomeText(outcome: Outcome): string {
  const code = OUTCOME_CODE[outcome];
  const name = OUTCOME_NAME[outcome];
  return code === name || /^[a-z]/.test(code) ? name : `${name} (${code})`;
}

/** Where on the shared axis a moment falls, as a CSS percentage. */
type Scale = (atS: number) => number;
const pct = (x: number) => `${Math.max(0, Math.min(100, x)).toFixed(3)}%`;

function Bar({ scale, fromS, toS, kind }: { scale: Scale; fromS: number; toS: number; kind: string }) {
  const left = scale(fromS);
  return (
    <span className={`fs-span__bar is-${kind}`} style={{ left: pct(left), width: pct(scale(toS) - left) }} />
  );
}

function Hop({
  step,
  scenario,
  scale,
  t0,
}: {
  step: TraceStep;
  scenario: Scenario;
  scale: Scale;
  t0: number;
}) {
  const node = scenario.nodes[step.nodeIndex];
  const label = node?.label ?? `node ${step.nodeIndex}`;
  const at = `at ${formatDuration(step.fromS - t0)}`;
  let text;
  let bars;
  let className = 'fs-trace__hop';
  if (step.kind === 'travel') {
    const edge = scenario.edges[step.edgeIndex];
    const from = scenario.nodes.find((n) => n.id === edge?.from)?.label ?? '?';
    className += ' is-travel';
    text = (
      <>
        {from} → {label}: travels {formatDuration(step.toS - step.fromS)}{' '}
        <span className="fs-visually-hidden">{at}</span>
      </>
    );
    bars = <Bar scale={scale} fromS={step.fromS} toS={step.toS} kind="travel" />;
  } else if (step.kind === 'end') {
    const bad = step.outcome !== null && step.outcome !== 'ok';
    className += ` is-end${bad ? ' is-bad' : ''}`;
    text = (
      <>
        {bad ? '✗' : '✓'} Ends at {label}: {step.outcome ? outcomeText(step.outcome) : 'done'}
      </>
    );
    bars = <span className="fs-span__mark" style={{ left: pct(scale(step.toS)) }} />;
  } else {
    const wait = Math.max(0, step.startS - step.queuedS);
    const serve = Math.max(0, step.toS - step.startS);
    className += ' is-visit';
    text = (
      <>
        <strong>{label}</strong>: waits <span data-testid="trace-wait">{formatDuration(wait)}</span>, served{' '}
        <span data-testid="trace-serve">{formatDuration(serve)}</span>
        {step.outcome && step.outcome !== 'ok' ? ` → ${outcomeText(step.outcome)}` : ''}{' '}
        <span className="fs-visually-hidden">{at}</span>
      </>
    );
    bars = (
      <>
        {step.queuedS > step.fromS && (
          <Bar scale={scale} fromS={step.fromS} toS={step.queuedS} kind="parked" />
        )}
        {wait > 0 && <Bar scale={scale} fromS={step.queuedS} toS={step.startS} kind="wait" />}
        <Bar scale={scale} fromS={step.startS} toS={step.toS} kind="serve" />
      </>
    );
  }
  return (
    <li className={className} data-kind={step.kind}>
      <span className="fs-span__text">{text}</span>
      <span className="fs-span__track" aria-hidden="true" data-testid="trace-span">
        {bars}
      </span>
    </li>
  );
}

/** The shared time axis: 0, half way and the whole request, over the same track as every bar. */
function Axis({ totalS }: { totalS: number }) {
  return (
    <div className="fs-span__axis" aria-hidden="true" data-testid="trace-axis">
      <span style={{ left: '0%' }}>0</span>
      <span style={{ left: '50%' }}>{formatDuration(totalS / 2)}</span>
      <span style={{ left: '100%' }}>{formatDuration(totalS)}</span>
    </div>
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
  const total = Math.max(last - t0, 1e-9);
  const scale: Scale = (atS) => (100 * (atS - t0)) / total;
  const slowest = slowestBranch(lanes);
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
      <TraceFilterForm />
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
        One time axis for the whole request: travel is a thin bar, waiting in line is striped, being served is
        solid. Branches run side by side in time; the join waits for the slowest.
      </p>
      {trace && <Axis totalS={last - t0} />}
      <div className="fs-trace__lanes">
        {lanes.map((lane) => (
          <div
            key={lane.key}
            className={`fs-trace__lane${lane.key === slowest ? ' is-slowest' : ''}`}
            data-testid={`trace-lane-${lane.key}`}
          >
            <h3 className="fs-trace__lane-title">
              {lane.title}
              {lane.key !== 'lane-0' && lane.steps[0]
                ? `: ${scenario.nodes[lane.steps[0].nodeIndex]?.label ?? ''}`
                : ''}
              {lane.key === slowest && (
                <span className="fs-trace__slowest" data-testid="trace-slowest">
                  {' '}
                  slowest branch
                </span>
              )}
            </h3>
            <ol className="fs-trace__hops" aria-label={lane.title}>
              {lane.steps.map((step, i) => (
                <Hop key={i} step={step} scenario={scenario} scale={scale} t0={t0} />
              ))}
            </ol>
          </div>
        ))}
      </div>
    </section>
  );
}
