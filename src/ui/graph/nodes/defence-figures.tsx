/**
 * What the overload defences add to a node on the graph (DESIGN.md section 8): a caller's tries
 * per request, goodput and 504s; a breaker's opens; an autoscaled service's workers, those
 * starting (with time left) and its target; work finished after its caller gave up.
 */
import { selectFigure } from '../../../state/selectors.ts';
import type { ScenarioNode } from '../../../scenario/types.ts';
import { formatCount, formatDuration, formatRate } from '../../format.ts';
import { useAppStore } from '../../sim-context.ts';
import { Figure } from './node-frame.tsx';

/** Client or gateway with a timeout or retries. */
export function CallerFigures({ id, node }: { id: string; node: ScenarioNode }) {
  const triesPerRequest = useAppStore((s) => {
    const live = s.live.nodes[id];
    return live && live.arrivalsPerS > 0
      ? Math.round((live.attemptsPerS / live.arrivalsPerS) * 100) / 100
      : 0;
  });
  const goodput = useAppStore((s) => formatRate(s.live.nodes[id]?.throughputPerS ?? 0));
  const timeouts = useAppStore(selectFigure(id, 'timeouts'));
  const calls = 'timeout' in node && (node.timeout !== null || ('retry' in node && node.retry !== null));
  if (!calls) return null;
  return (
    <>
      {node.kind === 'client' && (
        <>
          <Figure
            name="Tries per request"
            value={triesPerRequest.toFixed(2)}
            testId={`caller-tries-${id}`}
            tone={triesPerRequest > 1.2 ? 'bad' : undefined}
          />
          <Figure name="Answered OK" value={goodput} testId={`client-goodput-${id}`} tone="good" />
        </>
      )}
      <Figure
        name="Timed out (504)"
        value={formatCount(timeouts)}
        testId={`caller-timeouts-${id}`}
        tone={timeouts > 0 ? 'bad' : undefined}
        secondary={timeouts === 0}
      />
    </>
  );
}

export function BreakerFigure({ id, node }: { id: string; node: ScenarioNode }) {
  const opens = useAppStore(selectFigure(id, 'breakerOpens'));
  if (!('circuitBreaker' in node) || node.circuitBreaker === null) return null;
  return (
    <Figure
      name="Breaker opened"
      value={`${formatCount(opens)}×`}
      testId={`breaker-opens-${id}`}
      tone={opens > 0 ? 'bad' : undefined}
    />
  );
}

/**
 * Autoscaled service: serving workers and the autoscaler's target on one row, those starting (with
 * the time until the next is ready) on a second, so neither wraps in the card's narrow column.
 */
export function ScalingFigure({ id, node }: { id: string; node: ScenarioNode }) {
  const starting = useAppStore(selectFigure(id, 'starting'));
  const nextReadyInS = useAppStore((s) => Math.ceil(s.live.nodes[id]?.nextReadyInS ?? 0));
  const target = useAppStore(selectFigure(id, 'desiredWorkers'));
  const workers = useAppStore(selectFigure(id, 'workers'));
  if (node.kind !== 'service' || node.autoscale === null) return null;
  return (
    <>
      <Figure
        name="Workers"
        testId={`autoscale-${id}`}
        value={
          <span title={`${workers} serving; the autoscaler wants ${target}`}>
            <span data-testid={`autoscale-workers-${id}`}>{workers}</span>
            <span className="fs-figure__aside" data-testid={`autoscale-target-${id}`}>
              {' '}
              (target {target})
            </span>
          </span>
        }
      />
      <Figure
        name="Starting"
        value={
          starting > 0 ? (
            <span
              data-testid={`autoscale-starting-${id}`}
              title={`${starting} starting; the next is ready in ${formatDuration(nextReadyInS)}`}
            >
              +{starting} ({formatDuration(nextReadyInS)})
            </span>
          ) : (
            <span className="fs-figure__aside">none</span>
          )
        }
      />
    </>
  );
}

/** Work this node finished after its caller had given up: shown only when there is some. */
export function WastedFigure({ id }: { id: string }) {
  const late = useAppStore(selectFigure(id, 'lateAnswers'));
  if (late === 0) return null;
  return (
    <Figure
      name="Wasted (answered too late)"
      value={formatCount(late)}
      testId={`late-answers-${id}`}
      tone="bad"
    />
  );
}
