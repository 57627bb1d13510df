/**
 * The balancing algorithms that choose at once (all but `fifo`). Each returns a position in the
 * balancer's outgoing edge list; random choices draw from the balancer's own stream.
 */
import type { NodeState } from '../node-state.ts';
import type { LoadBalancerNode } from '../../scenario/types.ts';
import type { Simulation } from '../simulation.ts';
import type { Token } from '../token.ts';

export function pickTarget(sim: Simulation, node: NodeState, token: Token): number {
  const targets = node.outEdges.length;
  if (targets === 1) return 0;
  switch ((node.params as LoadBalancerNode).algorithm) {
    case 'round-robin':
    case 'fifo':
      return node.cursor++ % targets;
    case 'weighted-round-robin':
      return smoothWeighted(sim, node);
    case 'random':
      return node.random.below(targets);
    case 'least-connections':
      return lowest(node, (position) => node.outstanding[position]);
    case 'power-of-two-choices': {
      const first = node.random.below(targets);
      let second = node.random.below(targets - 1);
      if (second >= first) second++;
      return node.outstanding[second] < node.outstanding[first] ? second : first;
    }
    case 'ip-hash':
      return userHash(token.client, token.user) % targets;
    case 'least-response-time':
      // Response time alone herds every request onto the last fast target; weighting it by the
      // connections already open (as real balancers do) spreads load while preferring fast ones.
      return lowest(node, (position) => node.responseEwmaS[position] * (node.outstanding[position] + 1));
  }
}

/** nginx's smooth weighted round robin: exact proportions, evenly interleaved. */
function smoothWeighted(sim: Simulation, node: NodeState): number {
  let total = 0;
  let best = -1;
  for (let position = 0; position < node.outEdges.length; position++) {
    const weight = sim.edges[node.outEdges[position]].weight;
    total += weight;
    node.smoothWeights[position] += weight;
    if (weight > 0 && (best < 0 || node.smoothWeights[position] > node.smoothWeights[best])) best = position;
  }
  if (best < 0) return node.cursor++ % node.outEdges.length;
  node.smoothWeights[best] -= total;
  return best;
}

/** The position with the lowest score; ties are broken uniformly at random. */
function lowest(node: NodeState, score: (position: number) => number): number {
  let best = 0;
  let bestScore = score(0);
  let ties = 1;
  for (let position = 1; position < node.outEdges.length; position++) {
    const value = score(position);
    if (value < bestScore) {
      best = position;
      bestScore = value;
      ties = 1;
    } else if (value === bestScore && node.random.below(++ties) === 0) {
      best = position;
    }
  }
  return best;
}

/** A stable hash of a user's identity (client and user number). */
export function userHash(client: number, user: number): number {
  let hash = Math.imul(client + 1, 0x9e3779b1) ^ user;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/**
 * The same algorithms over the targets in rotation only (some are out: health checks or outlier
 * detection). Used only then, so a balancer with every target in rotation picks as in format 1.
 */
export function pickInRotation(sim: Simulation, node: NodeState, token: Token, available: number[]): number {
  const count = available.length;
  if (count === 1) return available[0];
  const targets = node.outEdges.length;
  const health = node.health;
  switch ((node.params as LoadBalancerNode).algorithm) {
    case 'round-robin':
    case 'fifo':
      for (let i = 0; i < targets; i++) {
        const position = node.cursor++ % targets;
        if (health === null || health.inRotation(position)) return position;
      }
      return available[0];
    case 'weighted-round-robin':
      return smoothWeightedAmong(sim, node, available);
    case 'random':
      return available[node.random.below(count)];
    case 'least-connections':
      return lowestAmong(node, available, (position) => node.outstanding[position]);
    case 'power-of-two-choices': {
      const first = node.random.below(count);
      let second = node.random.below(count - 1);
      if (second >= first) second++;
      const [a, b] = [available[first], available[second]];
      return node.outstanding[b] < node.outstanding[a] ? b : a;
    }
    case 'ip-hash':
      return available[userHash(token.client, token.user) % count];
    case 'least-response-time':
      return lowestAmong(node, available, (p) => node.responseEwmaS[p] * (node.outstanding[p] + 1));
  }
}

function smoothWeightedAmong(sim: Simulation, node: NodeState, available: number[]): number {
  let total = 0;
  let best = -1;
  for (const position of available) {
    const weight = sim.edges[node.outEdges[position]].weight;
    total += weight;
    node.smoothWeights[position] += weight;
    if (weight > 0 && (best < 0 || node.smoothWeights[position] > node.smoothWeights[best])) best = position;
  }
  if (best < 0) return available[node.cursor++ % available.length];
  node.smoothWeights[best] -= total;
  return best;
}

function lowestAmong(node: NodeState, available: number[], score: (position: number) => number): number {
  let best = available[0];
  let bestScore = score(best);
  let ties = 1;
  for (let i = 1; i < available.length; i++) {
    const position = available[i];
    const value = score(position);
    if (value < bestScore) {
      best = position;
      bestScore = value;
      ties = 1;
    } else if (value === bestScore && node.random.below(++ties) === 0) {
      best = position;
    }
  }
  return best;
}
