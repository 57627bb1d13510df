/** Lesson 7: a server crashes; without defences a third of requests fail, and the balancer's defences stop it. */
import type { Lesson } from './types.ts';

const HEALTH_CHECK = { interval: 5, unhealthyThreshold: 3, healthyThreshold: 2 };
const OUTLIER_DETECTION = { consecutiveFailures: 5, ejectionTime: 30, maxEjectedShare: 0.5 };

export const SERVER_DIES_LESSON: Lesson = {
  id: 'server-dies',
  title: 'When a server dies',
  summary:
    'One of three servers crashes. A balancer that does not notice keeps sending it a third of the traffic; health checks and outlier detection take it out of rotation.',
  steps: [
    {
      id: 'no-defences',
      title: 'Nobody notices',
      setup: { preset: 'server-dies' },
      focusNodeId: 'app-2',
      lookFor:
        'At 22 s App server 2 crashes. Round robin still sends it every third request, and each one comes back red: 503, service unavailable.',
      question: {
        kind: 'number',
        prompt: 'How many requests has App server 2 answered with 503 by 60 s?',
        answer: 380,
        tolerance: 0.15,
        unit: 'requests',
        readFrom: { figure: 'failures', nodeId: 'app-2', outcome: 'unavailable' },
        explanation:
          'The balancer sends it a third of 30 requests per second, 10 per second, for the 38 s since the crash: about 380. A third of all requests fail, and they keep failing for as long as the server is down.',
      },
      runForS: 60,
    },
    {
      id: 'health-checks',
      title: 'Health checks',
      setup: { preset: 'server-dies', changes: [{ nodeId: 'lb', patch: { healthCheck: HEALTH_CHECK } }] },
      focusNodeId: 'lb',
      lookFor:
        'The balancer now probes every server every 5 s and takes one out after 3 failed probes in a row. Watch App server 2 turn suspected on the balancer, then out.',
      question: {
        kind: 'number',
        prompt: 'How many requests failed at App server 2 before the balancer took it out?',
        answer: 130,
        tolerance: 0.2,
        unit: 'requests',
        readFrom: { figure: 'failures', nodeId: 'app-2', outcome: 'unavailable' },
        explanation:
          'The probes at 25, 30 and 35 s fail, so the server leaves rotation at 35 s, 13 s after the crash. Meanwhile it still got 10 requests per second: about 130 failures. After that, none: the other two servers take all the traffic. The detection delay is between 10 and 15 s here, depending on when the crash falls between probes.',
      },
      runForS: 60,
    },
    {
      id: 'outlier-detection',
      title: 'Outlier detection',
      setup: {
        preset: 'server-dies',
        changes: [{ nodeId: 'lb', patch: { outlierDetection: OUTLIER_DETECTION } }],
      },
      focusNodeId: 'lb',
      lookFor:
        'With outlier detection the balancer watches the answers instead of probing: after 5 failures in a row from one server it ejects that server for 30 s.',
      question: {
        kind: 'number',
        prompt: 'How many requests fail at App server 2 before it is ejected?',
        answer: 5,
        tolerance: 0.2,
        unit: 'requests',
        readFrom: { figure: 'failures', nodeId: 'app-2', outcome: 'unavailable' },
        explanation:
          'Exactly the 5 failures in a row it takes to eject: within half a second of the crash. Outlier detection reacts to real traffic, so it is much faster than probes every 5 s — but after 30 s the server is tried again, and 5 more requests fail.',
      },
      runForS: 45,
    },
  ],
};
