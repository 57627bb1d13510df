/**
 * A client (mobile or web front end) emits requests to its one outgoing edge. `poisson`:
 * exponential gaps, the first after one gap; `constant`: the first at the current instant, then
 * every 1/rate. Each request draws its user, route, credentials and form from the client's stream.
 */
import { ClientStats } from '../client-stats.ts';
import { EV_ARRIVAL } from '../event-kinds.ts';
import { callsThroughAttempts, startCall } from '../callers.ts';
import { send } from '../flow.ts';
import { C_ATTEMPTS } from '../station-stats.ts';
import type { NodeState } from '../node-state.ts';
import type { ClientNode } from '../../scenario/types.ts';
import type { Simulation } from '../simulation.ts';
import { TOKEN_REQUEST } from '../token.ts';
import { traceRequest, wantsTrace } from '../trace.ts';

export function configureClient(sim: Simulation, node: NodeState): void {
  const params = node.params as ClientNode;
  if (!sim.clientStats.has(node.index)) sim.clientStats.set(node.index, new ClientStats(sim.warmupS));
  node.routeNames = Object.keys(params.routes);
  let cumulative = 0;
  node.routeCumulative = node.routeNames.map((route) => (cumulative += params.routes[route]));
}

/** (Re)starts the arrival stream from now; an already scheduled arrival becomes stale. */
export function scheduleArrivals(sim: Simulation, node: NodeState, first: boolean): void {
  const params = node.params as ClientNode;
  node.arrivalGeneration++;
  if (!(params.rate > 0)) return;
  const gapS =
    params.arrival === 'poisson' ? node.random.exponential(1 / params.rate) : first ? 0 : 1 / params.rate;
  sim.queue.schedule(sim.nowS + gapS, EV_ARRIVAL, node.index, node.arrivalGeneration);
}

export function clientArrival(sim: Simulation, node: NodeState, generation: number): void {
  if (generation !== node.arrivalGeneration) return;
  emit(sim, node);
  scheduleArrivals(sim, node, false);
}

function emit(sim: Simulation, node: NodeState): void {
  const params = node.params as ClientNode;
  const random = node.random;
  const request = sim.allocate(TOKEN_REQUEST);
  request.id = sim.nextId++;
  request.client = node.index;
  request.mobile = params.device === 'mobile';
  request.createdS = sim.nowS;
  request.user = random.below(params.users);
  request.route = pickRoute(node);
  request.validAuth = params.invalidAuthShare > 0 ? random.next() >= params.invalidAuthShare : true;
  request.wellFormed = params.malformedShare > 0 ? random.next() >= params.malformedShare : true;
  sim.requests.created++;
  if (wantsTrace(sim, node.index, request.route)) traceRequest(sim, request.id);
  node.stats.arrival(sim.nowS);
  if (node.caller !== null && callsThroughAttempts(node)) startCall(sim, node, request, node.outEdges[0]);
  else {
    // One try, counted so `attempts` stays right when retries are switched on mid-run.
    node.stats.count(sim.nowS, C_ATTEMPTS);
    send(sim, request, node.outEdges[0]);
  }
}

function pickRoute(node: NodeState): string {
  const names = node.routeNames;
  if (names.length === 1) return names[0];
  const cumulative = node.routeCumulative;
  const draw = node.random.next() * cumulative[cumulative.length - 1];
  for (let i = 0; i < names.length; i++) if (draw < cumulative[i]) return names[i];
  return names[names.length - 1];
}
