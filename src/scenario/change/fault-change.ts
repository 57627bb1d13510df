/**
 * Live changes to the fault list (DESIGN.md section 8), each at the current instant so that a
 * link copied afterwards replays it: add a fault starting now, end an active fault now (recover,
 * reconnect), remove a fault that has not started. The instant is the simulation's: the worker
 * stamps `at` with its own clock before checking (sim-runner.ts), since the page's clock lags it.
 */
import { formatNumber } from '../fields.ts';
import { describeValue } from '../read-input.ts';
import type { Fault, Scenario, ScenarioError } from '../types.ts';
import { CHANGE_PATH, isRecord, unknownFields, type ChangeKind } from './change-kind.ts';

export interface AddFaultChange {
  type: 'add-fault';
  /** `at` is the current instant (stamped by the worker); values are checked by the fault schema. */
  fault: Fault;
}

export interface EndFaultChange {
  type: 'end-fault';
  /** Position in `scenario.faults`. */
  index: number;
  /** The current instant: the fault's new `until`. */
  at: number;
}

export interface RemoveFaultChange {
  type: 'remove-fault';
  index: number;
}

function checkIndex(raw: Readonly<Record<string, unknown>>, scenario: Scenario): ScenarioError[] {
  const { index } = raw;
  const count = scenario.faults.length;
  if (typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < count) return [];
  return [
    {
      path: `${CHANGE_PATH}.index`,
      message:
        count === 0
          ? `names a fault, but the scenario has none; got ${describeValue(index)}`
          : `must be a fault's index from 0 to ${formatNumber(count - 1)}; got ${describeValue(index)}`,
    },
  ];
}

export const addFaultChange: ChangeKind<AddFaultChange> = {
  check(raw) {
    const errors = unknownFields(raw, ['type', 'fault']);
    if (!isRecord(raw.fault)) {
      errors.push({
        path: `${CHANGE_PATH}.fault`,
        message: `must be a fault { at, until?, target, kind }; got ${describeValue(raw.fault)}`,
      });
    }
    return errors;
  },
  apply: (scenario, change) => ({ ...scenario, faults: [...scenario.faults, change.fault] }),
  settle: (_, valid) => ({ type: 'add-fault', fault: valid.faults[valid.faults.length - 1] }),
};

export const endFaultChange: ChangeKind<EndFaultChange> = {
  check(raw, scenario) {
    const errors = [...unknownFields(raw, ['type', 'index', 'at']), ...checkIndex(raw, scenario)];
    if (errors.length > 0) return errors;
    const fault = scenario.faults[raw.index as number];
    const at = raw.at;
    if (typeof at !== 'number' || !(at > fault.at) || (fault.until !== null && at >= fault.until)) {
      errors.push({
        path: `${CHANGE_PATH}.at`,
        message: `must be an instant while the fault lasts (after ${formatNumber(fault.at)} s${fault.until === null ? '' : `, before ${formatNumber(fault.until)} s`}); got ${describeValue(at)}`,
      });
    }
    return errors;
  },
  apply: (scenario, change) => ({
    ...scenario,
    faults: scenario.faults.map((fault, i) => (i === change.index ? { ...fault, until: change.at } : fault)),
  }),
  settle: (change) => change,
};

export const removeFaultChange: ChangeKind<RemoveFaultChange> = {
  check: (raw, scenario) => [...unknownFields(raw, ['type', 'index']), ...checkIndex(raw, scenario)],
  apply: (scenario, change) => ({
    ...scenario,
    faults: scenario.faults.filter((_, i) => i !== change.index),
  }),
  settle: (change) => change,
};

/**
 * "Now" for a fault added or ended by click: the simulation's instant rounded up to the next
 * millisecond, so the link that replays it reads `fault=crash,app-2,1.853`, not 1.852900000002235,
 * and replays it at exactly the instant the live run used (the engine acts at this `at`).
 */
export function faultInstantS(nowS: number): number {
  const ms = Math.max(0, Math.ceil(nowS * 1000 - 1e-6)); // max: never -0 at t = 0
  // 0.1 + 0.2 is a hair above 0.3: then the next millisecond.
  return ms / 1000 >= nowS ? ms / 1000 : (ms + 1) / 1000;
}

/** The change with the simulation's current instant filled in (add and end act "now"). */
export function stampNow<C extends { type: string }>(change: C, nowS: number): C {
  const raw = change as unknown as Record<string, unknown>;
  if (raw.type === 'add-fault' && isRecord(raw.fault))
    return { ...change, fault: { ...raw.fault, at: faultInstantS(nowS) } };
  if (raw.type === 'end-fault') return { ...change, at: faultInstantS(nowS) };
  return change;
}
