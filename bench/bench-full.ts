/**
 * The `full` preset for one simulated hour, several times: events per second, simulated seconds
 * per wall second, the hour's wall time (< 2 s) and the heap after it (< 100 MB).
 */
import { advanceTo, createSimulation } from '../src/engine/index.ts';
import { BUDGETS } from './budgets.ts';
import { heapUsedMB, retainedHeapMB } from './heap.ts';
import { cpuNowMs, cpuShareNote, eventsPerCpuSecond, median, repeat } from './measure.ts';
import { millions, type Figure } from './report.ts';
import { fullScenario } from './scenarios.ts';

const HOUR_S = 3600;
/** Simulated seconds between heap samples: often enough to see the peak, rare enough to cost nothing. */
const SAMPLE_EVERY_S = 60;

interface HourRun {
  wallMs: number;
  cpuMs: number;
  events: number;
  peakHeapMB: number;
  retainedHeapMB: number;
}

function simulateHour(seed: number): HourRun {
  const sim = createSimulation(fullScenario(), { seed, warmupS: 60 });
  let peakHeapMB = heapUsedMB();
  let wallMs = 0;
  let cpuMs = 0;
  for (let untilS = SAMPLE_EVERY_S; untilS <= HOUR_S; untilS += SAMPLE_EVERY_S) {
    const startMs = performance.now();
    const startCpuMs = cpuNowMs();
    advanceTo(sim, untilS);
    wallMs += performance.now() - startMs;
    cpuMs += cpuNowMs() - startCpuMs;
    peakHeapMB = Math.max(peakHeapMB, heapUsedMB());
  }
  // Measured while `sim` is still alive: what the hour left behind, not what a GC already freed.
  const retained = retainedHeapMB();
  if (sim.halt !== null) throw new Error(`the full preset halted: ${sim.halt.message}`);
  return { wallMs, cpuMs, events: sim.events, peakHeapMB, retainedHeapMB: retained };
}

export function benchFull(quick: boolean): Figure[] {
  const runs = repeat((run) => simulateHour(run + 2), {
    minRuns: quick ? 1 : 3,
    maxRuns: 10,
    minTotalWallMs: quick ? 0 : 3000,
  });
  const rates = runs.map((run) => (run.events / run.wallMs) * 1000);
  const walls = runs.map((run) => run.wallMs);
  const wallMedian = median(walls);
  const heap = Math.max(...runs.map((run) => run.retainedHeapMB));
  const peak = Math.max(...runs.map((run) => run.peakHeapMB));
  const eventsBudget = `≥ ${millions(BUDGETS.fullEventsPerS)} events/s`;
  return [
    {
      label: 'events/s, best run',
      value: millions(Math.max(...rates)),
      budget: eventsBudget,
      pass: Math.max(...rates) >= BUDGETS.fullEventsPerS,
      note: `${runs.length} run${runs.length === 1 ? '' : 's'} of one simulated hour, ${Math.round(median(runs.map((run) => run.events))).toLocaleString('en')} events each`,
    },
    {
      label: 'events/s, median run',
      value: millions(median(rates)),
      budget: eventsBudget,
      pass: median(rates) >= BUDGETS.fullEventsPerS,
      note: cpuShareNote(runs),
    },
    {
      label: 'events per CPU second, median',
      value: millions(eventsPerCpuSecond(runs)),
      note: 'load-independent',
    },
    {
      label: 'simulated s per wall s, median',
      value: `${Math.round((HOUR_S / wallMedian) * 1000).toLocaleString('en')}×`,
    },
    {
      label: 'wall time of one simulated hour, median',
      value: `${(wallMedian / 1000).toFixed(2)} s`,
      budget: `< ${BUDGETS.fullHourWallMs / 1000} s`,
      pass: wallMedian < BUDGETS.fullHourWallMs,
      note: `best ${(Math.min(...walls) / 1000).toFixed(2)} s, worst ${(Math.max(...walls) / 1000).toFixed(2)} s`,
    },
    {
      label: 'heap after it (after GC, simulation alive)',
      value: `${heap.toFixed(1)} MB`,
      budget: `< ${BUDGETS.fullHeapMB} MB`,
      pass: heap < BUDGETS.fullHeapMB,
      note: `peak sampled during the hour, garbage included: ${peak.toFixed(1)} MB`,
    },
  ];
}
