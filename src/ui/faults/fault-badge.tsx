/**
 * What a station node shows of the faults in effect on it: crashed (and how much work the crash
 * ended), ×N slower, extra errors. The drawing loads on demand (fault-badges.tsx), the first time
 * a node has a fault: the initial bundle carries only this test.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { useAppStore } from '../sim-context.ts';

const FaultBadges = lazy(() => import('./fault-badges.tsx'));

export interface FaultLook {
  crashed: boolean;
  /** The tab on the card's top edge: CRASHED, ×N slower, +N% errors. */
  badge: ReactNode;
  /**
   * While crashed: what the crash ended ("✕ 6 lost · 503"), a tag on the node's bottom border at
   * the right, beside the crosses the canvas draws where those requests stood. It takes no room in
   * the card, so a crash never makes a node taller and overlap its neighbour.
   */
  tag: ReactNode;
}

/** The badges for node `id`; `crashed` also dims the node like a `down` one. */
export function useFaultLook(id: string): FaultLook {
  const crashed = useAppStore((s) => (s.live.nodes[id]?.crashed ?? 0) === 1);
  const faulty = useAppStore(
    (s) => (s.live.nodes[id]?.slowFactor ?? 1) > 1 || (s.live.nodes[id]?.extraErrorRate ?? 0) > 0,
  );
  const part = (which: 'tab' | 'lost') => (
    <Suspense fallback={null}>
      <FaultBadges id={id} part={which} />
    </Suspense>
  );
  return { crashed, badge: crashed || faulty ? part('tab') : undefined, tag: crashed ? part('lost') : null };
}
