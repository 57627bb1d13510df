/** How faults are named on screen, in one place (the inspector, the timeline, the badges). */
import { edgeEnds } from '../../scenario/fault.ts';
import type { Fault, Scenario } from '../../scenario/types.ts';

export function formatFactor(factor: number): string {
  return Number.isInteger(factor) ? String(factor) : factor.toFixed(1);
}

const seconds = (s: number) => `${s.toFixed(1)} s`;

/** "crash", "slow ×4", "errors +50%", "latency +0.5 s", "cut". */
export function faultName(fault: Fault): string {
  switch (fault.kind) {
    case 'crash':
      return 'crash';
    case 'slow':
      return `slow ×${formatFactor(fault.factor)}`;
    case 'errors':
      return `errors +${Math.round(fault.errorRate * 100)}%`;
    case 'latency':
      return `latency +${fault.latency} s`;
    case 'partition':
      return 'cut';
  }
}

/** "31.0 s → never", "10.0 s → 40.0 s". */
export function faultWindow(fault: Fault): string {
  return `${seconds(fault.at)} → ${fault.until === null ? 'never' : seconds(fault.until)}`;
}

/** The target in words: a node's label, or "Load balancer → App server 2". */
export function targetName(scenario: Scenario, target: string): string {
  const label = (id: string) => scenario.nodes.find((n) => n.id === id)?.label ?? id;
  const ends = edgeEnds(target);
  return ends ? `${label(ends.from)} → ${label(ends.to)}` : label(target);
}

export type FaultPhase = 'future' | 'active' | 'over';

export function faultPhase(fault: Fault, nowS: number): FaultPhase {
  if (nowS < fault.at) return 'future';
  return fault.until === null || nowS < fault.until ? 'active' : 'over';
}
