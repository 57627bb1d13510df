/**
 * The closed forms at their extremes: a thousand workers, a million waiting places, ρ up to a
 * thousand. Each figure is checked against a value computed independently of src/engine/theory:
 *
 * - exact rational arithmetic with BigInt (the M/M/c/K weights p(n) ∝ aⁿ/n!·… as integers), read
 *   out with 128 significant bits, for K up to 3,000. Tolerance 1e-9 relative: the double-precision code sums
 *   O(c) logs and a closed-form tail, each step exact to ~1e-16 of magnitudes ≤ 1e4;
 * - for a million places, where integers would have millions of digits, a plain log-space sum over
 *   every state (an O(K) loop the engine does not use) and known limits that are exact up to
 *   ρ^−m (for ρ = 1,000: blocking = 1 − 1/ρ, Lq = m − 1/(ρ − 1), Wq = Lq/(cμ)). Tolerance 1e-8
 *   relative: a sum of 10⁶ doubles loses at most 10⁶·2⁻⁵³ ≈ 1.1e-10 of its value.
 */
import { describe, expect, it } from 'vitest';
import { erlangC, mmcK } from '../../../src/engine/theory/erlang.ts';
import { predictStation } from '../../../src/engine/theory/predict-station.ts';

/** x/y as a double, from exact integers: the quotient is formed with 128 significant bits. */
function ratio(x: bigint, y: bigint): number {
  if (x === 0n) return 0;
  const shift = Math.max(0, y.toString(2).length - x.toString(2).length + 128);
  return Number((x << BigInt(shift)) / y) * 2 ** -shift;
}

/** M/M/c/K with offered load a = p/q exactly: blocking and Lq from integer weights. */
function exactMmcK(c: number, m: number, p: bigint, q: bigint) {
  const K = c + m;
  // W(n) = p^n q^(K−n) Π_{k=n+1..K} min(k, c): integers proportional to p(n), each from the last
  // by an exact division (q divides q^(K−n+1), and min(n, c) divides the product).
  let w = q ** BigInt(K);
  for (let k = 1; k <= K; k++) w *= BigInt(Math.min(k, c));
  let total = 0n;
  let queue = 0n;
  let last = 0n;
  for (let n = 0; n <= K; n++) {
    if (n > 0) w = (w * p) / (q * BigInt(Math.min(n, c)));
    total += w;
    if (n > c) queue += BigInt(n - c) * w;
    last = w;
  }
  return { blocking: ratio(last, total), meanQueueLength: ratio(queue, total) };
}

/** Erlang C with integer a, exactly: (a^c/c!·c/(c−a)) / (Σ_{k<c} a^k/k! + a^c/c!·c/(c−a)). */
function exactErlangC(c: number, a: number): number {
  // Scale every a^k/k! by c!: term(k) = a^k·c!/k!, integers.
  const A = BigInt(a);
  const C = BigInt(c);
  const terms: bigint[] = [];
  let t = 1n;
  for (let k = 1; k <= c; k++) t *= BigInt(k); // c!
  terms.push(t);
  for (let k = 1; k <= c; k++) {
    t = (t * A) / BigInt(k);
    terms.push(t);
  }
  const head = terms.slice(0, c).reduce((s, x) => s + x, 0n);
  const top = terms[c] * C; // a^c·c!/c! · c, over (c − a)
  return ratio(top, head * (C - A) + top);
}

/** Every state summed in logs, O(K): an independent check for a million places. */
function logSumMmcK(c: number, m: number, a: number) {
  const logA = Math.log(a);
  const logRho = logA - Math.log(c);
  const logP = (n: number, logC: number) => (n <= c ? NaN : logC + (n - c) * logRho);
  const head: number[] = [0];
  for (let n = 1; n <= c; n++) head.push(head[n - 1] + logA - Math.log(n));
  const logC = head[c];
  const K = c + m;
  let top = -Infinity;
  for (let n = 0; n <= K; n++) top = Math.max(top, n <= c ? head[n] : logP(n, logC));
  let total = 0;
  let queue = 0;
  for (let n = 0; n <= K; n++) {
    const w = Math.exp((n <= c ? head[n] : logP(n, logC)) - top);
    total += w;
    if (n > c) queue += (n - c) * w;
  }
  return { blocking: Math.exp(logP(K, logC) - top) / total, meanQueueLength: queue / total };
}

const close = (actual: number, expected: number, relative: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected) + 1e-300);

