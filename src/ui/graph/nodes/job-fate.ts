/**
 * The three ways a full queue loses a job, in the words the cards, the inspector and the summary
 * use, with the live rate that shows each (per second over the store's sliding window).
 */
import type { Outcome, OverflowPolicy } from '../../../scenario/types.ts';
import { RATE_WINDOW_S } from '../../../state/snapshot-bridge.ts';
import type { JobFigures } from '../../../state/live-figures.ts';

export interface LossKind {
  outcome: Outcome;
  /** "Refused", "Evicted", "Dead-lettered". */
  name: string;
  policy: OverflowPolicy;
  publisherRate: keyof Pick<JobFigures, 'refusedPerS' | 'evictedPerS' | 'deadLetteredPerS'>;
  publisherCount: keyof Pick<JobFigures, 'refused' | 'evicted' | 'deadLettered'>;
}

export const LOSSES: readonly LossKind[] = [
  {
    outcome: 'queue-full',
    name: 'Refused',
    policy: 'reject-new',
    publisherRate: 'refusedPerS',
    publisherCount: 'refused',
  },
  {
    outcome: 'evicted',
    name: 'Evicted',
    policy: 'drop-oldest',
    publisherRate: 'evictedPerS',
    publisherCount: 'evicted',
  },
  {
    outcome: 'dead-lettered',
    name: 'Dead-lettered',
    policy: 'dead-letter',
    publisherRate: 'deadLetteredPerS',
    publisherCount: 'deadLettered',
  },
];

/** Said wherever a rate is shown, so a figure is never read as a total. */
export const WINDOW_NOTE = `per second over the last ${RATE_WINDOW_S} s of simulated time`;
