/**
 * Faults changed while a run is live (a click in the app). Each acts at the current instant and
 * leaves the run exactly as the scenario with the changed fault list would replay it: a fault
 * added "now" starts after the events of this instant, as its late-scheduled start would.
 */
import type { Fault } from '../scenario/types.ts';
import { EV_FAULT } from './event-kinds.ts';
import { cancelFaultEvents, registerFault } from './faults.ts';
import { advanceTo } from './run.ts';
import type { Simulation } from './simulation.ts';

/** Adds a fault starting now or later (appended to the scenario's list). */
export function addFaultNow(sim: Simulation, fault: Fault): void {
  if (fault.at < sim.nowS) throw new Error(`a fault added live starts now or later, not at ${fault.at} s`);
  // Every event of this instant runs first, exactly as before a late-scheduled start.
  advanceTo(sim, sim.nowS);
  sim.faults.push(registerFault(sim, fault));
  advanceTo(sim, sim.nowS);
}

/**
 * Heals fault `index` (recover, reconnect) at `atS`, now or within the next millisecond (the
 * stamped instant of a click, see `faultInstantS`): its `until` becomes that instant.
 */
export function endFaultNow(sim: Simulation, index: number, atS: number = sim.nowS): void {
  const state = sim.faults[index];
  if (state === undefined) throw new Error(`no fault ${index}`);
  if (!state.active) throw new Error(`fault ${index} is not in effect now`);
  if (atS < sim.nowS) throw new Error(`a fault ended live ends now or later, not at ${atS} s`);
  advanceTo(sim, sim.nowS);
  cancelFaultEvents(sim, state, 'end');
  state.fault = { ...state.fault, until: atS };
  state.endEvent = sim.queue.scheduleLate(atS, EV_FAULT, state.nodeIndex, state.id * 2 + 1);
  advanceTo(sim, sim.nowS);
}

/** Removes fault `index`, which must not have started yet. */
export function removeFault(sim: Simulation, index: number): void {
  const state = sim.faults[index];
  if (state === undefined) throw new Error(`no fault ${index}`);
  if (state.active || state.startEvent < 0)
    throw new Error(`fault ${index} has started; it can only be ended`);
  cancelFaultEvents(sim, state, 'both');
  sim.faults.splice(index, 1);
}