describe('M/M/c/K against exact rational arithmetic', () => {
  const cases: [string, number, number, bigint, bigint][] = [
    ['30-vs-5 preset: M/M/1/501 at ρ = 6', 1, 500, 6n, 1n],
    ['M/M/1/1001 at ρ = 1,000', 1, 1000, 1000n, 1n],
    ['M/M/7/17 at ρ = 0.8', 7, 10, 28n, 5n],
    ['1,000 workers, 2,000 places, ρ = 0.99', 1000, 2000, 990n, 1n],
    ['1,000 workers, 2,000 places, ρ = 1', 1000, 2000, 1000n, 1n],
    ['1,000 workers, 2,000 places, ρ = 1.01', 1000, 2000, 1010n, 1n],
    ['1,000 workers, 2,000 places, ρ = 1,000', 1000, 2000, 1_000_000n, 1n],
  ];
  for (const [name, c, m, p, q] of cases) {
    it(name, () => {
      const exact = exactMmcK(c, m, p, q);
      const meanS = 1;
      const lambda = Number(p) / Number(q);
      const f = mmcK(c, m, lambda, meanS);
      close(f.blocking, exact.blocking, 1e-9);
      close(f.meanQueueLength, exact.meanQueueLength, 1e-9);
      // Little's law with the admitted rate, from the exact figures.
      close(f.meanWaitS, exact.meanQueueLength / (lambda * (1 - exact.blocking)), 1e-9);
      for (const x of Object.values(f)) expect(Number.isFinite(x)).toBe(true);
    });
  }

  it('the preset predicts the full line: Wq ≈ 100 s, not 0 (it used to overflow to NaN)', () => {
    const p = predictStation({
      arrivalRatePerS: 30,
      servers: 1,
      serviceTime: { dist: 'exponential', mean: 0.2 },
      capacity: 500,
    });
    expect(p.model).toBe('M/M/1/501');
    close(p.meanWaitS ?? NaN, 99.96, 1e-9); // (500 − 1/5)/5 up to 6^−500
    close(p.dropProbability ?? NaN, 5 / 6, 1e-9);
  });
});

describe('M/M/c/K with a million places', () => {
  it('ρ = 1,000 and 1,000 workers: the line is full, blocking = 1 − 1/ρ, Wq = Lq/(cμ)', () => {
    const c = 1000;
    const m = 1_000_000;
    const rho = 1000;
    const f = mmcK(c, m, rho * c, 1);
    close(f.blocking, 1 - 1 / rho, 1e-8);
    close(f.meanQueueLength, m - 1 / (rho - 1), 1e-8);
    close(f.meanWaitS, (m - 1 / (rho - 1)) / c, 1e-8);
  });

  it('ρ = 1 exactly, one worker: every state equally likely (B = 1/(m+2), Lq = m(m+1)/(2(m+2)))', () => {
    const m = 1_000_000;
    const f = mmcK(1, m, 1, 1);
    close(f.blocking, 1 / (m + 2), 1e-8);
    close(f.meanQueueLength, (m * (m + 1)) / (2 * (m + 2)), 1e-8);
  });

  for (const [c, a] of [
    [1000, 1000.5],
    [1000, 1010],
    [1, 1 + 1e-9],
    [1, 1 - 1e-7],
    [1000, 999.99],
    [3, 2.4],
  ]) {
    it(`c = ${c}, a = ${a}: matches a log-space sum over every state`, () => {
      const m = 1_000_000;
      const direct = logSumMmcK(c, m, a);
      const f = mmcK(c, m, a, 1);
      close(f.blocking, direct.blocking, 1e-8);
      close(f.meanQueueLength, direct.meanQueueLength, 1e-8);
    });
  }

  it('ρ = 0.5 with a million places is M/M/c: Lq = C(c, a)·ρ/(1 − ρ), C exact (1,000 workers)', () => {
    const c = 1000;
    const a = 500;
    const exactC = exactErlangC(c, a);
    close(erlangC(c, a), exactC, 1e-9);
    close(mmcK(c, 1_000_000, a, 1).meanQueueLength, (exactC * 0.5) / 0.5, 1e-9);
  });

  it('Erlang C at 1,000 workers and ρ = 0.999 matches exact arithmetic', () => {
    close(erlangC(1000, 999), exactErlangC(1000, 999), 1e-9);
  });
});

describe('the overflow policy in the prediction', () => {
  const load = {
    arrivalRatePerS: 30,
    servers: 1,
    serviceTime: { dist: 'exponential', mean: 0.2 },
    capacity: 500,
  } as const;

  it('block turns nothing away: the line stays full, Wq = m/(cμ), the excess grows at the publisher', () => {
    const p = predictStation({ ...load, overflow: 'block' });
    expect(p.dropProbability).toBe(0);
    expect(p.loses).toBe('none');
    close(p.meanWaitS ?? NaN, 100, 1e-12);
    close(p.meanQueueLength ?? NaN, 500, 1e-12);
    close(p.backlogGrowthPerS, 25, 1e-12);
  });

  it('drop-oldest and dead-letter lose as much as reject-new, but the oldest jobs, so the served wait less', () => {
    const reject = predictStation({ ...load, overflow: 'reject-new' });
    for (const overflow of ['drop-oldest', 'dead-letter'] as const) {
      const p = predictStation({ ...load, overflow });
      expect(p.loses).toBe('oldest');
      close(p.dropProbability ?? NaN, reject.dropProbability ?? NaN, 1e-12);
      close(p.meanQueueLength ?? NaN, reject.meanQueueLength ?? NaN, 1e-12);
      // A saturated line: a job moves up on each departure (cμ = 5/s) and each arrival that finds the
      // line full (λ·B = 25/s), 30/s in all, so it waits about m/λ = 500/30 s. The formula is an
      // approximation between its exact ends; 1 % covers it here (the engine measures 16.6 s over
      // 2,800 s: tests/engine/queue.test.ts).
      close(p.meanWaitS ?? NaN, 500 / 30, 0.01);
    }
    expect(reject.loses).toBe('new');
  });
});
