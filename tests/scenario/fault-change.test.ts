// @vitest-environment node
/** Fault changes go through the one door (checkChange) with the fault schema's own rules. */
import { describe, expect, it } from 'vitest';
import { checkChange, faultInstantS, stampNow } from '../../src/scenario/change/index.ts';
import { cloneScenario } from '../../src/scenario/clone-scenario.ts';
import { getPreset } from '../../src/scenario/presets/index.ts';

const monolith = () => {
  const s = cloneScenario(getPreset('monolith')!.scenario);
  s.faults = [{ at: 10, until: null, target: 'app-2', kind: 'crash' }];
  return s;
};

describe('fault changes', () => {
  it('add a fault at the stamped instant, with its defaults', () => {
    const change = stampNow(
      { type: 'add-fault' as const, fault: { at: 0, until: 30, target: 'app-1', kind: 'slow' } },
      12.5,
    );
    const result = checkChange(monolith(), change);
    expect(result.ok && result.scenario.faults[1]).toEqual({
      at: 12.5,
      until: 30,
      target: 'app-1',
      kind: 'slow',
      factor: 4,
    });
  });

  it('stamp a click at the next whole millisecond, so its link reads cleanly, never before now', () => {
    expect(faultInstantS(1.852900000002235)).toBe(1.853);
    expect(String(faultInstantS(1.852900000002235))).toBe('1.853');
    expect(faultInstantS(12.5)).toBe(12.5);
    expect(faultInstantS(0)).toBe(0);
    expect(faultInstantS(0.1 + 0.2)).toBe(0.301);
    for (const nowS of [1e-9, 3.0000000001, 599.9999, 86_399.9994, 1234.5678901]) {
      const atS = faultInstantS(nowS);
      expect(atS).toBeGreaterThanOrEqual(nowS);
      expect(atS - nowS).toBeLessThanOrEqual(0.001 + 1e-9);
      expect(String(atS)).toMatch(/^\d+(\.\d{1,3})?$/);
    }
    const ended = stampNow({ type: 'end-fault' as const, index: 0, at: 0 }, 20.0004);
    expect(ended.at).toBe(20.001);
  });

  it('refuse a fault the schema refuses, naming the field', () => {
    const result = checkChange(monolith(), {
      type: 'add-fault',
      fault: { at: 5, target: 'lb', kind: 'crash' },
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'faults[1].target',
          message: "a crash fault applies to a service, gateway, orchestrator node; 'lb' is a load balancer",
        },
      ],
    });
  });

  it('end an active fault now, and refuse an instant outside it', () => {
    const ended = checkChange(monolith(), { type: 'end-fault', index: 0, at: 20 });
    expect(ended.ok && ended.scenario.faults[0].until).toBe(20);
    const early = checkChange(monolith(), { type: 'end-fault', index: 0, at: 5 });
    expect(!early.ok && early.errors[0].path).toBe('change.at');
  });

  it('remove a fault by index; a missing index is named', () => {
    const removed = checkChange(monolith(), { type: 'remove-fault', index: 0 });
    expect(removed.ok && removed.scenario.faults).toEqual([]);
    expect(checkChange(monolith(), { type: 'remove-fault', index: 3 })).toEqual({
      ok: false,
      errors: [{ path: 'change.index', message: "must be a fault's index from 0 to 0; got 3" }],
    });
  });
});
