/**
 * The slider ladders of the parameter controls, computed once. Every ladder ends at the bound the
 * scenario format enforces (`LIMITS`, the one home of every bound), so a slider can reach every
 * value a file can hold and never one the format refuses; the lower ends are the finest setting
 * worth a stop (0 where "off" makes sense), not bounds.
 */
import { LIMITS } from '../../scenario/limits.ts';
import { formatCount, formatDuration, formatPercent } from '../format.ts';
import { integerSteps, niceSteps } from './nice-steps.ts';

/** The shortest non-zero service time a slider offers: 1 ms. */
const SERVICE_TIME_MIN_S = 0.001;
/** Workers and weights step one by one up to here, then on the nice ladder. */
const UNIT_STEPS_UP_TO = 32;

export const RATE_STEPS = [0, ...niceSteps(0.5, LIMITS.rate)];
export const RATE_LIMIT_STEPS = niceSteps(0.5, LIMITS.rateLimitRate);
/** Shares run from 0 to 1 by definition (the format's share rule). */
export const SHARE_STEPS = [0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1];
export const SERVICE_TIME_STEPS = [
  0,
  ...upTo(niceSteps(SERVICE_TIME_MIN_S, LIMITS.serviceTimeMean), LIMITS.serviceTimeMean),
];
/**
 * Jobs/s per consumer: 1 / mean service time, up to the fastest service time offered. Below
 * 0.1/s the rate would read "0/s"; slower consumers are set by their service time instead.
 */
export const CONSUMER_RATE_STEPS = niceSteps(0.1, 1 / SERVICE_TIME_MIN_S);
/** 0 is a station without a waiting room (calls are lost when every worker is busy). */
export const CAPACITY_STEPS = [0, ...niceSteps(1, LIMITS.capacity).filter(Number.isInteger), Infinity];
export const BURST_STEPS = niceSteps(1, LIMITS.burst).filter(Number.isInteger);
/** Weight 0 takes a server out of the weighted rotation. */
export const WEIGHT_STEPS = [0, ...integerSteps(1, 10), ...niceSteps(15, LIMITS.edgeWeight)];

const WORKER_STEPS = [
  ...integerSteps(1, UNIT_STEPS_UP_TO),
  ...niceSteps(UNIT_STEPS_UP_TO + 1, LIMITS.workers).filter(Number.isInteger),
];

/** 1, 2, ... 32, then 50, 75, 100, ... up to the limit; the current value is always a stop. */
/** The ladder, ending exactly at `max` (a bound need not be a nice number: 3,600 s). */
function upTo(steps: number[], max: number): number[] {
  return steps.at(-1) === max ? steps : [...steps, max];
}

export function workerSteps(current: number): number[] {
  if (WORKER_STEPS.includes(current) || !Number.isInteger(current)) return WORKER_STEPS;
  return [...WORKER_STEPS, current].sort((a, b) => a - b);
}

export const formatRateSetting = (v: number) => `${formatCount(v)}/s`;
export const formatShare = formatPercent;
export const formatCapacity = (v: number) => (Number.isFinite(v) ? formatCount(v) : 'unbounded');
export { formatDuration };
