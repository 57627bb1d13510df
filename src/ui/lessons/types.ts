/**
 * The shape of a guided lesson. Lessons are plain data: the UI renders them,
 * `buildStepScenario` turns a step's setup into a validated scenario, and the tests run every
 * step with the engine to prove that each answer is what the screen will show.
 */
import type { Outcome } from '../../scenario/types.ts';

/** A change to one node of the preset, merged over its fields (nested objects are replaced whole). */
export interface NodeChange {
  nodeId: string;
  patch: Record<string, unknown>;
}

/** A change to one edge of the preset, named by its ends (e.g. a weight of 0 takes a server out). */
export interface EdgeChange {
  from: string;
  to: string;
  patch: Record<string, unknown>;
}

/** How a step's scenario is made: a preset, a seed, and a few changes. */
export interface StepSetup {
  preset: string;
  /** Defaults to the preset's seed. */
  seed?: number;
  changes?: NodeChange[];
  edgeChanges?: EdgeChange[];
}

export type Percentile = 'p50' | 'p95' | 'p99';

/**
 * The number on screen that answers a question, so the UI can point at it and the tests can
 * measure it. Values are in display units: seconds, per second, counts, and percent (0–100).
 *
 * Live figures (what a node shows now, rates over the last 4 simulated seconds):
 * `backlog` waiting count, `growth` of waiting + held per second, `held` at a blocked publisher,
 * `utilization` recent share of workers busy, `arriving` / `finishing` / `failing` per second,
 * `dead-letters` count, `failures` count of one outcome ended at the node, `outcome-rate` per
 * second of one outcome ended at the node (a queue's card shows its loss this way: "Refused 25/s"),
 * `edge-rate` per second.
 *
 * Run figures (since the run started, from the metric report): `rho` utilisation ρ
 * (`RunReport.nodes[id].utilization`; for a queue, its consumers'), `time-in-system` a node's
 * percentile, `latency` a client's end-to-end percentile, `success` and `outcome-share` among a
 * client's finished requests, `first-full` when a queue first gave way (`firstDropAt`).
 * ρ is read from the report, not the 4-second live share, because the live share of a 2-worker
 * server swings by ±20 points and a queue node has no workers of its own to show one.
 */
export type Reading =
  | {
      figure:
        'backlog' | 'growth' | 'held' | 'utilization' | 'arriving' | 'finishing' | 'failing' | 'dead-letters';
      nodeId: string;
    }
  | { figure: 'failures' | 'outcome-rate'; nodeId: string; outcome: Outcome }
  | { figure: 'edge-rate'; from: string; to: string }
  | { figure: 'rho' | 'first-full'; nodeId: string }
  | { figure: 'time-in-system'; nodeId: string; percentile: Percentile }
  | { figure: 'latency'; clientId: string; percentile: Percentile }
  | { figure: 'success'; clientId: string }
  | { figure: 'outcome-share'; clientId: string; outcome: Outcome }
  /** Live: a client's tries per request over the window (tries/s ÷ requests/s), as its card shows. */
  | { figure: 'tries-per-request'; clientId: string }
  /** Live: the workers serving now at a node (an autoscaled service's count, starting ones apart). */
  | { figure: 'workers'; nodeId: string };

interface QuestionBase {
  prompt: string;
  /** Why the answer is what it is; shown after answering. */
  explanation: string;
}

export interface NumberQuestion extends QuestionBase {
  kind: 'number';
  /**
   * On a compare step: the answer is B − A of the reading (the difference table's "B − A"), so its
   * sign says which side is better.
   */
  difference?: boolean;
  answer: number;
  /** Relative: 0.15 accepts ±15% of the answer. Default `DEFAULT_TOLERANCE`. An answer of 0 is exact. */
  tolerance?: number;
  /** Shown after the input, e.g. "/s", "s", "%", "jobs". */
  unit?: string;
  readFrom: Reading;
}

export interface ChoiceQuestion extends QuestionBase {
  kind: 'choice';
  choices: string[];
  /** One of `choices`. */
  answer: string;
  /** The right choice is the one whose reading is largest (or smallest). Keys are `choices`. */
  readFrom: { pick: 'largest' | 'smallest'; among: Record<string, Reading> };
}

export type LessonQuestion = NumberQuestion | ChoiceQuestion;

/**
 * Another figure the step's words state (in `lookFor` or the explanation). The UI may ignore it;
 * the tests check it like an answer, so the text never teaches a number the run contradicts.
 */
export interface StepClaim {
  readFrom: Reading;
  value: number;
  /** Relative, as in `NumberQuestion`. */
  tolerance: number;
  /** When to read it; default the step's `runForS`. */
  atS?: number;
}

export interface LessonStep {
  /** Kebab-case, unique within its lesson; part of the step's link. */
  id: string;
  title: string;
  setup: StepSetup;
  /** The node to highlight. */
  focusNodeId: string;
  /** One or two sentences: what to watch. */
  lookFor: string;
  question: LessonQuestion;
  /** Simulated seconds after which the answer can be read on screen. */
  runForS: number;
  claims?: StepClaim[];
  /** A compare step: the step opens Compare with B = the step's scenario with these changes. */
  compare?: { changes: NodeChange[] };
}

export interface Lesson {
  id: string;
  title: string;
  /** One or two sentences: what the lesson teaches. */
  summary: string;
  steps: LessonStep[];
}

/** ±15%: what a class reading a moving number off a projector can be expected to hit. */
export const DEFAULT_TOLERANCE = 0.15;
