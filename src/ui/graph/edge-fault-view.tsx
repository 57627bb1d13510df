/**
 * What an edge shows of the faults in effect on it (DESIGN.md §8): a cut (`partition`) breaks the
 * line at its middle with a ✂ in the gap and says how many requests wait there (they pile up and
 * cross when it heals; the canvas draws the pile just before the gap); added latency (`latency`)
 * lays a dotted band over the line and says "+500 ms". The words sit under the edge's throughput
 * label, which is placed clear of nodes and paths. Pattern, symbol and words carry the meaning, not colour alone.
 * The figures are the engine's, from the latest snapshot. Loaded on demand, when an edge first has a
 * fault (edge-faults.tsx): most runs never need it.
 */
import { EdgeLabelRenderer } from '@xyflow/react';
import { formatCount, formatDuration } from '../format.ts';
import { useAppStore } from '../sim-context.ts';

/** The edge's faults now: cut or not, requests waiting at the cut, seconds added. */
function useEdgeFaults(index: number): { cut: boolean; piled: number; extraLatencyS: number } {
  const cut = useAppStore((s) => s.live.edges[index]?.cut ?? false);
  const piled = useAppStore((s) => s.live.edges[index]?.piled ?? 0);
  const extraLatencyS = useAppStore((s) => s.live.edges[index]?.extraLatency ?? 0);
  return { cut, piled, extraLatencyS };
}

/** A clock face: the stopwatch emoji is missing from many fonts (it drew as a box in Chromium on Linux). */
function ClockIcon() {
  return (
    <svg className="fs-edge-faults__icon" viewBox="0 0 16 16" width="13" height="13" aria-hidden="true">
      <circle cx="8" cy="8.5" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.75" />
      <path
        d="M8 5v3.75l2.5 1.5M6.5 1h3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.75"
        strokeLinecap="round"
      />
    </svg>
  );
}

/**
 * On the edge itself: the ✂ in the cut's gap (the edge's middle, x y) and, while slowed, a
 * dotted band over the line (its own path, so the arrowhead keeps its size).
 */
function EdgeFaultMarks({ index, path, x, y }: { index: number; path: string; x: number; y: number }) {
  const { cut, extraLatencyS } = useEdgeFaults(index);
  return (
    <>
      {extraLatencyS > 0 && <path d={path} className="fs-edge-slowed" data-testid={`edge-slowed-${index}`} />}
      {cut && (
        <EdgeLabelRenderer>
          <div
            className="fs-edge-cut nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
            aria-hidden="true"
            data-testid={`edge-cut-mark-${index}`}
          >
            ✂
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

/**
 * Beside the edge's throughput label (placed clear of nodes, paths and other labels), on its side
 * away from the line: what the faults do, in words — "cut · 19 waiting", "+500 ms".
 */
function EdgeFaultNotes({ index, above }: { index: number; above: boolean }) {
  const { cut, piled, extraLatencyS } = useEdgeFaults(index);
  if (!cut && extraLatencyS <= 0) return null;
  const latency = formatDuration(extraLatencyS);
  return (
    <div className={`fs-edge-faults${above ? ' is-above' : ''}`} data-testid={`edge-faults-${index}`}>
      {cut && (
        <span className="fs-edge-faults__cut" data-testid={`edge-cut-${index}`} data-piled={piled}>
          <span aria-hidden="true">✂</span> cut · {formatCount(piled)} waiting
        </span>
      )}
      {extraLatencyS > 0 && (
        <span className="fs-edge-faults__latency" data-testid={`edge-latency-${index}`}>
          <ClockIcon /> +{latency}
        </span>
      )}
    </div>
  );
}

/** The one export, so React's `lazy` can load it: `part` picks what to draw (edge-faults.tsx). */
export default function EdgeFaultView({
  part,
  index,
  path = '',
  x = 0,
  y = 0,
  above = false,
}: {
  part: 'marks' | 'notes';
  index: number;
  path?: string;
  x?: number;
  y?: number;
  above?: boolean;
}) {
  return part === 'marks' ? (
    <EdgeFaultMarks index={index} path={path} x={x} y={y} />
  ) : (
    <EdgeFaultNotes index={index} above={above} />
  );
}
