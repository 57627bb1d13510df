/**
 * Compare mode in React: B's runtime while compare mode is on (null otherwise), read from the
 * session module, and a context with both sides for components that overlay A and B.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { compareRuntimeOf, subscribeCompareSessions } from '../../state/compare-session.ts';
import type { SimRuntime } from '../../state/sim-runtime.ts';
import { useSim } from '../sim-context.ts';

export interface ComparePair {
  a: SimRuntime;
  b: SimRuntime;
}

export const CompareContext = createContext<ComparePair | null>(null);

/** Both sides, inside compare mode's panes and panels; null outside compare mode. */
export function useComparePair(): ComparePair | null {
  return useContext(CompareContext);
}

/** B's runtime for A's runtime (the one in context), re-rendering when compare mode starts or stops. */
export function useCompareRuntime(): SimRuntime | null {
  const a = useSim();
  return useSyncExternalStore(subscribeCompareSessions, () => compareRuntimeOf(a));
}
