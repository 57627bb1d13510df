import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPreset } from '../../../src/scenario/presets/index.ts';
import { COMMIT_DELAY_MS, startAddressSync, type AddressSync } from '../../../src/ui/share/address-sync.ts';
import { createTestRuntime } from '../test-runtime.tsx';

describe('address sync', () => {
  let sync: AddressSync | undefined;
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?preset=monolith');
  });
  afterEach(() => {
    sync?.stop();
    vi.useRealTimers();
  });

  it('writes the link at once, pushes discrete changes, and makes one entry per burst of changes', () => {
    const t = createTestRuntime('monolith');
    const push = vi.spyOn(window.history, 'pushState');
    sync = startAddressSync(t.runtime);
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe(`#v=1&preset=monolith&seed=${getPreset('monolith')!.scenario.seed}`);

    t.runtime.controller.setSeed(5);
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.hash).toContain('seed=5');

    for (const rate of [10, 11, 12, 13]) {
      t.runtime.controller.changeNode('web', { rate });
      vi.advanceTimersByTime(50);
    }
    expect(push).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(COMMIT_DELAY_MS);
    expect(window.location.hash).toContain('web.rate=13');
    t.runtime.controller.changeNode('web', { rate: 14 });
    expect(push).toHaveBeenCalledTimes(3);

    t.runtime.controller.loadScenario(getPreset('full')!.scenario, 'full');
    expect(push).toHaveBeenCalledTimes(4);
    expect(window.location.hash).toContain('preset=full');
  });

  it('flush writes a pending change before the link is copied', () => {
    const t = createTestRuntime('monolith');
    sync = startAddressSync(t.runtime);
    t.runtime.controller.changeNode('web', { rate: 10 });
    t.runtime.controller.changeNode('web', { rate: 11 });
    expect(sync.flush()).toContain('web.rate=11');
    expect(window.location.hash).toContain('web.rate=11');
  });
});
