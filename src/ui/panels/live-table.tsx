/** The inspector's live figures for one node, as a definition list that updates a few times a second. */
import { Fragment } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { OUTCOME_CODE, OUTCOMES, type NodeKind } from '../../scenario/types.ts';
import { formatCount, formatDuration, formatPercent, formatRate } from '../format.ts';
import { OUTCOME_NAME } from '../names.ts';
import { RATE_WINDOW_S } from '../../state/snapshot-bridge.ts';
import { LOSSES } from '../graph/nodes/job-fate.ts';
import { useAppStore } from '../sim-context.ts';

const OUTCOME_INDEX = new Map(OUTCOMES.map((o, i) => [o, i]));

/** A queue's losses per second now, one row per way it loses jobs (its policy's always). */
function QueueLossRows({ id }: { id: string }) {
  const overflow = useAppStore((s) => {
    const node = s.scenario.nodes.find((n) => n.id === id);
    return node?.kind === 'queue' ? node.overflow : null;
  });
  const rates = useAppStore(
    useShallow((s) =>
      LOSSES.map((l) => s.live.nodes[id]?.failedPerSByOutcome[OUTCOME_INDEX.get(l.outcome) ?? 0] ?? 0),
    ),
  );
  return (
    <>
      {LOSSES.map((loss, i) =>
        loss.policy === overflow || rates[i] > 0 ? (
          <Fragment key={loss.outcome}>
            <dt className={rates[i] > 0 ? 'is-bad' : undefined}>
              {loss.name} per second <span className="fs-live__note">(last {RATE_WINDOW_S} s)</span>
            </dt>
            <dd
              className={rates[i] > 0 ? 'is-bad' : undefined}
              data-testid={`inspector-loss-${loss.outcome}`}
            >
              {formatRate(rates[i])}
            </dd>
          </Fragment>
        ) : null,
      )}
    </>
  );
}

/** What became of the jobs this node published: counts so far and rates now. */
function PublisherRows({ id }: { id: string }) {
  const jobs = useAppStore((s) => s.live.nodes[id]?.jobs ?? null);
  const held = useAppStore((s) => s.live.nodes[id]?.held ?? 0);
  if (!jobs) return null;
  const rows: [string, number, number][] = [
    ['published', jobs.published, jobs.publishedPerS],
    ['done by a consumer', jobs.done, jobs.donePerS],
    ...LOSSES.filter((l) => jobs[l.publisherCount] > 0).map((l): [string, number, number] => [
      l.name.toLowerCase(),
      jobs[l.publisherCount],
      jobs[l.publisherRate],
    ]),
  ];
  return (
    <>
      {rows.map(([name, count, perS]) => (
        <Fragment key={name}>
          <dt>
            Jobs {name} <span className="fs-live__note">(now, last {RATE_WINDOW_S} s)</span>
          </dt>
          <dd data-testid={`inspector-jobs-${name.split(' ')[0]}`}>
            {formatRate(perS)} · {formatCount(count)} so far
          </dd>
        </Fragment>
      ))}
      {held > 0 && (
        <>
          <dt className="is-bad">Jobs held (queue full)</dt>
          <dd className="is-bad">{formatCount(held)}</dd>
        </>
      )}
    </>
  );
}

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
      {kind === 'queue' && <QueueLossRows id={id} />}
      <PublisherRows id={id} />
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
