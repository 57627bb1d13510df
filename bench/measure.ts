/**
 * Timing helpers: events per wall second over a run long enough to be stable, and the best and
 * median of several runs (best shows what the engine can do, median what to expect).
 */
import { createSimulation, runEvents } from '../src/engine/index.ts';
import type { Scenario } from '../src/scenario/types.ts';

/** Events per call between clock reads: large enough that reading the clock costs nothing. */
const CHUNK_EVENTS = 200_000;

export interface Rate {
  eventsPerS: number;
  events: number;
  wallMs: number;
  /** CPU time of this process over the same stretch: well below `wallMs` means a busy machine. */
  cpuMs: number;
}

/** CPU time (user + system) of this process so far, in ms. */
export function cpuNowMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Events per second of this process's CPU time, median over runs: barely moved by other processes
 * on the machine (GC threads count as CPU, so it errs low). Compare it with the wall-clock figures.
 */
export function eventsPerCpuSecond(runs: readonly { events: number; cpuMs: number }[]): number {
  return median(runs.map((run) => (run.events / run.cpuMs) * 1000));
}

/**
 * "CPU 97% of wall": below ~90% other processes took this core for part of the run, so the
 * figures understate the engine.
 */
export function cpuShareNote(runs: readonly { cpuMs: number; wallMs: number }[]): string {
  const cpuMs = runs.reduce((sum, run) => sum + run.cpuMs, 0);
  const wallMs = runs.reduce((sum, run) => sum + run.wallMs, 0);
  const share = wallMs > 0 ? cpuMs / wallMs : 1;
  return `CPU ${Math.round(share * 100)}% of wall${share < 0.9 ? ': the machine is busy, figures understate the engine' : ''}`;
}

/** Runs a fresh simulation for at least `minWallMs` of wall time and returns its pace. */
export function eventsPerSecond(scenario: Scenario, seed: number, minWallMs: number): Rate {
  const sim = createSimulation(scenario, { seed });
  const startMs = performance.now();
  const startCpuMs = cpuNowMs();
  let wallMs = 0;
  while (wallMs < minWallMs && sim.halt === null) {
    if (runEvents(sim, CHUNK_EVENTS) === 0) break;
    wallMs = performance.now() - startMs;
  }
  const cpuMs = cpuNowMs() - startCpuMs;
  return { eventsPerS: (sim.events / wallMs) * 1000, events: sim.events, wallMs, cpuMs };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Repeats `once` at least `minRuns` times and until `minTotalWallMs` has passed (at most
 * `maxRuns`), after one unrecorded run that lets the JIT compile the hot paths.
 */
export function repeat<T extends { wallMs: number }>(
  once: (run: number) => T,
  { minRuns, maxRuns, minTotalWallMs }: { minRuns: number; maxRuns: number; minTotalWallMs: number },
): T[] {
  once(-1);
  const results: T[] = [];
  let totalMs = 0;
  while (results.length < maxRuns && (results.length < minRuns || totalMs < minTotalWallMs)) {
    const result = once(results.length);
    results.push(result);
    totalMs += result.wallMs;
  }
  return results;
}
