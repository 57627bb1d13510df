/**
 * The plain-language explanation the inspector shows for each component: what it is for, in two
 * or three sentences a student can follow, plus a sentence on the option currently chosen.
 */
import type { LbAlgorithm, OverflowPolicy, ScenarioNode } from '../../scenario/types.ts';

const ALGORITHM: Record<LbAlgorithm, string> = {
  'round-robin':
    'Round robin hands requests to the servers in turn, one each, regardless of how busy they are.',
  'weighted-round-robin':
    'Weighted round robin takes turns too, but a server with weight 2 gets twice as many turns as one with weight 1, so bigger machines get more work.',
  random:
    'Random picks any server by chance: simple and stateless, but short streaks can pile work onto one server.',
  'least-connections':
    'Least connections sends each request to the server with the fewest requests still open, so a slow or busy server automatically gets less.',
  'power-of-two-choices':
    'Power of two choices picks two servers at random and sends the request to the less busy of the two: almost as good as checking them all, at a fraction of the cost.',
  'ip-hash':
    'IP hash always sends the same user to the same server (a "sticky" session), which helps caches but can leave servers unevenly loaded.',
  'least-response-time':
    'Least response time remembers how quickly each server has been answering and prefers the fastest one.',
  fifo: 'FIFO keeps one shared line at the balancer and hands the oldest request to whichever server has a free worker, so no request waits behind a slow one.',
};

const OVERFLOW: Record<OverflowPolicy, string> = {
  'reject-new':
    'When the queue is full it refuses new jobs (503), so the producer finds out at once and the jobs already queued are kept.',
  'drop-oldest':
    'When the queue is full it throws away the oldest waiting job to make room: fresh work wins, old work is lost (evicted).',
  'dead-letter':
    'When the queue is full it moves the oldest waiting job to a dead-letter queue, where it is kept for someone to inspect or replay later.',
  block:
    'When the queue is full the producer must wait until there is room (backpressure): nothing is lost, but the backlog moves upstream to the producer.',
};

export function explain(node: ScenarioNode): string {
  switch (node.kind) {
    case 'client':
      return `A ${node.device === 'mobile' ? 'mobile app' : 'web browser'} sends requests to the system, about ${node.rate} per second. Each dot is one request: ${node.device === 'mobile' ? 'mobile requests are blue circles' : 'web requests are orange squares'}. Some users send bad credentials or malformed requests, which the gateway should catch.`;
    case 'loadBalancer':
      return `One machine cannot serve a very large audience, so several servers run side by side and the load balancer decides which one gets each request. The choice of algorithm is the lesson: watch how evenly the work is spread. ${ALGORITHM[node.algorithm]}`;
    case 'gateway':
      return `The API gateway is the front door every request passes through. It rejects malformed requests (400), checks credentials (401), enforces rate limits (429) and routes each request to the service that handles it, or answers 404 if none does. Keeping these checks in one place means the services behind it do not each have to repeat them.`;
    case 'orchestrator':
      return `When one answer needs data from several services, the orchestrator calls them all${node.mode === 'parallel' ? ' at the same time' : ', one after another'}, waits until every one has answered, and combines the results. The request is only as fast as the slowest call${node.mode === 'sequential' ? ' — and in sequential mode the calls add up' : ''}, and if any call fails, the whole request fails.`;
    case 'service':
      return `A service does one job: it has ${node.workers} worker${node.workers === 1 ? '' : 's'} that each serve one request at a time, and requests that find every worker busy wait in line. When requests arrive faster than the workers can finish them, the line grows without limit${node.capacity === null ? '' : ` until its ${node.capacity} waiting places are full and new requests are turned away (503)`}. Adding workers or making each request faster shortens the line.`;
    case 'queue':
      return `A queue lets a fast producer hand off work to a slower consumer without waiting: jobs pile up in the backlog and consumers take the oldest one when they are free. If jobs arrive faster than they are consumed, the backlog grows steadily${node.capacity === null ? ' and never stops' : ` until it reaches its capacity of ${node.capacity}`}. ${OVERFLOW[node.overflow]}`;
  }
}
