/**
 * Lesson 2: round robin, least connections, power of two choices and FIFO, with one server slower
 * than the others. Round robin's p99 is about 1.8 times the others'. A slower server would widen
 * the gap, but round robin's p99 would then swing too much from seed to seed to ask for.
 */
import type { Lesson, LessonStep, NumberQuestion, StepSetup } from './types.ts';

/** App server 3 takes 0.25 s: under round robin it runs at ρ ≈ 0.83, the others at 0.5. */
function withAlgorithm(algorithm: string): StepSetup {
  return {
    preset: 'monolith',
    changes: [
      { nodeId: 'app-3', patch: { serviceTime: 0.25 } },
      { nodeId: 'lb', patch: { algorithm } },
    ],
  };
}

function mobileP99(answer: number, tolerance: number, explanation: string): NumberQuestion {
  return {
    kind: 'number',
    prompt: 'What is the p99 latency of the mobile app? (Read it in the summary.)',
    answer,
    tolerance,
    unit: 's',
    readFrom: { figure: 'latency', clientId: 'mobile', percentile: 'p99' },
    explanation,
  };
}

const steps: LessonStep[] = [
  {
    id: 'round-robin',
    title: 'Round robin',
    setup: withAlgorithm('round-robin'),
    focusNodeId: 'app-3',
    lookFor:
      'App server 3 is slower: 0.25 s per request instead of 0.15 s. Round robin still gives it one request in three, so watch its line.',
    // The slow server's line has long, rare surges, so its p99 varies more between runs.
    question: mobileP99(
      1.8,
      0.25,
      'Server 3 gets 6.7 requests per second and can finish 2 ÷ 0.25 = 8, so it runs at ρ ≈ 0.83. Its line gets long now and then. One request in three lands there, so the slowest 1% wait almost 2 s.',
    ),
    runForS: 120,
    claims: [{ readFrom: { figure: 'rho', nodeId: 'app-3' }, value: 83, tolerance: 0.1 }],
  },
  {
    id: 'least-connections',
    title: 'Least connections',
    setup: withAlgorithm('least-connections'),
    focusNodeId: 'lb',
    lookFor:
      'Least connections sends each request to the server with the fewest open requests. Compare the request rates on the three arrows out of the balancer.',
    question: mobileP99(
      1.0,
      0.15,
      'The slow server holds its requests longer, so it looks busy and gets fewer new ones. No line grows long anywhere. p99 drops from almost 2 s to about 1 s.',
    ),
    runForS: 120,
  },
  {
    id: 'power-of-two',
    title: 'Power of two choices',
    setup: withAlgorithm('power-of-two-choices'),
    focusNodeId: 'app-3',
    lookFor:
      'Power of two choices picks two servers at random and sends the request to the less busy of the two. It only looks at two servers, not all of them.',
    question: {
      kind: 'number',
      prompt: 'What is the utilisation ρ of slow App server 3 now?',
      answer: 67,
      tolerance: 0.1,
      unit: '%',
      readFrom: { figure: 'rho', nodeId: 'app-3' },
      explanation:
        'With round robin it was about 83%. Comparing just two servers is enough to steer work away from the slow one, so its ρ falls and its line stays short. p99 is close to least connections.',
    },
    runForS: 120,
  },
  {
    id: 'fifo',
    title: 'FIFO: one shared line',
    setup: withAlgorithm('fifo'),
    focusNodeId: 'lb',
    lookFor:
      'With FIFO the requests wait in one line at the balancer. A request leaves the line only when some server has a free worker.',
    question: mobileP99(
      1.0,
      0.15,
      'No request ever waits behind another at a busy server while a worker is free elsewhere. One shared line is the fairest way to wait: p99 is about 1 s, as good as the best of the others.',
    ),
    runForS: 120,
  },
  {
    id: 'compare-rr-lc',
    title: 'Compare: round robin against least connections at ρ ≈ 0.9',
    // 36 req/s over three equal servers of 2 workers at 0.15 s: ρ = 36 × 0.15 / 6 = 0.9.
    // Seed 2: the class sees seeds 2–4 agree (B − A −0.58 s to −0.90 s); seed 1 is the mildest (−0.4 s).
    setup: {
      preset: 'monolith',
      seed: 2,
      changes: [
        { nodeId: 'mobile', patch: { rate: 22 } },
        { nodeId: 'web', patch: { rate: 14 } },
      ],
    },
    compare: { changes: [{ nodeId: 'lb', patch: { algorithm: 'least-connections' } }] },
    focusNodeId: 'lb',
    lookFor:
      'Compare is on: A uses round robin and B least connections, on exactly the same requests, with three equal but busy servers (ρ ≈ 0.9). Watch the B − A column of the mobile app’s rows.',
    question: {
      kind: 'number',
      difference: true,
      prompt:
        'In the difference table, what is B − A for the mobile app’s p99 latency? (Mind the sign: negative means B is faster.)',
      answer: -0.75,
      // A p99 over three minutes swings from seed to seed; the sign never does, and it is the lesson.
      tolerance: 0.25,
      unit: 's',
      readFrom: { figure: 'latency', clientId: 'mobile', percentile: 'p99' },
      explanation:
        'Negative: least connections cuts the slowest requests by well over half a second. At ρ ≈ 0.9 round robin keeps handing requests to a server that happens to have a line, while another sits idle; least connections sends them where the line is shortest. Because A and B saw the same requests, the difference is the algorithm’s, not luck’s.',
    },
    runForS: 180,
    claims: [{ readFrom: { figure: 'rho', nodeId: 'app-1' }, value: 90, tolerance: 0.06 }],
  },
];

export const BALANCING_ALGORITHMS: Lesson = {
  id: 'balancing-algorithms',
  title: 'Round robin, least connections, power of two, FIFO',
  summary:
    'When servers are uneven, how the balancer chooses decides how long the slowest requests take. Watch p99.',
  steps,
};
