/** Explanations of where requests come from and how they are let in: clients, balancer, gateway. */
import { CLIENT_DEFAULTS, GATEWAY_DEFAULTS, LOAD_BALANCER_DEFAULTS } from '../../scenario/nodes/index.ts';
import { ALGORITHM_CONTENT } from '../../content/algorithms/index.ts';
import { KIND_CONTENT } from '../../content/kinds/index.ts';
import type { ExplanationBody, Given, ParamsOf } from './explanation.ts';
import { count, perSecond, serviceTimeWords } from './words.ts';

/** "/orders, /users" or, for the catch-all route alone, "any path". */
function routeWords(routes: Record<string, number>): string {
  const paths = Object.keys(routes).filter((route) => routes[route] > 0);
  return paths.length === 1 && paths[0] === '/' ? 'any path' : paths.join(', ');
}

export function explainClient(given: Given): ExplanationBody {
  const p = { ...CLIENT_DEFAULTS, ...given } as ParamsOf<'client'>;
  const bad = p.invalidAuthShare + p.malformedShare;
  return {
    title: p.device === 'mobile' ? 'Mobile client' : 'Web client',
    what: KIND_CONTENT.client.line,
    current: `Each dot is one of its requests: ${p.device === 'mobile' ? 'mobile requests are blue circles' : 'web requests are orange squares'}.`,
    parameters: [
      {
        fields: ['rate', 'arrival'],
        text: `It sends ${perSecond(p.rate)} requests per second, ${p.arrival === 'poisson' ? 'at random moments (Poisson)' : 'at an even pace'}.`,
      },
      {
        fields: ['users', 'routes'],
        text: `They come from ${count(p.users)} users and ask for ${routeWords(p.routes)}.`,
      },
      {
        fields: ['invalidAuthShare', 'malformedShare'],
        text:
          bad > 0
            ? `${Math.round(p.invalidAuthShare * 100)}% carry bad credentials and ${Math.round(p.malformedShare * 100)}% are malformed, for the gateway to catch.`
            : 'All of its requests are well formed and signed in.',
      },
    ],
  };
}

export function explainLoadBalancer(given: Given): ExplanationBody {
  const p = { ...LOAD_BALANCER_DEFAULTS, ...given } as ParamsOf<'loadBalancer'>;
  return {
    title: KIND_CONTENT.loadBalancer.name,
    what: KIND_CONTENT.loadBalancer.line,
    current: ALGORITHM_CONTENT[p.algorithm].line,
    parameters: [
      {
        fields: ['algorithm'],
        text: 'Change the algorithm and watch the rates on the arrows and the p99 latency.',
      },
    ],
  };
}

export function explainGateway(given: Given): ExplanationBody {
  const p = { ...GATEWAY_DEFAULTS, ...given } as ParamsOf<'gateway'>;
  const checks = [p.validate && 'malformed requests (400)', p.auth && 'bad credentials (401)'].filter(
    Boolean,
  );
  const limit = p.rateLimit;
  return {
    title: KIND_CONTENT.gateway.name,
    what: KIND_CONTENT.gateway.line,
    current: `It turns away ${checks.length > 0 ? checks.join(' and ') : 'nothing'}, and answers 404 for a path no service has.`,
    parameters: [
      {
        fields: ['workers', 'serviceTime', 'capacity'],
        text: `${count(p.workers)} workers check requests, each taking ${serviceTimeWords(p.serviceTime)}${p.capacity === null ? '' : `, with ${count(p.capacity)} waiting slots`}.`,
      },
      {
        fields: ['rateLimit'],
        text: limit
          ? `A token bucket lets ${limit.per === 'user' ? 'each user' : 'all users together'} through ${perSecond(limit.rate)} ${limit.rate === 1 ? 'request' : 'requests'} per second, in bursts of up to ${count(limit.burst)}; the rest get 429.`
          : 'There is no rate limit: turn one on to answer 429 to users who ask too often.',
      },
    ],
  };
}
