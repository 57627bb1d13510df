/**
 * Client: a front end (mobile or web) that emits requests to its one outgoing edge.
 */
import * as v from 'valibot';
import { integerIn, notAList, numberIn, oneOf, route, share } from '../fields.ts';
import { LIMITS } from '../limits.ts';
import { clipReceived } from '../quote-text.ts';
import type { ClientNode } from '../types.ts';
import { defineNodeKind, given, kindFields, toBase, type NodeParams } from './node-base.ts';

/** What a client does when a field is left out. */
export const CLIENT_DEFAULTS: Readonly<NodeParams<ClientNode>> = Object.freeze({
  device: 'web',
  rate: 10,
  arrival: 'poisson',
  users: 1000,
  invalidAuthShare: 0,
  malformedShare: 0,
  routes: Object.freeze({ '/': 1 }),
});

const routeWeight = numberIn(0, LIMITS.routeWeight);

/** route → relative weight; 1 to 50 entries, at least one weight above 0. */
const routeTable = v.pipe(
  v.record(
    route(),
    routeWeight,
    (issue) =>
      `must be an object of route → weight, e.g. { "/orders": 3 }; got ${clipReceived(issue.received)}`,
  ),
  v.minEntries(1, 'must list at least one route, e.g. { "/": 1 }'),
  v.maxEntries(
    LIMITS.routesPerClient,
    (issue) => `must list at most ${LIMITS.routesPerClient} routes; got ${issue.received}`,
  ),
  v.check(
    (weights) => Object.values(weights).some((w) => w > 0),
    'needs at least one route with a weight above 0, or the client could send nothing',
  ),
);

const routes = notAList(routeTable, 'must be an object of route → weight, e.g. { "/orders": 3 }; got a list');

export const clientSchema = kindFields('client', {
  device: v.optional(oneOf(['mobile', 'web'])),
  rate: v.optional(numberIn(0, LIMITS.rate, 'req/s')),
  arrival: v.optional(oneOf(['poisson', 'constant'])),
  users: v.optional(integerIn(1, LIMITS.users)),
  invalidAuthShare: v.optional(share()),
  malformedShare: v.optional(share()),
  routes: v.optional(routes),
});

export type ClientInput = v.InferInput<typeof clientSchema>;

/** Fills in every default of a validated client. */
export function toClientNode(input: v.InferOutput<typeof clientSchema>): ClientNode {
  const d = CLIENT_DEFAULTS;
  return {
    ...toBase('client', input),
    device: given(input.device, d.device),
    rate: given(input.rate, d.rate),
    arrival: given(input.arrival, d.arrival),
    users: given(input.users, d.users),
    invalidAuthShare: given(input.invalidAuthShare, d.invalidAuthShare),
    malformedShare: given(input.malformedShare, d.malformedShare),
    routes: { ...given(input.routes, d.routes) },
  };
}

export const clientKind = defineNodeKind('client', clientSchema, toClientNode);
