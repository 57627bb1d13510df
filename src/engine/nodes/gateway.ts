/**
 * The API gateway: after its processing time it validates (400), authenticates (401), applies a
 * token-bucket rate limit (429), then routes by the longest matching route prefix, else the edge
 * without a route, else 404.
 */
import { callsThroughAttempts, startCall } from '../callers.ts';
import { finish, send } from '../flow.ts';
import type { NodeState } from '../node-state.ts';
import { INVALID, NOT_FOUND, RATE_LIMITED, UNAUTHORIZED } from '../outcome-codes.ts';
import type { GatewayNode } from '../../scenario/types.ts';
import type { Simulation } from '../simulation.ts';
import type { Token } from '../token.ts';
import { leaveWorker } from './station.ts';
import { pullNext } from './station-workers.ts';

export function gatewayDone(sim: Simulation, node: NodeState, token: Token): void {
  leaveWorker(sim, node, token);
  const params = node.params as GatewayNode;
  let rejection = -1;
  let edgeIndex = -1;
  if (params.validate && !token.wellFormed) rejection = INVALID;
  else if (params.auth && !token.validAuth) rejection = UNAUTHORIZED;
  else if (params.rateLimit !== null && !takeToken(sim, node, params, token)) rejection = RATE_LIMITED;
  else {
    edgeIndex = routeFor(sim, node, token.route);
    if (edgeIndex < 0) rejection = NOT_FOUND;
  }
  if (rejection >= 0) {
    finish(sim, token, rejection, node.index);
  } else {
    node.stats.complete(sim.nowS);
    if (node.caller !== null && callsThroughAttempts(node)) startCall(sim, node, token, edgeIndex);
    else send(sim, token, edgeIndex);
  }
  pullNext(sim, node);
}

/** Shortfall of a token that still counts as a whole one (float rounding of refills). */
const TOKEN_EPSILON = 1e-6;

/** Token bucket: refills at `rate` up to `burst`; a request spends one token or is refused. */
function takeToken(sim: Simulation, node: NodeState, params: GatewayNode, token: Token): boolean {
  const limit = params.rateLimit;
  if (limit === null) return true;
  // Users are per client; 1e9 is above the largest allowed `users`, so keys never collide.
  const key = limit.per === 'global' ? -1 : token.client * 1e9 + token.user;
  let bucket = node.buckets.get(key);
  if (bucket === undefined) {
    bucket = { tokens: limit.burst, lastS: sim.nowS };
    node.buckets.set(key, bucket);
  }
  bucket.tokens = Math.min(limit.burst, bucket.tokens + limit.rate * (sim.nowS - bucket.lastS));
  bucket.lastS = sim.nowS;
  // Refills are sums of float time differences: at exactly the limit's pace (10/s into 5/s) a
  // refill of 0.5 can come out as 0.49999999999999994, and without this tolerance the cap at
  // `burst` then throws the shortfall away and refuses far more than the limit says.
  if (bucket.tokens < 1 - TOKEN_EPSILON) return false;
  bucket.tokens = Math.max(0, bucket.tokens - 1);
  return true;
}

/** The outgoing edge for a route, cached per route string (routes come from a client's small set). */
export function routeFor(sim: Simulation, node: NodeState, route: string): number {
  const cached = node.routeCache.get(route);
  if (cached !== undefined) return cached;
  let best = -1;
  let bestLength = -1;
  let fallback = -1;
  for (const edgeIndex of node.outEdges) {
    const prefix = sim.edges[edgeIndex].route;
    if (prefix === undefined) {
      if (fallback < 0) fallback = edgeIndex;
    } else if (matchesPrefix(route, prefix) && prefix.length > bestLength) {
      best = edgeIndex;
      bestLength = prefix.length;
    }
  }
  const chosen = best >= 0 ? best : fallback;
  node.routeCache.set(route, chosen);
  return chosen;
}

/** Prefixes match whole path segments: `/user` matches `/user` and `/user/7`, not `/users`. */
export function matchesPrefix(route: string, prefix: string): boolean {
  if (prefix === '/' || route === prefix) return true;
  if (!route.startsWith(prefix)) return false;
  return prefix.endsWith('/') || route.charCodeAt(prefix.length) === 47; // '/'
}
