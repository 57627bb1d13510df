/**
 * The balancing algorithms' names. Apart from their records (algorithms/) because the diagram
 * shows them on the first page, and the records' prose loads on demand (initial JavaScript budget,
 * DESIGN.md section 6); each record takes its name from here.
 */
import type { LbAlgorithm } from '../scenario/types.ts';

export const ALGORITHM_NAME: Readonly<Record<LbAlgorithm, string>> = {
  'round-robin': 'Round robin',
  'weighted-round-robin': 'Weighted round robin',
  random: 'Random',
  'least-connections': 'Least connections',
  'power-of-two-choices': 'Power of two choices',
  'ip-hash': 'IP hash (sticky)',
  'least-response-time': 'Least response time',
  fifo: 'FIFO (shared line)',
};
