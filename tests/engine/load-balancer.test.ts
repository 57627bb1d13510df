import { describe, expect, it } from 'vitest';
import {
  advanceTo,
  applyChange,
  collectReport,
  DOT_STATE,
  runEvents,
  takeSnapshot,
  type Simulation,
} from '../../src/engine/index.ts';
import type { LbAlgorithm, ScenarioEdge, ScenarioNode } from '../../src/scenario/types.ts';
import {
  client,
  constant,
  edge,
  edgeIndex,
  exponential,
  loadBalancer,
  nodeIndex,
  service,
  simulate,
} from './build-scenario.ts';

const TARGETS = ['s0', 's1', 's2'];

/** client → lb → s0..s(n−1); constant arrivals so each request is easy to follow. */
function balanced(
  algorithm: LbAlgorithm,
  options: {
    rate?: number;
    arrival?: 'poisson' | 'constant';
    users?: number;
    targets?: ScenarioNode[];
    weights?: number[];
    latency?: number;
    seed?: number;
  } = {},
) {
  const targets = options.targets ?? TARGETS.map((id) => service(id, { serviceTime: constant(0.01) }));
  const nodes: ScenarioNode[] = [
    client('c', {
      rate: options.rate ?? 10,
      arrival: options.arrival ?? 'constant',
      users: options.users ?? 1000,
    }),
    loadBalancer('lb', algorithm),
    ...targets,
  ];
  const edges: ScenarioEdge[] = [
    edge('c', 'lb'),
    ...targets.map((t, i) =>
      edge('lb', t.id, { weight: options.weights?.[i] ?? 1, latency: options.latency ?? 0 }),
    ),
  ];
  return simulate(nodes, edges, { seed: options.seed ?? 7 });
}

/** Edge counts of the balancer's outgoing edges (scenario edges 1..n). */
function targetCounts(sim: Simulation): number[] {
  return Array.from(sim.edgeCounts.slice(1));
}

/** Steps one event at a time; `onPick` sees the state before each decision and the target chosen. */
function watchDecisions(
  sim: Simulation,
  untilS: number,
  onPick: (before: number[], picked: number) => void,
): number {
  const targets = sim.scenario.edges.slice(1).map((e) => nodeIndex(sim, e.to));
  let decisions = 0;
  while (sim.nowS < untilS) {
    const before = takeSnapshot(sim, 0);
    const inSystem = targets.map((t) => before.nodes[t].inSystem);
    const countsBefore = targetCounts(sim);
    if (runEvents(sim, 1, untilS) === 0) break;
    const countsAfter = targetCounts(sim);
    const changed = countsAfter.map((c, i) => c - countsBefore[i]);
    const picked = changed.findIndex((d) => d > 0);
    if (picked >= 0) {
      expect(changed.reduce((a, b) => a + b, 0)).toBe(1);
      onPick(inSystem, picked);
      decisions++;
    }
  }
  return decisions;
}

describe('round robin', () => {
  it('rotates through the targets in edge order, exactly', () => {
    const sim = balanced('round-robin');
    const sequence: number[] = [];
    for (let k = 0; k < 30; k++) {
      const before = targetCounts(sim);
      advanceTo(sim, k * 0.1 + 0.05); // constant 10/s: arrivals at 0, 0.1, 0.2, …
      const after = targetCounts(sim);
      const picked = after.findIndex((c, i) => c > before[i]);
      sequence.push(picked);
    }
    expect(sequence).toEqual(Array.from({ length: 30 }, (_, k) => k % 3));
    expect(targetCounts(sim)).toEqual([10, 10, 10]);
  });

  it('splits N requests into equal shares (±1) whatever the service times', () => {
    const sim = balanced('round-robin', {
      arrival: 'poisson',
      rate: 50,
      targets: [
        service('s0', { serviceTime: exponential(0.001) }),
        service('s1', { serviceTime: exponential(0.05), workers: 4 }),
        service('s2', { serviceTime: exponential(0.01) }),
      ],
    });
    advanceTo(sim, 200);
    const counts = targetCounts(sim);
    const total = counts.reduce((a, b) => a + b, 0);
    expect(total).toBe(sim.requests.created);
    for (const c of counts) expect(Math.abs(c - total / 3)).toBeLessThanOrEqual(1);
  });
});

