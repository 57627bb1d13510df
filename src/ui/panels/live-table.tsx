/** The inspector's live figures for one node, as a definition list that updates a few times a second. */
import { Fragment } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { OUTCOME_CODE, OUTCOMES, type NodeKind } from '../../scenario/types.ts';
import { formatCount, formatDuration, formatPercent, formatRate } from '../format.ts';
import { OUTCOME_NAME } from '../names.ts';
import { useAppStore } from '../sim-context.ts';

export function LiveTable({ id, kind }: { id: string; kind: NodeKind }) {
  // One shallow-compared tuple of primitives: re-renders only when a shown number changes.
  const [arrivalsPerS, throughputPerS, waiting, busy, workers, utilization, inSystem] = useAppStore(
    useShallow((s) => {
      const f = s.live.nodes[id];
      return [
        f?.arrivalsPerS ?? 0,
        f?.throughputPerS ?? 0,
        f?.waiting ?? 0,
        f?.busy ?? 0,
        f?.workers ?? 0,
        f?.utilization ?? 0,
        f?.inSystem ?? 0,
      ];
    }),
  );
  const failed = useAppStore(useShallow((s) => s.live.nodes[id]?.failed ?? []));
  const metrics = useAppStore((s) => (kind === 'client' ? null : s.report?.nodes[id]));
  const client = useAppStore((s) => (kind === 'client' ? s.report?.clients[id] : null));
  // A balancer hands requests on in zero time: its time in system says nothing.
  const latency = kind === 'loadBalancer' ? null : (client?.latency ?? metrics);
  return (
    <dl className="fs-live" data-testid="inspector-live">
      <dt>Arriving</dt>
      <dd>{formatRate(arrivalsPerS)}</dd>
      <dt>Finishing</dt>
      <dd>{formatRate(throughputPerS)}</dd>
      {kind !== 'client' && kind !== 'loadBalancer' && (
        <>
          <dt>{kind === 'queue' ? 'Backlog' : 'Waiting'}</dt>
          <dd>{formatCount(waiting)}</dd>
          <dt>In the system</dt>
          <dd>{formatCount(inSystem)}</dd>
        </>
      )}
      {workers > 0 && (
        <>
          <dt>Busy workers</dt>
          <dd>
            {busy} / {workers} ({formatPercent(utilization)} recently)
          </dd>
        </>
      )}
      {latency && (
        <>
          <dt>{client ? 'Latency p50 / p95 / p99' : 'Time in system p50 / p95 / p99'}</dt>
          <dd>
            {formatDuration(latency.p50)} / {formatDuration(latency.p95)} / {formatDuration(latency.p99)}
          </dd>
        </>
      )}
      {OUTCOMES.map((outcome, i) =>
        i > 0 && (failed[i] ?? 0) > 0 ? (
          <Fragment key={outcome}>
            <dt className="is-bad">
              {OUTCOME_CODE[outcome]} {OUTCOME_NAME[outcome]}
            </dt>
            <dd className="is-bad">{formatCount(failed[i])}</dd>
          </Fragment>
        ) : null,
      )}
    </dl>
  );
}
