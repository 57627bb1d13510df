/**
 * Glossary: the parts of the architecture and what happens to a request in them. The node kinds'
 * entries come from their records (src/content/kinds).
 */
import { KIND_CONTENT } from '../../content/kinds/index.ts';
import { NODE_KINDS } from '../../scenario/types.ts';
import { entryOf } from './from-record.ts';
import type { GlossaryEntry } from './types.ts';

export const ARCHITECTURE_TERMS: GlossaryEntry[] = [
  ...NODE_KINDS.map((kind) => KIND_CONTENT[kind]).flatMap((record) =>
    record.glossary ? [entryOf(record)] : [],
  ),
  {
    id: 'validation',
    term: 'Validation (400 Bad Request)',
    short: 'Checking that a request is well formed before doing anything with it.',
    body: 'A missing field or a wrong type gets 400 at once. It is the gateway’s first and cheapest check, so broken input never costs a service any work.',
    seeAlso: ['api-gateway', 'authentication'],
    aliases: ['validation', 'validate', 'malformed', '400', 'Bad Request'],
  },
  {
    id: 'authentication',
    term: 'Authentication (401 Unauthorized)',
    short: 'Checking who sent a request; without valid credentials the answer is 401.',
    body: 'The gateway checks the token or password of every request after validation. A wrong or expired token gets 401 Unauthorized and goes no further.',
    seeAlso: ['api-gateway', 'validation'],
    aliases: ['authentication', 'authenticate', 'credentials', 'Unauthorized', 'Unauthorised', '401'],
  },
  {
    id: 'token-bucket',
    term: 'Rate limit (token bucket, 429)',
    short: 'A cap on how often one user may call: past it, the answer is 429 Too Many Requests.',
    body: 'Each user has a bucket that refills at a steady rate, say 1 token per second, and holds at most a few (the burst). Each request takes a token; with the bucket empty it gets 429. Short bursts pass, a steady flood does not.',
    seeAlso: ['api-gateway', 'backpressure'],
    aliases: ['token bucket', 'rate limit', 'rate limiting', 'rate limited', 'Too Many Requests', '429'],
  },
  {
    id: 'not-found',
    term: '404 Not Found',
    short: 'The gateway has no route for the requested path.',
    body: 'Routing is the gateway’s last step: it looks for the service whose route matches the path. If none does, the answer is 404 and no service is called.',
    seeAlso: ['api-gateway'],
    aliases: ['404', 'Not Found'],
  },
  {
    id: 'service-unavailable',
    term: '503 Service Unavailable',
    short: 'The answer when there is no room for a request, or the service that should handle it is down.',
    body: 'A full waiting room or a queue that rejects new jobs answers 503. So does a service that is down. It tells the caller to try again later, which is better than waiting forever.',
    seeAlso: ['capacity', 'overflow-policy', 'microservice'],
    aliases: ['503', 'Service Unavailable', 'queue full'],
  },
  {
    id: 'monolith',
    term: 'Monolith',
    short: 'One application that does every job, copied onto several servers to grow.',
    body: 'A monolith is simple to build and run. But every copy does everything, so you must copy all of it to grow one part, and one bad part can take the whole app down.',
    seeAlso: ['microservice', 'load-balancer'],
    aliases: ['monolith', 'monolithic'],
  },
  {
    id: 'microservice',
    term: 'Microservices',
    short: 'Small services that each do one job, reached through an API gateway.',
    body: 'Each service can be given more workers on its own, and a failing one breaks only its own routes. The price is more moving parts: a gateway, network hops, and orchestration when an answer needs several services.',
    seeAlso: ['monolith', 'api-gateway', 'orchestration'],
    aliases: ['microservice', 'microservices'],
  },
  {
    id: 'producer',
    term: 'Producer',
    short: 'The part that creates jobs and publishes them to a queue.',
    body: 'Publishing does not wait for the job to be done, only for the queue to accept it. Under backpressure the producer is held until there is room.',
    seeAlso: ['process-queue', 'consumer', 'backpressure'],
    aliases: ['producer', 'publisher', 'publish'],
  },
  {
    id: 'consumer',
    term: 'Consumer',
    short: 'A worker that takes jobs from a queue and does them.',
    body: 'Each consumer takes the oldest waiting job when it is free. The queue drains only if the consumers together finish more jobs per second than arrive.',
    seeAlso: ['process-queue', 'producer', 'utilisation'],
    aliases: ['consumer'],
  },
  {
    id: 'overflow-policy',
    term: 'Overflow policy',
    short:
      'What a full queue does with one job too many: reject it, drop the oldest, dead-letter it, or block.',
    body: 'Reject new refuses the arriving job (503). Drop oldest throws the oldest waiting job away. Dead-letter moves the oldest to a store where it is kept. Block holds the producer back until there is room.',
    seeAlso: ['eviction', 'dead-letter', 'backpressure', 'service-unavailable'],
    aliases: ['overflow policy', 'overflow', 'reject new'],
  },
  {
    id: 'eviction',
    term: 'Eviction (drop oldest)',
    short: 'A full queue throws away its oldest waiting job to make room for the new one.',
    body: 'Fresh work wins and old work is lost for good. That suits data that goes stale, such as prices or positions. It is wrong for orders or payments.',
    seeAlso: ['overflow-policy', 'dead-letter'],
    aliases: ['eviction', 'evicted', 'evict', 'drop oldest'],
  },
  {
    id: 'dead-letter',
    term: 'Dead letter',
    short: 'A job set aside in a separate store instead of being done or thrown away.',
    body: 'A dead-letter queue keeps jobs that could not be handled, here because the queue was full. Someone can inspect them or replay them later, so nothing is silently lost.',
    seeAlso: ['overflow-policy', 'eviction'],
    aliases: ['dead letter', 'dead-lettered', 'dead-letter queue', 'DLQ'],
  },
  {
    id: 'backpressure',
    term: 'Backpressure',
    short: 'A full stage pushes back: the stage before it must wait instead of handing over more work.',
    body: 'Under the block policy a full queue holds the producer until there is room. Nothing is lost, but the backlog moves upstream, to the producer and then to whoever calls it. It turns a hidden overload into a visible slowdown.',
    seeAlso: ['overflow-policy', 'producer', 'overload'],
    aliases: ['backpressure', 'back pressure'],
  },
];
