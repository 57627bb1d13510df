/** Lesson 1: one server saturates, more servers help, and the way work is shared matters. */
import type { Lesson } from './types.ts';

const SERVERS = ['App server 1', 'App server 2', 'App server 3'];

export const WHY_LOAD_BALANCER: Lesson = {
  id: 'why-load-balancer',
  title: 'Why a load balancer?',
  summary:
    'One machine cannot serve everybody. Several servers side by side can, and the load balancer decides which one gets each request.',
  steps: [
    {
      id: 'one-server',
      title: 'One server for everybody',
      setup: {
        preset: 'monolith',
        // Weights of 0 take servers 2 and 3 out: every request goes to server 1.
        changes: [{ nodeId: 'lb', patch: { algorithm: 'weighted-round-robin' } }],
        edgeChanges: [
          { from: 'lb', to: 'app-2', patch: { weight: 0 } },
          { from: 'lb', to: 'app-3', patch: { weight: 0 } },
        ],
      },
      focusNodeId: 'app-1',
      lookFor:
        'All 20 requests per second go to App server 1. Watch its waiting line: it climbs and never comes back down.',
      question: {
        kind: 'number',
        prompt: 'How busy is App server 1? Read its utilisation ρ.',
        answer: 100,
        tolerance: 0.05,
        unit: '%',
        readFrom: { figure: 'rho', nodeId: 'app-1' },
        explanation:
          'The server has 2 workers and each request takes 0.15 s, so it can finish at most 2 ÷ 0.15 ≈ 13.3 requests per second. 20 arrive. Both workers are always busy, and the extra 6.7 per second pile up in the line.',
      },
      runForS: 30,
    },
    {
      id: 'three-servers',
      title: 'Three servers, shared in turn',
      setup: { preset: 'monolith' },
      focusNodeId: 'lb',
      lookFor:
        'The load balancer uses round robin: server 1, server 2, server 3, then server 1 again. Each server now gets a third of the traffic.',
      question: {
        kind: 'number',
        prompt: 'What is the utilisation ρ of App server 1 now?',
        answer: 50,
        tolerance: 0.15,
        unit: '%',
        readFrom: { figure: 'rho', nodeId: 'app-1' },
        explanation:
          'Each server gets 20 ÷ 3 ≈ 6.7 requests per second. Each request keeps a worker busy for 0.15 s, so 6.7 × 0.15 = 1 worker is busy on average, out of 2. That is 50%: the line stays short.',
      },
      runForS: 120,
    },
    {
      id: 'one-slow-server',
      title: 'One slow server',
      setup: {
        preset: 'monolith',
        changes: [{ nodeId: 'app-3', patch: { serviceTime: 0.45 } }],
      },
      focusNodeId: 'app-3',
      lookFor:
        'App server 3 is an old machine: each request takes 0.45 s instead of 0.15 s. Round robin does not know that and still sends it one request in three.',
      question: {
        kind: 'choice',
        prompt: 'Which server has the longest waiting line?',
        choices: SERVERS,
        answer: 'App server 3',
        readFrom: {
          pick: 'largest',
          among: {
            'App server 1': { figure: 'backlog', nodeId: 'app-1' },
            'App server 2': { figure: 'backlog', nodeId: 'app-2' },
            'App server 3': { figure: 'backlog', nodeId: 'app-3' },
          },
        },
        explanation:
          'Server 3 can finish only 2 ÷ 0.45 ≈ 4.4 requests per second, but round robin sends it 6.7. Its line grows by about 2.2 every second, while the two fast servers sit half idle.',
      },
      runForS: 30,
    },
    {
      id: 'smarter-balancing',
      title: 'A balancer that looks',
      setup: {
        preset: 'monolith',
        changes: [
          { nodeId: 'app-3', patch: { serviceTime: 0.45 } },
          { nodeId: 'lb', patch: { algorithm: 'least-connections' } },
        ],
      },
      focusNodeId: 'app-3',
      lookFor:
        'Same slow server, but the balancer now uses least connections: each request goes to the server with the fewest requests still open.',
      question: {
        kind: 'number',
        prompt: 'What is the utilisation ρ of App server 3 now?',
        answer: 82,
        tolerance: 0.1,
        unit: '%',
        readFrom: { figure: 'rho', nodeId: 'app-3' },
        explanation:
          'The slow server keeps its requests open longer, so it looks busier and gets fewer new ones. It is busy but no longer overloaded, and the fast servers take the rest. The algorithm matters.',
      },
      runForS: 60,
    },
  ],
};
