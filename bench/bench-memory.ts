/**
 * "Memory grows with requests in flight, not with requests served" (DESIGN.md section 6): the
 * same `full` simulation is measured after N finished requests and jobs and again after ten times
 * as many; the retained heap must stay flat (the in-flight count is about the same both times).
 */
import { advanceTo, collectReport, createSimulation } from '../src/engine/index.ts';
import { BUDGETS } from './budgets.ts';
import { retainedHeapMB } from './heap.ts';
import type { Figure } from './report.ts';
import { fullScenario } from './scenarios.ts';

export function benchMemory(quick: boolean): Figure[] {
  const firstS = quick ? 300 : 900;
  const sim = createSimulation(fullScenario(), { seed: 1, warmupS: 60 });
  advanceTo(sim, firstS);
  const before = collectReport(sim).totals;
  const beforeMB = retainedHeapMB();
  advanceTo(sim, firstS * 10);
  const after = collectReport(sim).totals;
  const afterMB = retainedHeapMB();
  const growthMB = afterMB - beforeMB;
  const served = `${before.finished.toLocaleString('en')} → ${after.finished.toLocaleString('en')} finished`;
  const inFlight = `in flight ${before.inFlight} → ${after.inFlight}`;
  return [
    {
      label: 'heap growth over 10× more served requests',
      value: `${growthMB >= 0 ? '+' : ''}${growthMB.toFixed(2)} MB`,
      budget: `≤ +${BUDGETS.memoryGrowthMB} MB`,
      pass: growthMB <= BUDGETS.memoryGrowthMB,
      note: `${beforeMB.toFixed(1)} → ${afterMB.toFixed(1)} MB; ${served}; ${inFlight}`,
    },
  ];
}
