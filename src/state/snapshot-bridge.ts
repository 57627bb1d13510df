/**
 * Where worker messages enter the app. Dots go to the mutable dot frame the canvas reads every
 * animation frame; counters go into a sliding window; and a few times a second (not per event,
 * not per frame) the derived live figures are published to the store in one `set`.
 */
import type { Dots, RunReport, Snapshot } from '../engine/index.ts';
import { OUTCOMES, type Outcome } from '../scenario/types.ts';
import type { FromWorker } from '../worker/protocol.ts';
import type { DotFrame } from './dot-frame.ts';
import { addLostMarks, createLostMarks } from './lost-marks.ts';
import { deriveLive, sampleWidth, writeSample } from './derive-live.ts';
import { RateWindow } from './rate-window.ts';
import { appendPoint, type SeriesPoint } from './series.ts';
import type { AppStore } from './store.ts';

export const PUBLISH_EVERY_MS = 250;
/** Rates are measured over this much simulated time. */
export const RATE_WINDOW_S = 4;
/** Ask for the (heavier) metric report on every n-th publish while playing. */
const REPORT_EVERY_PUBLISHES = 2;

export interface BridgeOptions {
  nowMs: () => number;
  /** Returns the buffers of a snapshot that is no longer drawn to the worker. */
  recycle: (dots: Dots) => void;
  requestReport: () => void;
}

export interface SnapshotBridge {
  receive(message: FromWorker): void;
  /** Forget the previous run (call on load, reset and seed change, before the new run starts). */
  clear(): void;
}

const OUTCOME_INDEX = new Map<Outcome, number>(OUTCOMES.map((o, i) => [o, i]));

export function createSnapshotBridge(
  store: AppStore,
  frame: DotFrame,
  options: BridgeOptions,
): SnapshotBridge {
  let rates = new RateWindow(1);
  let scratch = new Float64Array(1);
  let lastPublishMs = -Infinity;
  let publishes = 0;

  function clear(): void {
    const { nodes, edges } = store.getState().topology;
    rates = new RateWindow(sampleWidth(nodes.length, edges.length));
    scratch = new Float64Array(rates.width);
    if (frame.dots) options.recycle(frame.dots);
    frame.dots = null;
    frame.nodes = null;
    frame.edges = null;
    frame.lost = createLostMarks();
    frame.timeS = 0;
    frame.version++;
    frame.markers.reset(nodes.length);
    lastPublishMs = -Infinity;
    store.getState().clearRun();
    // A new run has no traced request: the timeline closes.
    store.getState().setTracing(false);
  }

  function publish(snapshot: Snapshot, report: RunReport | null): void {
    const state = store.getState();
    const live = deriveLive(snapshot, state.topology, state.scenario, rates, RATE_WINDOW_S);
    const series: Record<string, SeriesPoint[]> = {};
    for (const node of state.topology.nodes) {
      const figures = live.nodes[node.id];
      const latency = node.kind === 'client' ? report?.clients[node.id]?.latency : report?.nodes[node.id];
      series[node.id] = appendPoint(state.series[node.id] ?? [], {
        tS: snapshot.timeS,
        throughputPerS: node.kind === 'client' ? figures.arrivalsPerS : figures.throughputPerS,
        waiting: figures.waiting + figures.held,
        utilization: figures.utilization,
        p50S: latency?.p50 ?? null,
        p95S: latency?.p95 ?? null,
        p99S: latency?.p99 ?? null,
        workers: figures.workers,
        workersWithStarting: figures.workers + figures.starting,
        targetWorkers: figures.desiredWorkers,
      });
    }
    state.publishLive(live, series);
  }

  function onSnapshot(snapshot: Snapshot, playing: boolean): void {
    const { nodes, edges } = store.getState().topology;
    // A snapshot of a scenario that has just been replaced: its indexes mean nothing any more.
    if (snapshot.nodes.length !== nodes.length || snapshot.edgeCounts.length !== edges.length) {
      options.recycle(snapshot.dots);
      return;
    }
    const now = options.nowMs();
    if (frame.dots) options.recycle(frame.dots);
    frame.dots = snapshot.dots;
    frame.nodes = snapshot.nodes;
    frame.edges = snapshot.edges;
    addLostMarks(frame.lost, snapshot.lost);
    frame.timeS = snapshot.timeS;
    frame.version++;
    for (const ending of snapshot.endings) {
      frame.markers.add(ending.nodeIndex, OUTCOME_INDEX.get(ending.outcome) ?? -1, now);
    }

    // Enough samples to measure rates, few enough to bound the work at high speed.
    if (snapshot.timeS - rates.latestTimeS >= RATE_WINDOW_S / 24 || snapshot.timeS < rates.latestTimeS) {
      writeSample(scratch, snapshot);
      rates.push(snapshot.timeS, scratch);
    }
    if (snapshot.halt && !store.getState().halt) store.getState().setHalt(snapshot.halt);

    // While paused every snapshot answers a command (step, reset, edit): show it at once.
    if (!playing || now - lastPublishMs >= PUBLISH_EVERY_MS) {
      lastPublishMs = now;
      publish(snapshot, store.getState().report);
      if (!playing || ++publishes % REPORT_EVERY_PUBLISHES === 0) options.requestReport();
    }
  }

  return {
    clear,
    receive(message) {
      switch (message.type) {
        case 'snapshot':
          onSnapshot(message.snapshot, message.playing);
          break;
        case 'report':
          store.getState().setReport(message.report);
          break;
        case 'trace':
          if (store.getState().tracing) store.getState().setTrace(message.trace);
          break;
        case 'halt':
          store.getState().setHalt(message.halt);
          break;
        case 'error':
          store.getState().setError(message.message);
          break;
        case 'applied':
          store.getState().applyScenarioChange(message.change);
          break;
        case 'idle':
          break;
      }
    },
  };
}
