/**
 * Independent replications for the theory tests. Each replication is the same scenario with seed
 * base + i (independent streams), warmed up and run for the same window, so a metric's values over
 * the replications are i.i.d. and their standard error is honest whatever the autocorrelation
 * inside a run. Tolerances are then a number of standard errors (t-distribution with R − 1
 * degrees of freedom: 4 SE with R = 20 is a two-sided p ≈ 8·10⁻⁴ for a correct engine).
 */
import { expect } from 'vitest';
import { advanceTo, collectReport, createSimulation, type RunReport } from '../../../src/engine/index.ts';
import type { ScenarioEdge, ScenarioNode } from '../../../src/scenario/types.ts';
import { meanAndSe, scenario } from '../build-scenario.ts';

export interface Replicated {
  reports: RunReport[];
  /** Mean and standard error of one metric over the replications. */
  stat(pick: (report: RunReport) => number): { mean: number; se: number };
}

export function replicate(
  nodes: ScenarioNode[],
  edges: ScenarioEdge[],
  options: { replications: number; warmupS: number; durationS: number; seed?: number },
): Replicated {
  const reports: RunReport[] = [];
  for (let i = 0; i < options.replications; i++) {
    const sim = createSimulation(scenario(nodes, edges, (options.seed ?? 1000) + i), {
      warmupS: options.warmupS,
    });
    advanceTo(sim, options.warmupS + options.durationS);
    reports.push(collectReport(sim));
  }
  return { reports, stat: (pick) => meanAndSe(reports.map(pick)) };
}

/** Measured figures of every theory check, printed when THEORY_LOG is set. */
export function logFigure(
  name: string,
  measured: number,
  theory: number,
  tolerance: number,
  se?: number,
): void {
  if (process.env.THEORY_LOG) {
    const relative = theory !== 0 ? ` (${(((measured - theory) / theory) * 100).toFixed(2)}%)` : '';
    const seText = se === undefined ? '' : ` se ${se.toPrecision(3)}`;
    console.log(
      `THEORY ${name}: measured ${measured.toPrecision(6)} theory ${theory.toPrecision(6)}${relative}${seText} tol ±${tolerance.toPrecision(3)}`,
    );
  }
}

/**
 * |mean − theory| < k·SE, and the SE itself small enough (< maxRelativeSe of the theory) that the
 * check has power: a wrong engine off by a few percent fails it.
 */
export function expectWithinSe(
  name: string,
  stat: { mean: number; se: number },
  theory: number,
  options: { k?: number; maxRelativeSe?: number } = {},
): void {
  const k = options.k ?? 4;
  const tolerance = k * stat.se;
  logFigure(name, stat.mean, theory, tolerance, stat.se);
  expect(stat.se, `${name}: standard error too large for a meaningful check`).toBeLessThan(
    (options.maxRelativeSe ?? 0.02) * Math.abs(theory),
  );
  expect(Math.abs(stat.mean - theory), `${name}: ${stat.mean} vs ${theory} ± ${tolerance}`).toBeLessThan(
    tolerance,
  );
}

/** |measured − theory| ≤ tolerance (an absolute tolerance stated by the caller). */
export function expectWithin(name: string, measured: number, theory: number, tolerance: number): void {
  logFigure(name, measured, theory, tolerance);
  expect(Math.abs(measured - theory), `${name}: ${measured} vs ${theory} ± ${tolerance}`).toBeLessThanOrEqual(
    tolerance,
  );
}
