/**
 * Lesson 7: a retry storm. Two servers at 70%, clients with a 1 s timeout and three
 * immediate retries; one server crashes for 5 s at t = 30. After it is back the system stays
 * overloaded — every try times out, so each request makes 4 tries (28 × 4 = 112/s against 40/s of
 * capacity) and nothing is answered in time: a metastable failure. Backoff with jitter spreads the
 * tries but does not remove them; a retry budget or a circuit breaker does.
 */
import type { Lesson, StepSetup } from './types.ts';

const STORM_AT_S = 90;
// Nine runs in ten tip over at 70%; seed 5 and the two after it all do (a lucky run rides the crash out).
const SEED = 5;
const setup = (changes: StepSetup['changes'] = []): StepSetup => ({
  preset: 'retry-storm',
  seed: SEED,
  changes,
});
const tries = { figure: 'tries-per-request', clientId: 'web' } as const;
/** Goodput: requests answered OK per second, the client's “Answered OK”. */
const goodput = { figure: 'finishing', nodeId: 'web' } as const;
// The words say goodput collapses to nothing in a storm (exact: 0/s on seeds 5–7) and recovers to
// the 28/s offered when the storm is stopped (±15%: a 4 s window of Poisson arrivals).
const collapsed = [{ readFrom: goodput, value: 0, tolerance: 0 }];
const recovered = [{ readFrom: goodput, value: 28, tolerance: 0.15 }];

export const RETRY_STORM_LESSON: Lesson = {
  id: 'retry-storm',
  title: 'Retry storm: when retries keep a system down',
  summary:
    'Retries help with rare, short failures. When answers slow down for everyone, retries add load exactly when there is none to spare, and a 5-second crash can become an outage that does not end by itself.',
  steps: [
    {
      id: 'calm',
      title: 'Two servers at 70%',
      setup: setup(),
      focusNodeId: 'web',
      lookFor:
        '28 requests per second go to two servers that each answer 20 per second (70% busy); the clients give up on a try after 1 s and try again, up to 3 more times. Watch “Tries per request” on the client.',
      question: {
        kind: 'number',
        prompt: 'How many tries does each request take now?',
        answer: 1,
        tolerance: 0.15,
        readFrom: tries,
        explanation:
          'Almost every answer comes in well under 1 s: at 70% the mean time in a server is 0.05 ÷ (1 − 0.7) ≈ 0.17 s, and only e^(−6) ≈ 0.25% take longer than 1 s. So nearly every request needs one try.',
      },
      runForS: 25,
    },
    {
      id: 'storm',
      title: 'A 5-second crash',
      setup: setup(),
      focusNodeId: 'web',
      lookFor:
        'At t = 30 s server 1 crashes for 5 s: its tries fail at once and are retried onto server 2, which falls behind, so answers take over 1 s, time out (504) and are retried. Server 1 is back at 35 s — watch whether the system recovers.',
      question: {
        kind: 'number',
        prompt: 'A minute after server 1 is back, how many tries does each request take?',
        answer: 4,
        tolerance: 0.1,
        readFrom: tries,
        explanation:
          'Every try now waits behind a long line and times out, so every request makes all 4 tries: 28 × 4 = 112 tries per second against 40 per second of capacity. The abandoned tries are still served (work is not cancelled), so the lines keep growing and goodput stays near 0. The crash is over; the overload is not: a metastable failure.',
      },
      runForS: STORM_AT_S,
      claims: collapsed,
    },
    {
      id: 'backoff',
      title: 'Backoff with jitter',
      setup: { preset: 'retry-storm-backoff', seed: SEED },
      focusNodeId: 'web',
      lookFor:
        'Now the clients wait before retrying: a random share of 0.1 s, 0.2 s, 0.4 s (exponential backoff with full jitter), so retries no longer arrive in lockstep. Same crash at 30 s.',
      question: {
        kind: 'number',
        prompt: 'A minute after the crash, how many tries does each request take?',
        answer: 4,
        tolerance: 0.1,
        readFrom: tries,
        explanation:
          'Still 4. Backoff and jitter spread the retries out in time, which helps against a short spike, but here every try still times out, so every request still makes all 4 tries. Spreading load is not removing it.',
      },
      runForS: STORM_AT_S,
      claims: collapsed,
    },
    {
      id: 'budget',
      title: 'A retry budget',
      setup: { preset: 'retry-storm-budget', seed: SEED },
      focusNodeId: 'web',
      lookFor:
        'Immediate retries again, but with a retry budget: over any 10 s, retries may not exceed 10% of first tries (plus 5), and a denied retry ends the request with its last answer. Same crash at 30 s.',
      question: {
        kind: 'number',
        prompt: 'A minute after the crash, how many tries does each request take?',
        answer: 1,
        tolerance: 0.15,
        readFrom: tries,
        explanation:
          'About 1: at most 1.1 tries per request can reach the servers, 28 × 1.1 ≈ 31 per second, below their 40. The backlog of the crash drains and the system recovers. The budget caps how much retries can add, whatever happens downstream.',
      },
      runForS: STORM_AT_S,
      claims: recovered,
    },
    {
      id: 'breaker',
      title: 'A circuit breaker',
      setup: setup([
        {
          nodeId: 'gateway',
          patch: {
            // The words say the gateway gives up after 0.9 s: just before its client does (1 s).
            timeout: 0.9,
            circuitBreaker: { failureRate: 0.5, window: 20, minCalls: 10, openFor: 5, halfOpenCalls: 1 },
          },
        },
      ]),
      focusNodeId: 'gateway',
      lookFor:
        'Immediate retries without a budget, but the gateway gives up on a call after 0.9 s and has a circuit breaker on its edge to the servers: when half of its last 20 calls fail it refuses calls (503) for 5 s, then lets one trial through. Watch the breaker’s state on the edge.',
      question: {
        kind: 'number',
        prompt: 'A minute after the crash, how many tries does each request take?',
        answer: 1,
        tolerance: 0.15,
        readFrom: tries,
        explanation:
          'About 1 again. While the breaker is open, calls are refused at once instead of waiting and timing out, and the refusals (circuit-open) are not retried: the servers get room to drain their lines, and the breaker closes after a good trial.',
      },
      runForS: STORM_AT_S,
      claims: recovered,
    },
  ],
};
