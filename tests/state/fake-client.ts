/** A SimClient that records what it is told, for tests of the store, controller and UI. */
import { vi } from 'vitest';
import type { SimClient } from '../../src/worker/sim-client.ts';

export type FakeClient = { [K in keyof SimClient]: ReturnType<typeof vi.fn> & SimClient[K] };

export function createFakeClient(): FakeClient {
  return {
    load: vi.fn(),
    play: vi.fn(),
    pause: vi.fn(),
    step: vi.fn(),
    catchUp: vi.fn(),
    reset: vi.fn(),
    setSpeed: vi.fn(),
    applyChange: vi.fn(),
    requestReport: vi.fn(),
    trace: vi.fn(),
    stopTrace: vi.fn(),
    recycle: vi.fn(),
    start: vi.fn(),
    retry: vi.fn(),
    dispose: vi.fn(),
  } as FakeClient;
}