describe('weighted round robin', () => {
  it('follows the smooth weighted sequence with exact proportions (weights 5, 1, 1)', () => {
    const sim = balanced('weighted-round-robin', { weights: [5, 1, 1] });
    const sequence: number[] = [];
    for (let k = 0; k < 70; k++) {
      const before = targetCounts(sim);
      advanceTo(sim, k * 0.1 + 0.05);
      sequence.push(targetCounts(sim).findIndex((c, i) => c > before[i]));
      if ((k + 1) % 7 === 0) expect(targetCounts(sim)).toEqual([((k + 1) / 7) * 5, (k + 1) / 7, (k + 1) / 7]);
    }
    // nginx's smooth weighted round robin for {a: 5, b: 1, c: 1}: a a b a c a a, evenly interleaved.
    expect(sequence.slice(0, 7)).toEqual([0, 0, 1, 0, 2, 0, 0]);
    expect(sequence.slice(7, 14)).toEqual(sequence.slice(0, 7));
  });

  it('gives each target its weight share over many requests, and nothing to weight 0', () => {
    const sim = balanced('weighted-round-robin', {
      arrival: 'poisson',
      rate: 100,
      weights: [3, 0, 7],
      targets: TARGETS.map((id) => service(id, { serviceTime: exponential(0.001), workers: 2 })),
    });
    advanceTo(sim, 100);
    const counts = targetCounts(sim);
    const total = counts.reduce((a, b) => a + b, 0);
    expect(counts[1]).toBe(0);
    // Smooth WRR is exact within every cycle of 10, so the shares are exact up to one cycle.
    expect(Math.abs(counts[0] - 0.3 * total)).toBeLessThanOrEqual(3);
    expect(Math.abs(counts[2] - 0.7 * total)).toBeLessThanOrEqual(3);
  });

  it('follows a live weight change from that instant', () => {
    const sim = balanced('weighted-round-robin', { weights: [1, 1, 1] });
    advanceTo(sim, 2.95); // 30 requests
    expect(targetCounts(sim)).toEqual([10, 10, 10]);
    applyChange(sim, { type: 'edge', edgeIndex: 1, patch: { weight: 0 } });
    advanceTo(sim, 5.95);
    const counts = targetCounts(sim);
    expect(counts[0]).toBe(10);
    expect(counts[1] + counts[2]).toBe(50);
  });
});

describe('random', () => {
  it('is uniform over the targets (each share within 4 binomial standard deviations)', () => {
    const sim = balanced('random', {
      arrival: 'poisson',
      rate: 300,
      targets: TARGETS.map((id) => service(id, { serviceTime: exponential(0.001), workers: 4 })),
    });
    advanceTo(sim, 100);
    const counts = targetCounts(sim);
    const n = counts.reduce((a, b) => a + b, 0);
    expect(n).toBeGreaterThan(25_000);
    const sd = Math.sqrt(n * (1 / 3) * (2 / 3));
    for (const c of counts) expect(Math.abs(c - n / 3)).toBeLessThan(4 * sd);
    // And not round robin in disguise: consecutive picks repeat about a third of the time.
    const sim2 = balanced('random');
    let repeats = 0;
    let previous = -1;
    for (let k = 0; k < 600; k++) {
      const before = targetCounts(sim2);
      advanceTo(sim2, k * 0.1 + 0.05);
      const picked = targetCounts(sim2).findIndex((c, i) => c > before[i]);
      if (picked === previous) repeats++;
      previous = picked;
    }
    // 599 Bernoulli(1/3) trials: sd ≈ 11.5.
    expect(Math.abs(repeats - 599 / 3)).toBeLessThan(4 * Math.sqrt(599 * (2 / 9)));
  });
});

