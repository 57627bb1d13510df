/** What a station node shows of the faults in effect on it: crashed, ×N slower, extra errors. */
import type { ReactNode } from 'react';
import { useAppStore } from '../sim-context.ts';
import { formatFactor } from './fault-text.ts';
import './faults.css';

export interface FaultLook {
  crashed: boolean;
  badge: ReactNode;
}

/** The badge (or badges) for node `id`; `crashed` also dims the node like a `down` one. */
export function useFaultLook(id: string): FaultLook {
  const crashed = useAppStore((s) => (s.live.nodes[id]?.crashed ?? 0) === 1);
  const slowFactor = useAppStore((s) => s.live.nodes[id]?.slowFactor ?? 1);
  const extraErrors = useAppStore((s) => Math.round((s.live.nodes[id]?.extraErrorRate ?? 0) * 100));
  const badges: ReactNode[] = [];
  if (crashed) {
    badges.push(
      <span key="crash" className="fs-badge is-bad" data-testid={`fault-crashed-${id}`}>
        CRASHED
      </span>,
    );
  }
  if (slowFactor > 1) {
    badges.push(
      <span key="slow" className="fs-badge is-warn" data-testid={`fault-slow-${id}`}>
        ×{formatFactor(slowFactor)} slower
      </span>,
    );
  }
  if (extraErrors > 0) {
    badges.push(
      <span key="errors" className="fs-badge is-warn" data-testid={`fault-errors-${id}`}>
        +{extraErrors}% errors
      </span>,
    );
  }
  return { crashed, badge: badges.length > 0 ? <>{badges}</> : undefined };
}
