/** Outcomes as indexes into OUTCOMES, for typed counters on the hot path. */
import { DROP_OUTCOMES, OUTCOMES, type Outcome } from '../scenario/types.ts';

const code = (outcome: Outcome): number => OUTCOMES.indexOf(outcome);

export const OK = code('ok');
export const UNAUTHORIZED = code('unauthorized');
export const INVALID = code('invalid');
export const RATE_LIMITED = code('rate-limited');
export const NOT_FOUND = code('not-found');
export const QUEUE_FULL = code('queue-full');
export const EVICTED = code('evicted');
export const DEAD_LETTERED = code('dead-lettered');
export const ERROR = code('error');
export const UNAVAILABLE = code('unavailable');
export const TIMEOUT = code('timeout');
export const CIRCUIT_OPEN = code('circuit-open');

/** IS_DROP[code]: refused for lack of capacity (counts towards dropRate). */
export const IS_DROP: readonly boolean[] = OUTCOMES.map((outcome) => DROP_OUTCOMES.includes(outcome));