describe('ip-hash', () => {
  it('keeps every user of every client on one target, and spreads users over all targets', () => {
    // Latency on the balancer's edges keeps each request on its edge for a while, where its user
    // (token.user, token.client) and chosen edge can be read.
    const nodes: ScenarioNode[] = [
      client('web', { rate: 20, users: 40 }),
      client('mobile', { rate: 20, users: 40, device: 'mobile' }),
      loadBalancer('lb', 'ip-hash'),
      ...TARGETS.map((id) => service(id, { serviceTime: constant(0.001), workers: 10 })),
    ];
    const edges = [
      edge('web', 'lb'),
      edge('mobile', 'lb'),
      ...TARGETS.map((id) => edge('lb', id, { latency: 0.05 })),
    ];
    const sim = simulate(nodes, edges, { seed: 3 });
    const targetOf = new Map<string, number>();
    const seen = new Set<number>();
    let observed = 0;
    for (let t = 0.01; t < 60; t += 0.01) {
      advanceTo(sim, t);
      for (const token of sim.active) {
        if (token.state !== DOT_STATE.traveling || seen.has(token.id)) continue;
        seen.add(token.id);
        observed++;
        const key = `${token.client}/${token.user}`;
        const previous = targetOf.get(key);
        if (previous === undefined) targetOf.set(key, token.edge);
        else expect(token.edge, `user ${key}`).toBe(previous);
      }
    }
    expect(observed).toBe(sim.requests.created); // every request was seen on its way
    expect(targetOf.size).toBe(80); // every user of both clients was seen
    const usersPerTarget = [2, 3, 4].map((e) => [...targetOf.values()].filter((v) => v === e).length);
    for (const users of usersPerTarget) expect(users).toBeGreaterThan(10);
  });

  it('sends a single-user client always to the same target (edge counts)', () => {
    const nodes: ScenarioNode[] = [
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => client(id, { rate: 5, users: 1, arrival: 'poisson' })),
      loadBalancer('lb', 'ip-hash'),
      ...TARGETS.map((id) => service(id, { serviceTime: constant(0.001), workers: 10 })),
    ];
    const clients = ['a', 'b', 'c', 'd', 'e', 'f'];
    const edges = [...clients.map((id) => edge(id, 'lb')), ...TARGETS.map((id) => edge('lb', id))];
    const sim = simulate(nodes, edges, { seed: 5 });
    // One client at a time sends; the others are silenced, so the edge counts show its target.
    const lbEdges = TARGETS.map((id) => edgeIndex(sim, 'lb', id));
    const used = new Set<number>();
    for (const active of clients) {
      for (const id of clients) setRate(sim, id, id === active ? 20 : 0);
      const before = lbEdges.map((e) => sim.edgeCounts[e]);
      advanceTo(sim, sim.nowS + 10);
      const delta = lbEdges.map((e, i) => sim.edgeCounts[e] - before[i]);
      expect(delta.filter((d) => d > 0)).toHaveLength(1);
      expect(Math.max(...delta)).toBeGreaterThan(100);
      used.add(delta.findIndex((d) => d > 0));
    }
    expect(used.size).toBeGreaterThan(1);
  });
});

/** Through the public change API, so the arrival stream restarts from now. */
function setRate(sim: Simulation, id: string, rate: number): void {
  applyChange(sim, { type: 'node', nodeId: id, patch: { rate } });
}

describe('least-connections', () => {
  it('always picks a target with the fewest outstanding requests', () => {
    const sim = balanced('least-connections', {
      arrival: 'poisson',
      rate: 25,
      seed: 11,
      targets: [
        service('s0', { serviceTime: exponential(0.05) }),
        service('s1', { serviceTime: exponential(0.2) }),
        service('s2', { serviceTime: exponential(0.1), workers: 2 }),
      ],
    });
    let ties = 0;
    const decisions = watchDecisions(sim, 200, (before, picked) => {
      const least = Math.min(...before);
      expect(before[picked]).toBe(least);
      if (before.filter((b) => b === least).length > 1) ties++;
    });
    expect(decisions).toBeGreaterThan(4000);
    expect(ties).toBeGreaterThan(100);
  });

  it('sends most traffic to a fast target over a slow one', () => {
    const sim = balanced('least-connections', {
      arrival: 'poisson',
      rate: 20,
      targets: [
        service('s0', { serviceTime: exponential(1) }),
        service('s1', { serviceTime: exponential(0.01) }),
      ],
    });
    advanceTo(sim, 300);
    const [slow, fast] = targetCounts(sim);
    expect(fast / (slow + fast)).toBeGreaterThan(0.9);
  });

  it('breaks ties at random (an idle pair shares evenly)', () => {
    const sim = balanced('least-connections', {
      arrival: 'poisson',
      rate: 5,
      targets: [
        service('s0', { serviceTime: constant(0.0001) }),
        service('s1', { serviceTime: constant(0.0001) }),
      ],
    });
    advanceTo(sim, 400);
    const [a, b] = targetCounts(sim);
    const n = a + b;
    expect(Math.abs(a - n / 2)).toBeLessThan(4 * Math.sqrt(n / 4));
  });
});

