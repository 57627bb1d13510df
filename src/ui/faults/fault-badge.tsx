/**
 * What a station node shows of the faults in effect on it: crashed (and how much work the crash
 * ended), ×N slower, extra errors.
 */
import type { ReactNode } from 'react';
import { useAppStore } from '../sim-context.ts';
import { formatFactor } from './fault-text.ts';
import './faults.css';

export interface FaultLook {
  crashed: boolean;
  badge: ReactNode;
  /**
   * While crashed: what the crash ended ("✕ 6 lost · 503"), a tag hanging under the node's
   * bottom-right corner, beside the crosses the canvas draws where those requests stood. It takes
   * no room in the card, so a crash never makes a node taller and overlap its neighbour.
   */
  tag: ReactNode;
}

/** The badge (or badges) for node `id`; `crashed` also dims the node like a `down` one. */
export function useFaultLook(id: string): FaultLook {
  const crashed = useAppStore((s) => (s.live.nodes[id]?.crashed ?? 0) === 1);
  const lost = useAppStore((s) => s.live.nodes[id]?.lostInCrash ?? 0);
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
  const tag = crashed ? (
    <span
      className="fs-lost-tag"
      data-testid={`fault-lost-${id}`}
      title={`The crash ended the ${lost} requests this node held (in service and waiting): 503 unavailable`}
    >
      <span aria-hidden="true">✕</span> {lost} lost · 503
    </span>
  ) : null;
  // Stickers on the card's top border, out of the header's flow: a badge beside the name squeezed
  // "App server 2" into a column of letters and made the card taller than its neighbours' gap.
  const badge =
    badges.length > 0 ? (
      <span className="fs-fault-stickers" data-testid={`fault-stickers-${id}`}>
        {badges}
      </span>
    ) : undefined;
  return { crashed, badge, tag };
}
