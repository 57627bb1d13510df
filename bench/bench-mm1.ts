/** Engine events per second on the M/M/1 loop (DESIGN.md section 6: ≥ 5 million events/s). */
import { BUDGETS } from './budgets.ts';
import { cpuShareNote, eventsPerCpuSecond, eventsPerSecond, median, repeat } from './measure.ts';
import { millions, type Figure } from './report.ts';
import { mm1Scenario } from './scenarios.ts';

export function benchMm1(quick: boolean): Figure[] {
  const scenario = mm1Scenario();
  const runWallMs = quick ? 300 : 1000;
  const runs = repeat((run) => eventsPerSecond(scenario, run + 2, run < 0 ? runWallMs / 2 : runWallMs), {
    minRuns: quick ? 2 : 5,
    maxRuns: 10,
    minTotalWallMs: quick ? 500 : 3000,
  });
  const rates = runs.map((run) => run.eventsPerS);
  const best = Math.max(...rates);
  const typical = median(rates);
  const totalS = runs.reduce((sum, run) => sum + run.wallMs, 0) / 1000;
  const budget = `≥ ${millions(BUDGETS.mm1EventsPerS)} events/s`;
  return [
    {
      label: 'events/s, best run',
      value: millions(best),
      budget,
      pass: best >= BUDGETS.mm1EventsPerS,
      note: `${runs.length} runs of ≥ ${runWallMs / 1000} s, ${totalS.toFixed(1)} s in all`,
    },
    {
      label: 'events/s, median run',
      value: millions(typical),
      budget,
      pass: typical >= BUDGETS.mm1EventsPerS,
      note: cpuShareNote(runs),
    },
    {
      label: 'events per CPU second, median',
      value: millions(eventsPerCpuSecond(runs)),
      note: 'load-independent',
    },
  ];
}
