/** Words for the engine's identifiers, as the class sees them. */
import type { LbAlgorithm, NodeKind, Outcome, OverflowPolicy } from '../scenario/types.ts';

export const KIND_NAME: Record<NodeKind, string> = {
  client: 'Client',
  loadBalancer: 'Load balancer',
  gateway: 'API gateway',
  orchestrator: 'Orchestrator',
  service: 'Service',
  queue: 'Queue',
};

export const ALGORITHM_NAME: Record<LbAlgorithm, string> = {
  'round-robin': 'Round robin',
  'weighted-round-robin': 'Weighted round robin',
  random: 'Random',
  'least-connections': 'Least connections',
  'power-of-two-choices': 'Power of two choices',
  'ip-hash': 'IP hash (sticky)',
  'least-response-time': 'Least response time',
  fifo: 'FIFO (shared line)',
};

export const OVERFLOW_NAME: Record<OverflowPolicy, string> = {
  'reject-new': 'Reject new',
  'drop-oldest': 'Drop oldest',
  'dead-letter': 'Dead-letter oldest',
  block: 'Block producer',
};

export const OUTCOME_NAME: Record<Outcome, string> = {
  ok: 'OK',
  unauthorized: 'Unauthorized',
  invalid: 'Invalid',
  'rate-limited': 'Rate limited',
  'not-found': 'Not found',
  'queue-full': 'Queue full',
  evicted: 'Evicted',
  'dead-lettered': 'Dead-lettered',
  error: 'Error',
  unavailable: 'Unavailable',
  timeout: 'Timed out',
  'circuit-open': 'Circuit open',
};