describe('power-of-two choices', () => {
  it('with two targets always takes the less loaded one', () => {
    const sim = balanced('power-of-two-choices', {
      arrival: 'poisson',
      rate: 25,
      targets: [
        service('s0', { serviceTime: exponential(0.05) }),
        service('s1', { serviceTime: exponential(0.1) }),
      ],
    });
    const decisions = watchDecisions(sim, 100, (before, picked) => {
      expect(before[picked]).toBe(Math.min(...before));
    });
    expect(decisions).toBeGreaterThan(2000);
  });

  it('with four targets picks the better of two random ones: never the strict worst, best ≈ half the time', () => {
    const ids = ['s0', 's1', 's2', 's3'];
    const sim = balanced('power-of-two-choices', {
      arrival: 'poisson',
      rate: 60,
      seed: 2,
      targets: ids.map((id, i) => service(id, { serviceTime: exponential(0.04 + 0.02 * i) })),
    });
    // Among decisions where all four loads differ, the chosen rank r (0 = least loaded) is the
    // minimum of two distinct uniform positions: P(r) = (N − 1 − r) / C(N, 2) = 3/6, 2/6, 1/6, 0.
    const ranks = [0, 0, 0, 0];
    watchDecisions(sim, 300, (before, picked) => {
      const worst = Math.max(...before);
      if (before.filter((b) => b === worst).length === 1) expect(before[picked]).toBeLessThan(worst);
      if (new Set(before).size === 4) ranks[before.filter((b) => b < before[picked]).length]++;
    });
    const n = ranks.reduce((a, b) => a + b, 0);
    expect(n).toBeGreaterThan(1000);
    expect(ranks[3]).toBe(0);
    [3 / 6, 2 / 6, 1 / 6].forEach((p, r) => {
      expect(Math.abs(ranks[r] - n * p)).toBeLessThan(4 * Math.sqrt(n * p * (1 - p)));
    });
  });
});

describe('fifo', () => {
  it('keeps a worker it promised to a request on the wire from traffic that arrives directly', () => {
    // a → lb (fifo) → s over 0.5 s; b calls s directly at 0.1 s, while the promised request travels.
    const sim = simulate(
      [
        client('a', { rate: 0.01, arrival: 'constant' }),
        client('b', { rate: 0.01, arrival: 'constant' }),
        loadBalancer('lb', 'fifo'),
        service('s', { serviceTime: constant(1) }),
      ],
      [edge('a', 'lb'), edge('lb', 's', { latency: 0.5 }), edge('b', 's', { latency: 0.1 })],
    );
    const s = nodeIndex(sim, 's');
    advanceTo(sim, 0.3);
    expect(takeSnapshot(sim).nodes[s]).toMatchObject({ busy: 0, waiting: 1 }); // b waits for the promised worker
    advanceTo(sim, 0.6);
    expect(takeSnapshot(sim).nodes[s]).toMatchObject({ busy: 1, waiting: 1 }); // the fifo request got it
  });

  function checkFifo(sim: Simulation, untilS: number, latency: boolean) {
    const lb = nodeIndex(sim, 'lb');
    const targetEdges = sim.scenario.edges.map((e, i) => ({ e, i })).filter(({ e }) => e.from === 'lb');
    const targets = targetEdges.map(({ e }) => nodeIndex(sim, e.to));
    let queuedChecks = 0;
    let steps = 0;
    while (sim.nowS < untilS) {
      if (runEvents(sim, 1, untilS) === 0) break;
      steps++;
      const snap = takeSnapshot(sim, 1e9);
      // Requests on the wire to each target (each holds a promised worker).
      const onWire = targetEdges.map(({ i }) => {
        let n = 0;
        for (let d = 0; d < snap.dots.count; d++)
          if (snap.dots.state[d] === DOT_STATE.traveling && snap.dots.place[d] === i) n++;
        return n;
      });
      targets.forEach((t, k) => {
        expect(snap.nodes[t].waiting, `target ${k} has a line`).toBe(0);
        expect(snap.nodes[t].busy + onWire[k]).toBeLessThanOrEqual(snap.nodes[t].workers);
      });
      if (snap.nodes[lb].waiting > 0) {
        queuedChecks++;
        targets.forEach((t, k) => expect(snap.nodes[t].busy + onWire[k]).toBe(snap.nodes[t].workers));
      }
      if (!latency) expect(onWire.every((n) => n === 0)).toBe(true);
    }
    return { queuedChecks, steps };
  }

  it('never sends to a target without an idle worker; its own line waits only while all are busy', () => {
    const sim = balanced('fifo', {
      arrival: 'poisson',
      rate: 45,
      seed: 9,
      targets: [
        service('s0', { serviceTime: exponential(0.1), workers: 2 }),
        service('s1', { serviceTime: exponential(0.2), workers: 3 }),
        service('s2', { serviceTime: exponential(0.05), workers: 1 }),
      ],
    });
    const { queuedChecks, steps } = checkFifo(sim, 150, false);
    expect(steps).toBeGreaterThan(10_000);
    expect(queuedChecks).toBeGreaterThan(1000);
    const report = collectReport(sim);
    expect(report.nodes.lb.meanWait).toBeGreaterThan(0);
    for (const id of TARGETS) expect(report.nodes[id].meanWait).toBe(0);
  });

  it('keeps that promise with latency on the wire (workers reserved for requests in transit)', () => {
    const sim = balanced('fifo', {
      arrival: 'poisson',
      rate: 30,
      latency: 0.03,
      seed: 4,
      targets: TARGETS.map((id) => service(id, { serviceTime: exponential(0.08), workers: 1 })),
    });
    const { queuedChecks } = checkFifo(sim, 100, true);
    expect(queuedChecks).toBeGreaterThan(500);
  });

  it('serves its line first in, first out', () => {
    const sim = balanced('fifo', {
      arrival: 'poisson',
      rate: 25,
      targets: [service('s0', { serviceTime: exponential(0.1), workers: 2 })],
    });
    // Ids are given in creation order: each hand-over takes the smallest id waiting.
    let lastStarted = 0;
    while (sim.nowS < 60) {
      runEvents(sim, 1, 60);
      const snap = takeSnapshot(sim, 1e9);
      const lbIndex = nodeIndex(sim, 'lb');
      const s0 = nodeIndex(sim, 's0');
      for (let d = 0; d < snap.dots.count; d++) {
        if (snap.dots.state[d] === DOT_STATE.inService && snap.dots.place[d] === s0) {
          const id = snap.dots.id[d];
          if (id > lastStarted) {
            for (let w = 0; w < snap.dots.count; w++)
              if (snap.dots.state[w] === DOT_STATE.waiting && snap.dots.place[w] === lbIndex)
                expect(snap.dots.id[w]).toBeGreaterThan(id);
            lastStarted = id;
          }
        }
      }
    }
  });
});

