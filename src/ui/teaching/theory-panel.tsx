/**
 * Theory beside measurement for one station: utilisation ρ, the predicted mean wait and backlog
 * next to the measured ones, when the prediction holds, a live check of Little's law, and, for an
 * overloaded station, how fast its backlog grows. Figures come from src/state/theory.ts.
 */
import { useMemo } from 'react';
import { selectScenario } from '../../state/selectors.ts';
import type { OverflowPolicy } from '../../scenario/types.ts';
import { stationTheory, type StationTheory } from '../../state/theory.ts';
import { formatCount, formatDuration, formatPercent, formatRate } from '../format.ts';
import { useAppStore } from '../sim-context.ts';
import './teaching.css';

function num(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return Math.abs(x) >= 100 ? Math.round(x).toString() : x.toFixed(digits);
}

/** The row of lost work, named for what the policy does to it. */
const LOST_ROW: Record<OverflowPolicy, string> = {
  'reject-new': 'Turned away (new jobs refused)',
  'drop-oldest': 'Lost (oldest evicted)',
  'dead-letter': 'Lost (oldest dead-lettered)',
  block: 'Turned away (none: publisher held)',
};

/** What happens once the line is full, by policy, with the predicted rates. */
function afterFull(t: StationTheory): string {
  const lostPerS = formatRate(t.arrivalRatePerS * (t.prediction.dropProbability ?? 0));
  switch (t.overflow) {
    case 'block':
      return `Then nothing is turned away: the publishers are held (${formatCount(t.heldAtPublishers)} held now) and the backlog grows upstream, at the publisher, by about ${formatRate(t.growthPerS)}.`;
    case 'drop-oldest':
      return `Then about ${lostPerS} of the oldest waiting jobs are evicted to make room: as many as “reject new” would refuse, but the old jobs go, not the new.`;
    case 'dead-letter':
      return `Then about ${lostPerS} of the oldest waiting jobs move to the dead-letter store: as many as “reject new” would refuse, but the old ones go (and are kept there), not the new.`;
    default:
      return `Then about ${lostPerS} are refused.`;
  }
}

export function useStationTheory(nodeId: string): StationTheory | null {
  const scenario = useAppStore(selectScenario);
  const live = useAppStore((s) => s.live);
  const report = useAppStore((s) => s.report);
  return useMemo(() => stationTheory(scenario, live, report, nodeId), [scenario, live, report, nodeId]);
}

export function TheoryPanel({ nodeId }: { nodeId: string }) {
  const consumerOf = useAppStore((s) =>
    s.topology.isConsumer[nodeId]
      ? (s.scenario.edges.find(
          (e) => e.to === nodeId && s.topology.nodes.some((n) => n.id === e.from && n.kind === 'queue'),
        )?.from ?? null)
      : null,
  );
  const t = useStationTheory(consumerOf ?? nodeId);
  if (!t) return null;
  const p = t.prediction;
  const m = t.measured;
  return (
    <section className="fs-theory" aria-labelledby={`fs-theory-${nodeId}`} data-testid="theory">
      <h3 id={`fs-theory-${nodeId}`} className="fs-inspector__section">
        Theory beside measurement
      </h3>
      {consumerOf && (
        <p className="fs-theory__note">
          This consumer shares one line with the other consumers of its queue, so the figures below are for
          the queue and its consumers together.
        </p>
      )}
      <p className="fs-theory__rho" data-testid="theory-rho">
        <span className={`fs-rho${t.overloaded ? ' is-over' : ''}`}>
          {t.overloaded ? '▲ ' : '● '}ρ = {num(t.rho, 2)}
        </span>{' '}
        utilisation: λ {formatRate(t.arrivalRatePerS)} × {formatDuration(t.meanServiceS)} per request ÷{' '}
        {t.servers} worker{t.servers === 1 ? '' : 's'}. Measured busy share:{' '}
        {formatPercent(t.measuredUtilization)}.
      </p>
      {t.heldHere > 0 && (
        <p className="fs-theory__overload" role="status" data-testid="theory-held-here">
          Held: the queue this node publishes to is full under “block”, so {formatCount(t.heldHere)} of its
          workers each hold a finished job until the queue takes it. ρ = {num(t.rho, 2)} counts only the work
          itself; the workers are busy {formatPercent(t.measuredUtilization)} of the time, and new requests
          wait here: the backlog has moved upstream.
        </p>
      )}
      {t.overloaded && (
        <p className="fs-theory__overload" role="status" data-testid="theory-overload">
          Overloaded: ρ ≥ 1, work arrives faster than {t.station} can finish it. The backlog grows by about{' '}
          <strong data-testid="theory-growth">{formatRate(t.growthPerS)}</strong>
          {t.timeToFullS !== null && (
            <>
              {' '}
              and the {t.capacity} places are full after about{' '}
              <strong data-testid="theory-time-to-full">{formatDuration(t.timeToFullS)}</strong>
            </>
          )}
          {m && (
            <>
              {' '}
              (measured now: {formatRate(m.growthPerS)}, backlog {formatCount(m.waitingNow)})
            </>
          )}
          .{t.timeToFullS !== null && <> {afterFull(t)}</>}
        </p>
      )}
      <table className="fs-theory__table" data-testid="theory-table">
        <caption className="fs-visually-hidden">Predicted and measured figures of {t.station}</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Predicted ({t.model})</th>
            <th scope="col">Measured</th>
          </tr>
        </thead>
        <tbody>
          <tr data-testid="theory-wait">
            <th scope="row">Mean wait</th>
            <td>{formatDuration(p.meanWaitS)}</td>
            <td>{m ? formatDuration(m.meanWaitS) : '–'}</td>
          </tr>
          <tr data-testid="theory-backlog">
            <th scope="row">Mean backlog</th>
            <td>{num(p.meanQueueLength)}</td>
            <td>{m ? num(m.meanQueueLength) : '–'}</td>
          </tr>
          {p.dropProbability !== null && (
            <tr data-testid="theory-lost">
              <th scope="row">{t.overflow === null ? 'Turned away' : LOST_ROW[t.overflow]}</th>
              <td>{formatPercent(p.dropProbability)}</td>
              <td>{m ? formatPercent(m.dropProbability) : '–'}</td>
            </tr>
          )}
          {t.overflow === 'block' && p.blocking !== null && (
            <tr data-testid="theory-held">
              <th scope="row">Publishes held</th>
              <td>{formatPercent(p.blocking)}</td>
              <td>{formatCount(t.heldAtPublishers)} held now</td>
            </tr>
          )}
        </tbody>
      </table>
      <p className="fs-theory__holds" data-testid="theory-holds">
        {t.holds}
      </p>
      {t.little && (
        <p className="fs-theory__little" data-testid="theory-little">
          Little’s law, L = λ·W: on average {num(t.little.l)} in the station, and throughput{' '}
          {formatRate(m?.throughputPerS ?? 0)} × time inside {formatDuration(m?.meanTimeInSystemS)} ={' '}
          {num(t.little.lambdaW)}.{' '}
          {t.little.holds
            ? '✓ They agree.'
            : t.overloaded
              ? '✗ They differ: a growing backlog holds requests that have not finished yet, so W is still catching up.'
              : '✗ Not yet equal: give the run more time to settle.'}
        </p>
      )}
    </section>
  );
}
