/**
 * Service-time distributions. Input may be a bare number as shorthand for an exponential
 * distribution with that mean (the common case in queueing examples), or the full object.
 */
import * as v from 'valibot';
import { LIMITS } from './limits.ts';
import { clipReceived } from './quote-text.ts';
import { notAList, numberIn, strictObjectOf } from './fields.ts';
import type { Distribution } from './types.ts';

/** Filled in when a lognormal or uniform distribution leaves its shape out. */
export const DISTRIBUTION_DEFAULTS = Object.freeze({
  /** Lognormal coefficient of variation: 1 matches the exponential's spread, with a heavier tail. */
  cv: 1,
  /** Uniform half-width relative to the mean: 1 gives U(0, 2·mean). */
  spread: 1,
});

export const DISTRIBUTION_KINDS = ['exponential', 'constant', 'lognormal', 'uniform'] as const;

const mean = numberIn(0, LIMITS.serviceTimeMean, 's');
const what =
  "a service time: a mean in seconds, or { dist, mean } with dist 'exponential', 'constant', 'lognormal' or 'uniform'";

const distributionObject = v.variant(
  'dist',
  [
    strictObjectOf({ dist: v.literal('exponential'), mean }, what),
    strictObjectOf({ dist: v.literal('constant'), mean }, what),
    strictObjectOf({ dist: v.literal('lognormal'), mean, cv: v.optional(numberIn(0, LIMITS.cv)) }, what),
    strictObjectOf(
      { dist: v.literal('uniform'), mean, spread: v.optional(numberIn(0, LIMITS.spread)) },
      what,
    ),
  ],
  (issue) =>
    issue.expected === 'Object'
      ? `must be ${what}; got ${clipReceived(issue.received)}`
      : `must be one of ${DISTRIBUTION_KINDS.map((d) => `'${d}'`).join(', ')}; got ${clipReceived(issue.received)}`,
);

const distributionObjectOnly = notAList(distributionObject, `must be ${what}; got a list`);

/** A service time: a number (exponential mean, seconds) or a distribution object. */
export const distributionSchema = v.lazy((input) =>
  typeof input === 'number' ? mean : distributionObjectOnly,
);

export type DistributionInput = v.InferOutput<typeof mean> | v.InferOutput<typeof distributionObject>;

/** Turns validated input into a distribution with every shape parameter present. */
export function toDistribution(input: DistributionInput): Distribution {
  if (typeof input === 'number') return { dist: 'exponential', mean: input };
  switch (input.dist) {
    case 'exponential':
    case 'constant':
      return { dist: input.dist, mean: input.mean };
    case 'lognormal':
      return { dist: 'lognormal', mean: input.mean, cv: input.cv ?? DISTRIBUTION_DEFAULTS.cv };
    case 'uniform':
      return { dist: 'uniform', mean: input.mean, spread: input.spread ?? DISTRIBUTION_DEFAULTS.spread };
  }
}
