/**
 * Advancing the clock. Events are processed in (time, sequence) order; between events nothing
 * changes, so splitting an advance into any steps gives the same run, event for event.
 */
import type { Seconds } from '../lib/units.ts';
import { autoscaleTick, workersReady } from './autoscaler.ts';
import { callTimedOut, retryDue } from './callers.ts';
import {
  EV_ARRIVAL,
  EV_AUTOSCALE,
  EV_CANCELLED,
  EV_DONE,
  EV_EJECTION_END,
  EV_FAULT,
  EV_HOP,
  EV_PROBE,
  EV_RETRY,
  EV_TIMEOUT,
  EV_WORKER_READY,
} from './event-kinds.ts';
import { faultEvent } from './faults.ts';
import { endEjection, probeTargets } from './nodes/target-health.ts';
import { arriveAt, workerDone } from './node-kinds.ts';
import { clientArrival } from './nodes/client.ts';
import { diagnoseOverload } from './overload.ts';
import type { Simulation } from './simulation.ts';

const timeBits = new Float64Array(1);
const timeWords = new Uint32Array(timeBits.buffer);

/** Processes every event up to and including `untilS`, then sets the clock to `untilS`. */
export function advanceTo(sim: Simulation, untilS: Seconds): void {
  const queue = sim.queue;
  while (sim.halt === null && queue.size > 0 && queue.peekTime() <= untilS) processNext(sim);
  if (sim.halt === null && untilS > sim.nowS) sim.nowS = untilS;
}

/**
 * Processes at most `maxEvents` events no later than `untilS` (for "as fast as possible");
 * returns how many ran. The clock ends at the last event, or at `untilS` if the list ran dry.
 */
export function runEvents(sim: Simulation, maxEvents: number, untilS: Seconds = Infinity): number {
  const queue = sim.queue;
  let processed = 0;
  while (processed < maxEvents && sim.halt === null && queue.size > 0 && queue.peekTime() <= untilS) {
    processNext(sim);
    processed++;
  }
  if (sim.halt === null && processed < maxEvents && Number.isFinite(untilS) && untilS > sim.nowS) {
    sim.nowS = untilS;
  }
  return processed;
}

function processNext(sim: Simulation): void {
  const queue = sim.queue;
  const slot = queue.pop();
  // Read the event before handling it: handling schedules new events into freed slots.
  const timeS = queue.timeOf(slot);
  const kind = queue.kindOf(slot);
  const nodeIndex = queue.nodeOf(slot);
  const ref = queue.refOf(slot);
  const aux = queue.auxOf(slot);
  sim.nowS = timeS;
  if (kind === EV_CANCELLED) return;
  sim.events++;
  timeBits[0] = timeS;
  let hash = Math.imul(sim.logHash ^ (kind * 65536 + nodeIndex), 0x01000193);
  hash = Math.imul(hash ^ timeWords[0], 0x01000193);
  sim.logHash = Math.imul(hash ^ timeWords[1], 0x01000193) >>> 0;
  const node = sim.nodes[nodeIndex];
  if (kind === EV_DONE) {
    const token = sim.tokenAt(ref);
    token.doneEvent = -1;
    workerDone(sim, node, token);
  } else if (kind === EV_HOP) arriveAt(sim, sim.tokenAt(ref), node);
  else if (kind === EV_ARRIVAL) clientArrival(sim, node, ref);
  else if (kind === EV_FAULT) faultEvent(sim, ref);
  else if (kind === EV_PROBE) probeTargets(sim, node, ref);
  else if (kind === EV_EJECTION_END) endEjection(node, ref);
  else if (kind === EV_TIMEOUT) callTimedOut(sim, node, sim.tokenAt(ref), aux);
  else if (kind === EV_RETRY) retryDue(sim, node, sim.tokenAt(ref), aux);
  else if (kind === EV_AUTOSCALE) autoscaleTick(sim, node, ref);
  else if (kind === EV_WORKER_READY) workersReady(sim, node);
  if (sim.overloaded && sim.halt === null) sim.halt = diagnoseOverload(sim);
}
