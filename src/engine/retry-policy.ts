/**
 * What a caller (client or gateway) keeps for its retries: the jitter stream, the outcomes it
 * retries as a bit mask, and the 10-second windows of first attempts and retries its budget reads
 * (DESIGN.md section 8).
 */
import { Deque } from '../lib/deque.ts';
import type { Seconds } from '../lib/units.ts';
import { OUTCOMES, type Backoff, type RetryBudget, type RetryPolicy } from '../scenario/types.ts';
import { RandomStream } from './random.ts';

/** The budget looks at the retries and first attempts sent in the last 10 s. */
export const BUDGET_WINDOW_S = 10;

export class CallerState {
  /** Jitter draws come from a stream of their own, so turning retries on shifts no other draw. */
  readonly jitter: RandomStream;
  retryMask = 0;
  readonly firsts = new Deque<number>();
  readonly retries = new Deque<number>();

  constructor(seed: number, nodeId: string) {
    this.jitter = new RandomStream(seed, `${nodeId}#retry-jitter`);
  }

  configure(retry: RetryPolicy | null): void {
    this.retryMask = 0;
    if (retry !== null) for (const outcome of retry.on) this.retryMask |= 1 << OUTCOMES.indexOf(outcome);
  }

  retriesOn(outcome: number): boolean {
    return (this.retryMask & (1 << outcome)) !== 0;
  }

  noteFirst(nowS: Seconds, budget: RetryBudget | null): void {
    if (budget !== null) this.firsts.push(nowS);
  }

  /** Counting this retry, would the retries of the last 10 s stay within the budget? Records it if so. */
  budgetAllows(nowS: Seconds, budget: RetryBudget | null): boolean {
    if (budget === null) return true;
    const fromS = nowS - BUDGET_WINDOW_S;
    while (this.firsts.length > 0 && (this.firsts.peek() as number) <= fromS) this.firsts.shift();
    while (this.retries.length > 0 && (this.retries.peek() as number) <= fromS) this.retries.shift();
    const allowed = budget.ratio * this.firsts.length + budget.minPerS * BUDGET_WINDOW_S;
    // A hair of tolerance so that ratio × count landing exactly on a whole number is not lost to rounding.
    if (this.retries.length + 1 > allowed + 1e-9) return false;
    this.retries.push(nowS);
    return true;
  }
}

/**
 * The wait before retry n (n = 1, 2, …): d = min(max, base·multiplierⁿ⁻¹); `none` → d,
 * `full` → U(0, d), `equal` → d/2 + U(0, d/2), `decorrelated` → min(max, U(base, 3·previous)).
 */
export function backoffWaitS(backoff: Backoff, n: number, previousS: Seconds, random: RandomStream): Seconds {
  const { base, max, multiplier } = backoff;
  switch (backoff.jitter) {
    case 'none':
      return Math.min(max, base * multiplier ** (n - 1));
    case 'full':
      return random.next() * Math.min(max, base * multiplier ** (n - 1));
    case 'equal': {
      const d = Math.min(max, base * multiplier ** (n - 1));
      return d / 2 + random.next() * (d / 2);
    }
    case 'decorrelated': {
      const high = Math.max(base, 3 * previousS);
      return Math.min(max, base + random.next() * (high - base));
    }
  }
}
