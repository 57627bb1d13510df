/**
 * The engine's public API: plain functions over a `Simulation` value. Pure and seeded: no clock,
 * no unseeded randomness, no timers, no DOM, so it runs unchanged in the worker, in Node and in tests.
 */
export type { Simulation } from './simulation.ts';
export { createSimulation } from './simulation.ts';
export { advanceTo, runEvents } from './run.ts';
export { applyChange } from './changes.ts';
export { takeSnapshot } from './snapshot.ts';
export { collectReport } from './report.ts';
export { OVERLOAD_LIMIT } from './overload.ts';
export {
  readTrace,
  stopTrace,
  traceNextRequest,
  traceRequest,
  type Trace,
  type TraceFilter,
  type TraceStep,
} from './trace.ts';
export * from './report-types.ts';
export { predictStation, type StationLoad, type StationPrediction } from './theory/predict-station.ts';
export { nodeTheory, theoryFigures, type NodeTheory, type TheoryFigures } from './theory/node-theory.ts';
export { addFaultNow, endFaultNow, removeFault } from './fault-changes.ts';
