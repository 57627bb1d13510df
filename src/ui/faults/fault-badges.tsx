/**
 * The faults in effect on a station node, drawn (fault-badge.tsx decides whether there are any
 * and loads this on demand): CRASHED, ×N slower, +N% errors as a tab on the card's top edge, and
 * while crashed what the crash ended ("✕ 6 lost · 503") on its bottom border, beside the crosses
 * the canvas draws where those requests stood.
 */
import { useAppStore } from '../sim-context.ts';
import { formatFactor } from './fault-text.ts';
import './faults.css';

export default function FaultBadges({ id, part }: { id: string; part: 'tab' | 'lost' }) {
  const crashed = useAppStore((s) => (s.live.nodes[id]?.crashed ?? 0) === 1);
  const lost = useAppStore((s) => s.live.nodes[id]?.lostInCrash ?? 0);
  const slowFactor = useAppStore((s) => s.live.nodes[id]?.slowFactor ?? 1);
  const extraErrors = useAppStore((s) => Math.round((s.live.nodes[id]?.extraErrorRate ?? 0) * 100));
  if (part === 'lost') {
    return (
      <span className="fs-lost-tag" data-testid={`fault-lost-${id}`}>
        {/* A crash that held nothing lost nothing: no 503 to name. */}
        <span aria-hidden="true">✕</span> {lost} lost{lost > 0 ? ' · 503' : ''}
      </span>
    );
  }
  return (
    <>
      {crashed && (
        <span className="fs-badge is-bad" data-testid={`fault-crashed-${id}`}>
          CRASHED
        </span>
      )}
      {slowFactor > 1 && (
        <span className="fs-badge is-warn" data-testid={`fault-slow-${id}`}>
          ×{formatFactor(slowFactor)} slower
        </span>
      )}
      {extraErrors > 0 && (
        <span className="fs-badge is-warn" data-testid={`fault-errors-${id}`}>
          +{extraErrors}% errors
        </span>
      )}
    </>
  );
}
