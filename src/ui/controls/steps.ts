/** The slider ladders of the parameter controls, computed once. */
import { formatCount, formatDuration, formatPercent } from '../format.ts';
import { integerSteps, niceSteps } from './nice-steps.ts';

export const RATE_STEPS = [0, ...niceSteps(0.5, 5000)];
export const SHARE_STEPS = [0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1];
export const SERVICE_TIME_STEPS = [0, ...niceSteps(0.001, 20)];
export const CONSUMER_RATE_STEPS = niceSteps(0.1, 1000);
export const CAPACITY_STEPS = [...niceSteps(1, 100_000).filter(Number.isInteger), Infinity];
export const BURST_STEPS = niceSteps(1, 1000).filter(Number.isInteger);
export const WEIGHT_STEPS = integerSteps(1, 10);

export function workerSteps(current: number): number[] {
  return integerSteps(1, Math.max(32, current));
}

export const formatRateSetting = (v: number) => `${formatCount(v)}/s`;
export const formatShare = formatPercent;
export const formatCapacity = (v: number) => (Number.isFinite(v) ? formatCount(v) : 'unbounded');
export { formatDuration };
