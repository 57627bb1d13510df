/**
 * Following one request: every hop it travels, every node it visits (waiting and service apart),
 * the branches an orchestrator calls for it, the jobs it publishes, and how it ends. Only the
 * traced ids are recorded, and the record is bounded, so tracing costs nothing when off.
 */
import type { Seconds } from '../lib/units.ts';
import { OUTCOMES, type Outcome } from '../scenario/types.ts';
import type { Simulation } from './simulation.ts';
import { TOKEN_JOB, type Token } from './token.ts';

/** Steps kept for one trace; a request's path is a few dozen at most. */
const MAX_STEPS = 400;

export interface TraceStep {
  kind: 'travel' | 'visit' | 'end';
  /** Travel: the node it heads to; visit/end: the node. */
  nodeIndex: number;
  /** Travel only; else -1. */
  edgeIndex: number;
  /** 0 for the request itself, k for an orchestrator's k-th branch call. */
  lane: number;
  job: boolean;
  fromS: Seconds;
  /** Visit: when it joined the waiting line (after a fan-out, at an orchestrator). */
  queuedS: Seconds;
  /** Visit: when service started. */
  startS: Seconds;
  toS: Seconds;
  outcome: Outcome | null;
}

export interface Trace {
  requestId: number;
  steps: TraceStep[];
  /** The request's outcome once it has ended. */
  outcome: Outcome | null;
}

/** Which request "trace next" waits for: from one client (by node index) and/or on one route. */
export interface TraceFilter {
  clientIndex?: number;
  route?: string;
}

/**
 * The next request a client emits will be traced; with a filter, the next one from that client on
 * that route (so an orchestrator's fan-out can be traced on purpose). Tracing draws no random
 * number and schedules no event, so a traced run stays figure for figure the same.
 */
export function traceNextRequest(sim: Simulation, filter: TraceFilter = {}): void {
  sim.traceNext = true;
  sim.traceFilter = filter;
}

/** Whether the request a client is emitting is the one "trace next" waits for. */
export function wantsTrace(sim: Simulation, clientIndex: number, route: string): boolean {
  if (!sim.traceNext) return false;
  const { clientIndex: client, route: wanted } = sim.traceFilter;
  return (client === undefined || client === clientIndex) && (wanted === undefined || wanted === route);
}

/** Traces a request already in flight (a clicked dot), from now on. */
export function traceRequest(sim: Simulation, requestId: number): void {
  sim.trace = { requestId, steps: [], outcome: null };
  sim.tracedIds.clear();
  sim.tracedIds.add(requestId);
  sim.traceNext = false;
}

export function stopTrace(sim: Simulation): void {
  sim.trace = null;
  sim.tracedIds.clear();
  sim.traceNext = false;
}

/** A copy of the current trace, safe to post to another thread. */
export function readTrace(sim: Simulation): Trace | null {
  return sim.trace === null ? null : { ...sim.trace, steps: sim.trace.steps.slice() };
}

export function isTraced(sim: Simulation, token: Token): boolean {
  return sim.tracedIds.size > 0 && sim.tracedIds.has(token.id);
}

export function recordStep(
  sim: Simulation,
  token: Token,
  step: Omit<TraceStep, 'lane' | 'job' | 'queuedS' | 'outcome'> & Partial<Pick<TraceStep, 'queuedS'>>,
  outcome = -1,
): void {
  const trace = sim.trace;
  if (trace === null) return;
  if (trace.steps.length < MAX_STEPS) {
    trace.steps.push({
      ...step,
      queuedS: step.queuedS ?? step.fromS,
      lane: token.lane,
      job: token.kind === TOKEN_JOB,
      outcome: outcome >= 0 ? OUTCOMES[outcome] : null,
    });
  }
  if (step.kind === 'end' && token.id === trace.requestId && token.lane === 0 && token.kind !== TOKEN_JOB) {
    trace.outcome = OUTCOMES[outcome];
  }
}
