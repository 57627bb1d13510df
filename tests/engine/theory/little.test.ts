/**
 * Little's law, L = λW, at an orchestrator, services and a queue node (its system: the queue plus
 * its consumers), in one network:
 *
 *   client (8/s) → orchestrator (parallel, aggregation Exp(0.02 s)) → a (Exp 0.05 s), b (Exp 0.08 s)
 *   a → queue → consumers k1, k2 (Exp 0.2 s each: 10/s for 8/s of jobs)
 */
import { describe, expect, it } from 'vitest';
import { advanceTo, applyChange, collectReport, createSimulation } from '../../../src/engine/index.ts';
import { client, edge, exponential, orchestrator, queue, scenario, service } from '../build-scenario.ts';
import { expectWithin } from './replicate.ts';

const NODES = ['o', 'a', 'b', 'q', 'k1', 'k2'];

function network(seed: number, warmupS: number) {
  return createSimulation(
    scenario(
      [
        client('c', { rate: 8 }),
        orchestrator('o', { mode: 'parallel', serviceTime: exponential(0.02) }),
        service('a', { serviceTime: exponential(0.05) }),
        service('b', { serviceTime: exponential(0.08) }),
        queue('q'),
        service('k1', { serviceTime: exponential(0.2) }),
        service('k2', { serviceTime: exponential(0.2) }),
      ],
      [edge('c', 'o'), edge('o', 'a'), edge('o', 'b'), edge('a', 'q'), edge('q', 'k1'), edge('q', 'k2')],
      seed,
    ),
    { warmupS },
  );
}

describe("Little's law", () => {
  it('holds exactly on a sample path that starts and ends empty', () => {
    // From an empty start, stop the client at 2,000 s and let everything drain: then ∫N dt equals
    // the sum of all sojourns exactly, so L·T = λT·W up to float rounding (tolerance 1e-9 relative).
    const sim = network(7, 0);
    advanceTo(sim, 2000);
    applyChange(sim, { type: 'node', nodeId: 'c', patch: { rate: 0 } });
    advanceTo(sim, 3000);
    expect(sim.active).toHaveLength(0);
    const r = collectReport(sim);
    for (const id of NODES) {
      const node = r.nodes[id];
      const lambda = node.arrivals / r.duration;
      expectWithin(
        `Little exact ${id} L vs λW`,
        node.meanNumberInSystem,
        lambda * node.meanTimeInSystem,
        1e-9 * node.meanNumberInSystem,
      );
      // At the orchestrator too: its wait is the line for an aggregation worker after the join,
      // exactly what its queue length counts (docs/engine.md).
      expectWithin(
        `Little exact ${id} Lq vs λWq`,
        node.meanQueueLength,
        lambda * node.meanWait,
        1e-9 * node.meanNumberInSystem,
      );
    }
  });

  it('holds within 1% over a warm-up window of a running system', () => {
    // Over [200, 5,200] s the two sides differ only by the customers present at the window's two
    // ends (their sojourns are cut by the window on one side and not on the other). At these loads
    // a few customers are present, each with a few tenths of a second left: a few customer-seconds
    // against λWT ≈ 8 · 0.3 · 5,000 ≈ 12,000 for the busiest node, well under 0.1% on average and
    // below 1% with wide margin even for a long line at the end.
    const sim = network(11, 200);
    advanceTo(sim, 5200);
    const r = collectReport(sim);
    const windowS = r.duration - r.warmup;
    for (const id of NODES) {
      const node = r.nodes[id];
      const lambda = node.arrivals / windowS;
      expectWithin(
        `Little window ${id} L vs λW`,
        node.meanNumberInSystem,
        lambda * node.meanTimeInSystem,
        0.01 * node.meanNumberInSystem,
      );
      expectWithin(
        `Little window ${id} Lq vs λWq`,
        node.meanQueueLength,
        lambda * node.meanWait,
        0.01 * node.meanNumberInSystem,
      );
    }
  });
});
