/**
 * Every balancing algorithm's record (content-record.ts), one file each. In the glossary each also
 * points to the load balancer and to the other algorithms; `seeAlso` lists only what comes on top.
 */
import type { LbAlgorithm } from '../../scenario/types.ts';
import type { ContentRecord } from '../content-record.ts';
import { ROUND_ROBIN } from './round-robin.ts';
import { WEIGHTED_ROUND_ROBIN } from './weighted-round-robin.ts';
import { RANDOM } from './random.ts';
import { LEAST_CONNECTIONS } from './least-connections.ts';
import { POWER_OF_TWO_CHOICES } from './power-of-two-choices.ts';
import { IP_HASH } from './ip-hash.ts';
import { LEAST_RESPONSE_TIME } from './least-response-time.ts';
import { FIFO } from './fifo.ts';

export const ALGORITHM_CONTENT: Readonly<Record<LbAlgorithm, ContentRecord>> = {
  'round-robin': ROUND_ROBIN,
  'weighted-round-robin': WEIGHTED_ROUND_ROBIN,
  random: RANDOM,
  'least-connections': LEAST_CONNECTIONS,
  'power-of-two-choices': POWER_OF_TWO_CHOICES,
  'ip-hash': IP_HASH,
  'least-response-time': LEAST_RESPONSE_TIME,
  fifo: FIFO,
};
