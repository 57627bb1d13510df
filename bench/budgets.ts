/** The engine budgets of DESIGN.md section 6, in the units the benchmarks measure. */
export const BUDGETS = {
  /** Engine, M/M/1 loop, Node on a 2-core machine. */
  mm1EventsPerS: 5_000_000,
  /** Engine, the `full` preset. */
  fullEventsPerS: 2_000_000,
  /** One simulated hour of `full`. */
  fullHourWallMs: 2_000,
  /** Heap after that hour. */
  fullHeapMB: 100,
  /**
   * "Memory grows with requests in flight, not with requests served": the retained heap after
   * ten times more served requests may differ by GC noise only.
   */
  memoryGrowthMB: 2,
} as const;