describe('least-response-time', () => {
  it('prefers a fast target over a slow one', () => {
    const sim = balanced('least-response-time', {
      arrival: 'poisson',
      rate: 20,
      targets: [
        service('s0', { serviceTime: exponential(0.2), workers: 8 }),
        service('s1', { serviceTime: exponential(0.01), workers: 8 }),
      ],
    });
    advanceTo(sim, 100);
    const [slow, fast] = targetCounts(sim);
    expect(fast / (slow + fast)).toBeGreaterThan(0.9);
    const report = collectReport(sim);
    expect(report.clients.c.latency.mean).toBeLessThan(0.05);
  });

  it('still spreads load when the fast target saturates', () => {
    // s1 is fast but has one worker at 100/s capacity; 150/s must overflow to s0.
    const sim = balanced('least-response-time', {
      arrival: 'poisson',
      rate: 150,
      targets: [
        service('s0', { serviceTime: exponential(0.05), workers: 20 }),
        service('s1', { serviceTime: exponential(0.01), workers: 1 }),
      ],
    });
    advanceTo(sim, 100);
    const [slow, fast] = targetCounts(sim);
    expect(slow).toBeGreaterThan(0.2 * (slow + fast));
    expect(collectReport(sim).nodes.s1.utilization).toBeLessThan(1);
  });
});

describe('balancer bookkeeping', () => {
  it('forwards in zero time and counts each request once', () => {
    for (const algorithm of [
      'round-robin',
      'random',
      'least-connections',
      'ip-hash',
      'power-of-two-choices',
    ] as const) {
      const sim = balanced(algorithm, { arrival: 'poisson', rate: 20 });
      advanceTo(sim, 50);
      const report = collectReport(sim);
      expect(report.nodes.lb.arrivals).toBe(report.clients.c.sent);
      expect(report.nodes.lb.completed).toBe(report.nodes.lb.arrivals);
      expect(report.nodes.lb.meanTimeInSystem).toBe(0);
      // Every outstanding count returns to zero once answered.
      advanceTo(sim, 50);
      const lb = sim.nodes[nodeIndex(sim, 'lb')];
      const inFlight = sim.active.length;
      expect(Array.from(lb.outstanding).reduce((a, b) => a + b, 0)).toBe(inFlight);
    }
  });
});
