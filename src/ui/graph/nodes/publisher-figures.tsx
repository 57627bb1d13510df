/**
 * On a node that publishes to a queue (a client or a service with an edge into one): what became of
 * its jobs, per second over the recent window. Publishing is asynchronous, so the publisher's own
 * requests succeed while the queue refuses, evicts or dead-letters the jobs; this is where the
 * producer sees it. Under `block` it shows the jobs its workers hold.
 */
import { formatCount, formatRate } from '../../format.ts';
import { useAppStore } from '../../sim-context.ts';
import { LOSSES, WINDOW_NOTE, type LossKind } from './job-fate.ts';
import { Figure } from './node-frame.tsx';

const tenth = (x: number) => Math.round(x * 10) / 10;

function JobLoss({ id, loss }: { id: string; loss: LossKind }) {
  const perS = useAppStore((s) => tenth(s.live.nodes[id]?.jobs?.[loss.publisherRate] ?? 0));
  // Shown while jobs are lost this way, or for the policy of a queue it publishes to.
  const relevant = useAppStore((s) =>
    s.scenario.edges.some(
      (e) =>
        e.from === id &&
        s.scenario.nodes.some((n) => n.id === e.to && n.kind === 'queue' && n.overflow === loss.policy),
    ),
  );
  if (!relevant && perS === 0) return null;
  return (
    <Figure
      name={`Jobs ${loss.name.toLowerCase()}`}
      value={<span title={WINDOW_NOTE}>{formatRate(perS)}</span>}
      testId={`jobs-${loss.publisherCount}-${id}`}
      tone={perS > 0 ? 'bad' : undefined}
    />
  );
}

export function PublisherFigures({ id }: { id: string }) {
  // From the diagram, not the first figures: the lines are there from the start, so the node keeps
  // its size and the graph does not refit when the first jobs are counted.
  const publishes = useAppStore((s) =>
    s.scenario.edges.some(
      (e) => e.from === id && s.scenario.nodes.some((n) => n.id === e.to && n.kind === 'queue'),
    ),
  );
  const published = useAppStore((s) => tenth(s.live.nodes[id]?.jobs?.publishedPerS ?? 0));
  const held = useAppStore((s) => s.live.nodes[id]?.held ?? 0);
  if (!publishes) return null;
  return (
    <>
      <Figure
        name="Jobs published"
        value={<span title={WINDOW_NOTE}>{formatRate(published)}</span>}
        testId={`jobs-published-${id}`}
      />
      {LOSSES.map((loss) => (
        <JobLoss key={loss.outcome} id={id} loss={loss} />
      ))}
      {held > 0 && (
        <Figure
          name="Jobs held (queue full)"
          value={formatCount(held)}
          tone="bad"
          testId={`jobs-held-${id}`}
        />
      )}
    </>
  );
}
