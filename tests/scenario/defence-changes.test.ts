// @vitest-environment node
/**
 * Live changes of the overload defences go through the one door (checkChange), checked by the
 * node schemas that declare them: filled with defaults when accepted, refused with the schema's
 * message when not, and applied by the engine at the current instant.
 */
import { describe, expect, it } from 'vitest';
import { advanceTo, applyChange, collectReport, createSimulation } from '../../src/engine/index.ts';
import { checkChange } from '../../src/scenario/change/index.ts';
import { getPreset } from '../../src/scenario/presets/index.ts';

const scenario = getPreset('full')!.scenario;
const clientId = scenario.nodes.find((n) => n.kind === 'client')!.id;
const serviceId = scenario.nodes.find((n) => n.kind === 'service')!.id;
const gatewayId = scenario.nodes.find((n) => n.kind === 'gateway')!.id;

describe('defence changes through the door', () => {
  it('accepts a retry policy and fills its defaults', () => {
    const result = checkChange(scenario, {
      type: 'node',
      nodeId: clientId,
      patch: { timeout: 1, retry: { attempts: 2 } },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.change).toMatchObject({
      patch: { timeout: 1, retry: { attempts: 2, on: ['error', 'unavailable', 'timeout'], budget: null } },
    });
  });

  it('refuses autoscale min > max and a breaker on a client, naming the field', () => {
    const bad = checkChange(scenario, {
      type: 'node',
      nodeId: serviceId,
      patch: { autoscale: { min: 4, max: 2 } },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0].message).toContain('min must be at most max');
    const wrong = checkChange(scenario, { type: 'node', nodeId: clientId, patch: { circuitBreaker: {} } });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.errors[0].message).toContain("unknown field 'circuitBreaker'");
  });

  it('turns retries and a breaker on mid-run, from that instant', () => {
    const sim = createSimulation(scenario, { seed: 3 });
    advanceTo(sim, 20);
    for (const change of [
      { type: 'node', nodeId: clientId, patch: { timeout: 0.5, retry: {} } },
      { type: 'node', nodeId: gatewayId, patch: { circuitBreaker: {} } },
      { type: 'node', nodeId: serviceId, patch: { autoscale: { startup: 5, interval: 5 } } },
    ]) {
      const result = checkChange(scenario, change);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      applyChange(sim, result.change);
    }
    advanceTo(sim, 80);
    const r = collectReport(sim);
    expect(r.clients[clientId].attempts).toBeGreaterThanOrEqual(r.clients[clientId].sent);
    expect(r.nodes[serviceId].meanWorkers).toBeGreaterThan(0);
  });
});
