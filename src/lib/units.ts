/**
 * Units as type names. The scenario format keeps the short JSON names of DESIGN.md (`rate`,
 * `latency`), so the unit lives in the type instead of the field name.
 */

/** Simulated seconds. */
export type Seconds = number;
/** Events per simulated second. */
export type PerSecond = number;
/** A share in [0, 1]. */
export type Share = number;
