import type { Seconds } from '../lib/units.ts';
import type { Distribution } from '../scenario/types.ts';
import type { RandomStream } from './random.ts';

/** One draw of a service time from its distribution (DESIGN.md section 2). */
export function sampleDuration(dist: Distribution, random: RandomStream): Seconds {
  switch (dist.dist) {
    case 'exponential':
      return random.exponential(dist.mean);
    case 'constant':
      return dist.mean;
    case 'uniform':
      return dist.mean * (1 + dist.spread * (2 * random.next() - 1));
    case 'lognormal': {
      if (dist.mean === 0) return 0;
      // Parameters chosen so the draw has the requested mean and coefficient of variation.
      const sigmaSq = Math.log(1 + dist.cv * dist.cv);
      const mu = Math.log(dist.mean) - sigmaSq / 2;
      return Math.exp(mu + Math.sqrt(sigmaSq) * standardNormal(random));
    }
  }
}

/** Box–Muller, one value per call: no cached spare, so a stream's state is only its words. */
function standardNormal(random: RandomStream): number {
  const u = 1 - random.next();
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** The distribution's mean, for offered-load figures. */
export function meanDuration(dist: Distribution): Seconds {
  return dist.mean;
}
