/** The state of the run: playing or not, speed, and the live figures the bridge publishes. */
import type { StateCreator } from 'zustand/vanilla';
import type { Halt, RunReport } from '../../engine/index.ts';
import type { Speed } from '../../worker/protocol.ts';
import type { SimHealth } from '../../worker/sim-health.ts';
import { EMPTY_LIVE, type LiveFigures } from '../live-figures.ts';
import type { SeriesPoint } from '../series.ts';
import type { AppState } from '../store.ts';

export type RunStatus = 'playing' | 'paused';

export interface RunSlice {
  status: RunStatus;
  speed: Speed;
  /** Replaced a few times a second by the snapshot bridge. */
  live: LiveFigures;
  /** The engine's windowed metrics; refreshed a couple of times a second. */
  report: RunReport | null;
  /** Chart history per node id, bounded in simulated time. */
  series: Record<string, SeriesPoint[]>;
  halt: Halt | null;
  error: string | null;
  /** What the worker watchdog last noticed (sim-client.ts); `ok` until something goes wrong. */
  health: SimHealth;
  setStatus: (status: RunStatus) => void;
  setSpeed: (speed: Speed) => void;
  publishLive: (live: LiveFigures, series: Record<string, SeriesPoint[]>) => void;
  setReport: (report: RunReport) => void;
  setHalt: (halt: Halt | null) => void;
  setError: (error: string | null) => void;
  setHealth: (health: SimHealth) => void;
  /** Forget everything the previous run produced (reset, new scenario, new seed). */
  clearRun: () => void;
}

export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set) => ({
  status: 'paused',
  speed: 1,
  live: EMPTY_LIVE,
  report: null,
  series: {},
  halt: null,
  error: null,
  health: { phase: 'ok' },
  setStatus: (status) => set({ status }),
  setSpeed: (speed) => set({ speed }),
  publishLive: (live, series) => set({ live, series }),
  setReport: (report) => set({ report }),
  setHalt: (halt) => set(halt ? { halt, status: 'paused' } : { halt }),
  setError: (error) => set({ error }),
  setHealth: (health) => set({ health }),
  clearRun: () => set({ live: EMPTY_LIVE, report: null, series: {}, halt: null, error: null }),
});
