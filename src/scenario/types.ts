/**
 * The scenario contract (DESIGN.md sections 3 and 8, format 2).
 *
 * `ScenarioInput` is what a file or link may hold (most fields optional); `Scenario` is what
 * `parseScenario` returns: every default filled in, every range checked. Nothing past the parse
 * function sees an `unknown` or a `ScenarioInput`.
 */

import type { PerSecond, Seconds, Share } from '../lib/units.ts';

export const SCENARIO_VERSION = 2;

export type NodeKind = 'client' | 'loadBalancer' | 'gateway' | 'orchestrator' | 'service' | 'queue';
export const NODE_KINDS: readonly NodeKind[] = [
  'client',
  'loadBalancer',
  'gateway',
  'orchestrator',
  'service',
  'queue',
];

/** Every way a request or job can end. Index order is used by the engine's typed counters. */
export const OUTCOMES = [
  'ok',
  'unauthorized',
  'invalid',
  'rate-limited',
  'not-found',
  'queue-full',
  'evicted',
  'dead-lettered',
  'error',
  'unavailable',
  // Format 2 (DESIGN.md section 8), appended so every earlier index stays the same.
  'timeout',
  'circuit-open',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** HTTP-style code shown next to a dot that ended with this outcome. */
export const OUTCOME_CODE: Readonly<Record<Outcome, string>> = {
  ok: '200',
  unauthorized: '401',
  invalid: '400',
  'rate-limited': '429',
  'not-found': '404',
  'queue-full': '503',
  evicted: 'evicted',
  'dead-lettered': 'DLQ',
  error: '500',
  unavailable: '503',
  timeout: '504',
  'circuit-open': '503',
};

/** Outcomes that mean "refused for lack of capacity": they count towards `dropRate`. */
export const DROP_OUTCOMES: readonly Outcome[] = ['rate-limited', 'queue-full', 'evicted', 'dead-lettered'];

export const LB_ALGORITHMS = [
  'round-robin',
  'weighted-round-robin',
  'random',
  'least-connections',
  'power-of-two-choices',
  'ip-hash',
  'least-response-time',
  'fifo',
] as const;
export type LbAlgorithm = (typeof LB_ALGORITHMS)[number];

export const OVERFLOW_POLICIES = ['reject-new', 'drop-oldest', 'dead-letter', 'block'] as const;
export type OverflowPolicy = (typeof OVERFLOW_POLICIES)[number];

/**
 * A service-time distribution in seconds. `mean` may be 0 (no processing cost).
 * - lognormal: `cv` is the coefficient of variation (standard deviation / mean), default 1.
 * - uniform: `spread` is the half-width relative to the mean (0..1), default 1, so U(0, 2·mean).
 */
export type Distribution =
  | { dist: 'exponential'; mean: Seconds }
  | { dist: 'constant'; mean: Seconds }
  | { dist: 'lognormal'; mean: Seconds; cv: number }
  | { dist: 'uniform'; mean: Seconds; spread: number };

export interface Position {
  x: number;
  y: number;
}

interface NodeBase {
  id: string;
  label: string;
  position?: Position;
}

export interface ClientNode extends NodeBase {
  kind: 'client';
  device: 'mobile' | 'web';
  rate: PerSecond;
  arrival: 'poisson' | 'constant';
  users: number;
  invalidAuthShare: Share;
  malformedShare: Share;
  /** route → relative weight; at least one entry. */
  routes: Record<string, number>;
  /** Seconds each attempt may take before the client gives up on it; null = waits for ever. */
  timeout: Seconds | null;
  retry: RetryPolicy | null;
}

/** Active probes of every target at t = interval, 2·interval, … (format 2). */
export interface HealthCheck {
  interval: Seconds;
  unhealthyThreshold: number;
  healthyThreshold: number;
}

/** Passive ejection of a target after failed answers in a row (format 2). */
export interface OutlierDetection {
  consecutiveFailures: number;
  ejectionTime: Seconds;
  maxEjectedShare: Share;
}

export interface LoadBalancerNode extends NodeBase {
  kind: 'loadBalancer';
  algorithm: LbAlgorithm;
  healthCheck: HealthCheck | null;
  outlierDetection: OutlierDetection | null;
}

export interface RateLimit {
  rate: PerSecond;
  burst: number;
  per: 'user' | 'global';
}

export interface GatewayNode extends NodeBase {
  kind: 'gateway';
  workers: number;
  serviceTime: Distribution;
  capacity: number | null;
  auth: boolean;
  validate: boolean;
  rateLimit: RateLimit | null;
  /** Seconds each call to the routed target may take; null = waits for ever. */
  timeout: Seconds | null;
  retry: RetryPolicy | null;
  /** One breaker per outgoing edge. */
  circuitBreaker: CircuitBreaker | null;
}

export interface OrchestratorNode extends NodeBase {
  kind: 'orchestrator';
  workers: number;
  serviceTime: Distribution;
  capacity: number | null;
  mode: 'parallel' | 'sequential';
  /** One breaker per outgoing edge. */
  circuitBreaker: CircuitBreaker | null;
}

export interface ServiceNode extends NodeBase {
  kind: 'service';
  workers: number;
  serviceTime: Distribution;
  capacity: number | null;
  errorRate: Share;
  down: boolean;
  autoscale: Autoscale | null;
}

export const JITTER_MODES = ['none', 'full', 'equal', 'decorrelated'] as const;
export type JitterMode = (typeof JITTER_MODES)[number];

/** Outcomes a retry policy may name in `on`; 400, 401 and 404 are never worth retrying. */
export const RETRYABLE_OUTCOMES = [
  'error',
  'unavailable',
  'timeout',
  'queue-full',
  'rate-limited',
  'circuit-open',
] as const satisfies readonly Outcome[];
export type RetryableOutcome = (typeof RETRYABLE_OUTCOMES)[number];

/** The wait before retry n is d = min(max, base·multiplierⁿ⁻¹), jittered (DESIGN.md section 8). */
export interface Backoff {
  base: Seconds;
  max: Seconds;
  multiplier: number;
  jitter: JitterMode;
}

/** Retries sent in the last 10 s may not exceed ratio × first attempts in the last 10 s + minPerS × 10. */
export interface RetryBudget {
  ratio: number;
  minPerS: PerSecond;
}

export interface RetryPolicy {
  /** Extra tries after the first, 1…10. */
  attempts: number;
  on: RetryableOutcome[];
  backoff: Backoff;
  budget: RetryBudget | null;
}

/** Closed → open when ≥ minCalls of the last `window` calls include a failed share ≥ failureRate. */
export interface CircuitBreaker {
  failureRate: Share;
  window: number;
  minCalls: number;
  openFor: Seconds;
  halfOpenCalls: number;
}

export const AUTOSCALE_METRICS = ['utilization', 'backlog'] as const;

export interface Autoscale {
  min: number;
  max: number;
  metric: (typeof AUTOSCALE_METRICS)[number];
  target: number;
  interval: Seconds;
  startup: Seconds;
  scaleDownDelay: Seconds;
}

export interface QueueNode extends NodeBase {
  kind: 'queue';
  capacity: number | null;
  overflow: OverflowPolicy;
}

export type ScenarioNode =
  ClientNode | LoadBalancerNode | GatewayNode | OrchestratorNode | ServiceNode | QueueNode;

export interface ScenarioEdge {
  from: string;
  to: string;
  /** Gateway routing: the longest matching prefix wins. */
  route?: string;
  /** Weighted round robin; default 1. */
  weight: number;
  latency: Seconds;
}

export const FAULT_KINDS = ['crash', 'slow', 'errors', 'latency', 'partition'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

interface FaultBase {
  /** Simulated second the fault starts. */
  at: Seconds;
  /** Simulated second it heals; null = never. Always after `at`. */
  until: Seconds | null;
  /** A node id, or an edge written `from>to`. */
  target: string;
}

/** A fault scheduled in simulated time (DESIGN.md section 8; docs/scenario-format.md). */
export type Fault =
  | (FaultBase & { kind: 'crash' })
  | (FaultBase & { kind: 'slow'; factor: number })
  | (FaultBase & { kind: 'errors'; errorRate: Share })
  | (FaultBase & { kind: 'latency'; latency: Seconds })
  | (FaultBase & { kind: 'partition' });

export interface Scenario {
  version: typeof SCENARIO_VERSION;
  name: string;
  seed: number;
  nodes: ScenarioNode[];
  edges: ScenarioEdge[];
  /** In the order given; empty when the scenario has none. */
  faults: Fault[];
}

/** A readable validation error: `path` names the field, e.g. `nodes[2].workers`. */
export interface ScenarioError {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };
