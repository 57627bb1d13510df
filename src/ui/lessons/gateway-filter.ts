/**
 * Lesson 4: the API gateway as a filter. Each step turns one kind of bad request up, so its share
 * is large enough to read steadily (a 2% share would wobble from run to run).
 */
import type { Lesson } from './types.ts';

export const GATEWAY_FILTER: Lesson = {
  id: 'gateway-filter',
  title: 'The API gateway as a filter',
  summary:
    'Every request passes the API gateway. It turns away malformed requests (400), bad credentials (401), users who ask too often (429) and paths nobody serves (404), before any service spends work on them.',
  steps: [
    {
      id: 'bad-credentials',
      title: 'Bad credentials: 401',
      setup: {
        preset: 'microservices',
        changes: [{ nodeId: 'mobile', patch: { invalidAuthShare: 0.25 } }],
      },
      focusNodeId: 'gateway-1',
      lookFor:
        'One mobile request in four now carries a wrong or expired token. The gateway checks it and answers 401 Unauthorized.',
      question: {
        kind: 'number',
        prompt: 'What share of mobile requests end with 401?',
        answer: 25,
        tolerance: 0.15,
        unit: '%',
        readFrom: { figure: 'outcome-share', clientId: 'mobile', outcome: 'unauthorized' },
        explanation:
          'A quarter of the tokens are bad, so about 25% get 401 (a little less, because the 2% malformed ones are rejected with 400 first). None of them reach a service.',
      },
      runForS: 120,
    },
    {
      id: 'malformed',
      title: 'Malformed requests: 400',
      setup: {
        preset: 'microservices',
        changes: [{ nodeId: 'mobile', patch: { malformedShare: 0.2 } }],
      },
      focusNodeId: 'gateway-1',
      lookFor:
        'Now one mobile request in five is malformed: a missing field, a wrong type. Validation is the first check, so these get 400 Bad Request.',
      question: {
        kind: 'number',
        prompt: 'What share of mobile requests end with 400?',
        answer: 20,
        tolerance: 0.15,
        unit: '%',
        readFrom: { figure: 'outcome-share', clientId: 'mobile', outcome: 'invalid' },
        explanation:
          'Validation runs before authentication, so every malformed request gets 400, about 20%. Checking the shape of a request is cheap, and it keeps broken input away from the services.',
      },
      runForS: 120,
    },
    {
      id: 'rate-limit',
      title: 'Too many requests: 429',
      setup: {
        preset: 'microservices',
        changes: ['gateway-1', 'gateway-2'].map((nodeId) => ({
          nodeId,
          patch: { rateLimit: { rate: 0.25, burst: 2, per: 'user' } },
        })),
      },
      focusNodeId: 'gateway-2',
      lookFor:
        'Each gateway now lets a user through only once every 4 seconds (a token bucket of 0.25 per second). The web app has just 10 heavy users, each sending about one request per second.',
      question: {
        kind: 'number',
        prompt: 'What share of web requests end with 429?',
        answer: 47,
        tolerance: 0.15,
        unit: '%',
        readFrom: { figure: 'outcome-share', clientId: 'web', outcome: 'rate-limited' },
        explanation:
          'Each web user sends about 0.5 requests per second to each gateway, but the bucket refills at only 0.25. So about half of them are refused with 429. The 2,000 mobile users each ask rarely, so the limit hardly ever touches them.',
      },
      runForS: 120,
    },
    {
      id: 'not-found',
      title: 'Nobody serves it: 404',
      setup: {
        preset: 'microservices',
        changes: [
          {
            nodeId: 'mobile',
            patch: { routes: { '/catalog': 5, '/users': 3, '/orders': 3, '/admin': 3 } },
          },
        ],
      },
      focusNodeId: 'gateway-1',
      lookFor:
        'The mobile app now asks for /admin 3 times in 14. No service has that route, so the gateway answers 404 Not Found.',
      question: {
        kind: 'number',
        prompt: 'What share of mobile requests end with 404?',
        answer: 20,
        tolerance: 0.15,
        unit: '%',
        readFrom: { figure: 'outcome-share', clientId: 'mobile', outcome: 'not-found' },
        explanation:
          '3 in 14 is about 21% of requests, and the few that already failed validation or authentication never reach routing. That leaves about 20% with 404. Routing is the last check the gateway makes.',
      },
      runForS: 120,
    },
  ],
};
