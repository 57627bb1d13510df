/** One sentence on how each balancing algorithm and each overflow policy behaves (docs/engine.md). */
import type { LbAlgorithm, OverflowPolicy } from '../../scenario/types.ts';

export const ALGORITHM_BEHAVIOUR: Readonly<Record<LbAlgorithm, string>> = {
  'round-robin': 'Round robin: the servers take turns, one request each, however busy they are.',
  'weighted-round-robin':
    'Weighted round robin: turns in proportion to the weights on the arrows, and a weight of 0 gets nothing.',
  random: 'Random: each request goes to a server picked by chance, so short streaks can pile up on one.',
  'least-connections':
    'Least connections: each request goes to the server with the fewest requests still open.',
  'power-of-two-choices':
    'Power of two choices: two servers are picked at random and the less busy one gets the request.',
  'ip-hash': 'IP hash: the same user always goes to the same server, which can leave servers uneven.',
  'least-response-time':
    'Least response time: the server that has been answering fastest, for its number of open requests, wins.',
  fifo: 'FIFO: requests wait in one shared line here, and the oldest goes to the first server with a free worker.',
};

export const OVERFLOW_BEHAVIOUR: Readonly<Record<OverflowPolicy, string>> = {
  'reject-new': 'When full it rejects new jobs with 503, and keeps the ones already waiting.',
  'drop-oldest': 'When full it throws the oldest waiting job away (evicted) to make room for the new one.',
  'dead-letter': 'When full it moves the oldest waiting job to a dead-letter store, where it is kept.',
  block: 'When full it holds the producer back until there is room: backpressure, so nothing is lost.',
};
