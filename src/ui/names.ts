/** Words for the engine's identifiers, as the class sees them. */
import type { Outcome, OverflowPolicy } from '../scenario/types.ts';

// Node kinds and balancing algorithms: their names live with their records (src/content).
export { ALGORITHM_NAME } from '../content/algorithm-names.ts';
export { KIND_NAME } from '../content/kind-names.ts';

export const OVERFLOW_NAME: Record<OverflowPolicy, string> = {
  'reject-new': 'Reject new',
  'drop-oldest': 'Drop oldest',
  'dead-letter': 'Dead-letter oldest',
  block: 'Block producer',
};

export const OUTCOME_NAME: Record<Outcome, string> = {
  ok: 'OK',
  unauthorized: 'Unauthorized',
  invalid: 'Invalid',
  'rate-limited': 'Rate limited',
  'not-found': 'Not found',
  'queue-full': 'Queue full',
  evicted: 'Evicted',
  'dead-lettered': 'Dead-lettered',
  error: 'Error',
  unavailable: 'Unavailable',
  timeout: 'Timed out',
  'circuit-open': 'Circuit open',
};
