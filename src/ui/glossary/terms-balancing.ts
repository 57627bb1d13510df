/** Glossary: the load balancer's algorithms, as the engine implements them (docs/engine.md). */
import type { GlossaryEntry } from './types.ts';

const ALGORITHMS = [
  'round-robin',
  'weighted-round-robin',
  'random-balancing',
  'least-connections',
  'power-of-two-choices',
  'ip-hash',
  'least-response-time',
  'fifo',
];

/** Each algorithm points to the balancer and to the other algorithms. */
function others(id: string): string[] {
  return ['load-balancer', ...ALGORITHMS.filter((a) => a !== id)];
}

export const BALANCING_TERMS: GlossaryEntry[] = [
  {
    id: 'round-robin',
    term: 'Round robin',
    short: 'Servers take turns: 1, 2, 3, then 1 again.',
    body: 'Simple and perfectly even in numbers of requests. But it does not look at how busy a server is, so a slow server gets as much work as a fast one and its line grows.',
    seeAlso: others('round-robin'),
    aliases: ['round robin'],
  },
  {
    id: 'weighted-round-robin',
    term: 'Weighted round robin',
    short: 'Turns in proportion to weights: a server with weight 2 gets twice the turns of weight 1.',
    body: 'Use it when servers differ in size. The weights are set by hand on the arrows out of the balancer, and a weight of 0 takes a server out of the rotation.',
    seeAlso: others('weighted-round-robin'),
    aliases: ['weighted round robin'],
  },
  {
    id: 'random-balancing',
    term: 'Random balancing',
    short: 'Each request goes to a server picked at random.',
    body: 'It needs no memory and no coordination. On average the load is even, but by chance a server sometimes gets several requests in a row, so lines are longer than with round robin.',
    seeAlso: others('random-balancing'),
    aliases: ['random balancing', 'random algorithm'],
  },
  {
    id: 'least-connections',
    term: 'Least connections',
    short: 'Each request goes to the server with the fewest requests still open.',
    body: 'A slow or busy server holds its requests longer, so it looks busier and automatically gets less. It needs the balancer to count open requests for every server.',
    seeAlso: others('least-connections'),
    aliases: ['least connections', 'least connection'],
  },
  {
    id: 'power-of-two-choices',
    term: 'Power of two choices',
    short: 'Pick two servers at random and send the request to the less busy one.',
    body: 'Comparing just two is almost as good as checking every server, and far cheaper when there are hundreds of them. It avoids the herd effect of every balancer rushing to the same idle server.',
    seeAlso: others('power-of-two-choices'),
    aliases: ['power of two choices', 'power of two'],
  },
  {
    id: 'ip-hash',
    term: 'IP hash (sticky sessions)',
    short: 'The same user always goes to the same server.',
    body: 'A hash of who sent the request picks the server. It keeps a user’s data warm in one server’s cache, but a few heavy users can overload their server while others sit idle.',
    seeAlso: others('ip-hash'),
    aliases: ['IP hash', 'sticky session', 'sticky'],
  },
  {
    id: 'least-response-time',
    term: 'Least response time',
    short: 'Prefer the server that has been answering fastest, weighted by how many requests it has open.',
    body: 'The balancer keeps a running average of each server’s response time. A fast server with few open requests scores best. It adapts to servers that slow down, a little after the fact.',
    seeAlso: others('least-response-time'),
    aliases: ['least response time'],
  },
  {
    id: 'fifo',
    term: 'FIFO (first in, first out)',
    short: 'One shared line at the balancer; the oldest request goes to the next server with a free worker.',
    body: 'No request ever waits behind a slow one at a busy server while a worker is free elsewhere. It is the M/M/c idea: one line for many workers. The price is that the balancer must know when each worker is free.',
    seeAlso: [...others('fifo'), 'mmc'],
    aliases: ['FIFO', 'first in, first out', 'first in first out'],
  },
];
