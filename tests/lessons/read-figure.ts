/**
 * Runs a scenario the way the app does (no warm-up, live rates over the store's sliding window)
 * and reads a lesson's `Reading` off the result: the same number a learner sees on screen.
 */
import { advanceTo, collectReport, createSimulation, takeSnapshot } from '../../src/engine/index.ts';
import type { RunReport } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { OUTCOMES } from '../../src/scenario/types.ts';
import { deriveLive, sampleWidth, writeSample } from '../../src/state/derive-live.ts';
import type { LiveFigures } from '../../src/state/live-figures.ts';
import { RateWindow } from '../../src/state/rate-window.ts';
import { RATE_WINDOW_S } from '../../src/state/snapshot-bridge.ts';
import { topologyOf } from '../../src/state/topology.ts';
import type { Reading } from '../../src/ui/lessons/types.ts';

export interface Screen {
  scenario: Scenario;
  live: LiveFigures;
  report: RunReport;
}

/** The bridge samples at most this often; only the last window matters, so sampling starts late. */
const SAMPLE_EVERY_S = RATE_WINDOW_S / 24;

/** What the screen shows after `runForS` simulated seconds of `scenario` with this seed. */
export function runToScreen(scenario: Scenario, runForS: number, seed = scenario.seed): Screen {
  const sim = createSimulation(scenario, { seed });
  const topology = topologyOf(scenario);
  const rates = new RateWindow(sampleWidth(topology.nodes.length, topology.edges.length));
  const sample = new Float64Array(rates.width);
  const startS = Math.max(0, runForS - RATE_WINDOW_S - 2 * SAMPLE_EVERY_S);
  advanceTo(sim, startS);
  let snapshot = takeSnapshot(sim, 1);
  for (let i = 1; ; i++) {
    writeSample(sample, snapshot);
    rates.push(snapshot.timeS, sample);
    if (snapshot.timeS >= runForS) break;
    advanceTo(sim, Math.min(runForS, startS + i * SAMPLE_EVERY_S));
    snapshot = takeSnapshot(sim, 1);
  }
  const live = deriveLive(snapshot, topology, scenario, rates, RATE_WINDOW_S);
  return { scenario, live, report: collectReport(sim) };
}

/** The reading in display units (percent for shares), or NaN if the screen would show nothing. */
export function readFigure(screen: Screen, reading: Reading): number {
  const { live, report, scenario } = screen;
  switch (reading.figure) {
    case 'backlog':
      return live.nodes[reading.nodeId].waiting;
    case 'growth':
      return live.nodes[reading.nodeId].waitingGrowthPerS;
    case 'held':
      return live.nodes[reading.nodeId].held;
    case 'utilization':
      return live.nodes[reading.nodeId].utilization * 100;
    case 'arriving':
      return live.nodes[reading.nodeId].arrivalsPerS;
    case 'finishing':
      return live.nodes[reading.nodeId].throughputPerS;
    case 'failing':
      return live.nodes[reading.nodeId].failedPerS;
    case 'dead-letters':
      return live.nodes[reading.nodeId].deadLettered;
    case 'failures':
      return live.nodes[reading.nodeId].failed[OUTCOMES.indexOf(reading.outcome)];
    case 'outcome-rate':
      return live.nodes[reading.nodeId].failedPerSByOutcome[OUTCOMES.indexOf(reading.outcome)];
    case 'edge-rate': {
      const index = scenario.edges.findIndex((e) => e.from === reading.from && e.to === reading.to);
      return index < 0 ? NaN : live.edgeRatePerS[index];
    }
    case 'rho':
      return report.nodes[reading.nodeId].utilization * 100;
    case 'first-full':
      return report.nodes[reading.nodeId].firstDropAt ?? NaN;
    case 'time-in-system':
      return report.nodes[reading.nodeId][reading.percentile];
    case 'latency':
      return report.clients[reading.clientId].latency[reading.percentile];
    case 'tries-per-request': {
      const client = live.nodes[reading.clientId];
      return client.arrivalsPerS > 0 ? client.attemptsPerS / client.arrivalsPerS : NaN;
    }
    case 'workers':
      return live.nodes[reading.nodeId].workers;
    case 'success':
    case 'outcome-share': {
      const client = report.clients[reading.clientId];
      const failed = Object.values(client.failed).reduce((sum, n) => sum + (n ?? 0), 0);
      const part = reading.figure === 'success' ? client.ok : (client.failed[reading.outcome] ?? 0);
      return (100 * part) / (client.ok + failed);
    }
  }
}
