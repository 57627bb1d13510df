/**
 * Reusable dot buffers. Snapshots transfer their typed arrays to the main thread, which hands them
 * back with its next frame request; reusing them keeps a long run from allocating per frame.
 */
import type { Dots } from '../engine/index.ts';
import type { DotBuffers } from './protocol.ts';

const MIN_CAPACITY = 2048;

export interface DotPool {
  /** Copies the engine's dots into pooled buffers the caller may transfer. */
  pack(dots: Dots): Dots;
  give(buffers: DotBuffers): void;
}

function allocate(capacity: number): DotBuffers {
  return {
    state: new Uint8Array(capacity),
    place: new Uint16Array(capacity),
    pos: new Float32Array(capacity),
    flags: new Uint8Array(capacity),
    id: new Float64Array(capacity),
  };
}

export function createDotPool(): DotPool {
  const free: DotBuffers[] = [];
  return {
    pack(dots) {
      const need = Math.max(MIN_CAPACITY, dots.count);
      let buffers = free.pop();
      // A detached (already transferred) or too small set is simply dropped.
      while (buffers && (buffers.id.length < need || buffers.id.byteLength === 0)) buffers = free.pop();
      buffers ??= allocate(need);
      const n = dots.count;
      buffers.state.set(dots.state.subarray(0, n));
      buffers.place.set(dots.place.subarray(0, n));
      buffers.pos.set(dots.pos.subarray(0, n));
      buffers.flags.set(dots.flags.subarray(0, n));
      buffers.id.set(dots.id.subarray(0, n));
      return { count: n, perDot: dots.perDot, ...buffers };
    },
    give(buffers) {
      if (free.length < 3) free.push(buffers);
    },
  };
}
