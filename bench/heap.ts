/**
 * Heap figures that mean something: measured after a full garbage collection. `gc` is exposed
 * by `node --expose-gc` (`tsx --expose-gc bench/run.ts`); without the flag it is switched on at
 * run time through V8's flags, so a plain `npm run bench` gets exact figures too.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

function findGc(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const gc = findGc();

/** Heap in use after a full collection, in MB. */
export function retainedHeapMB(): number {
  gc();
  gc(); // a second pass picks up what the first one only made collectable (weak refs, finalizers)
  return process.memoryUsage().heapUsed / 1e6;
}

/** Heap in use now, garbage included, in MB. */
export function heapUsedMB(): number {
  return process.memoryUsage().heapUsed / 1e6;
}

/** Peak resident set size of the whole process so far, in MB. */
export function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1e3;
}
