/** Explanations of the stations where work is done and waits: orchestrator, service, queue. */
import { ORCHESTRATOR_DEFAULTS, QUEUE_DEFAULTS, SERVICE_DEFAULTS } from '../../scenario/nodes/index.ts';
import { KIND_CONTENT } from '../../content/kinds/index.ts';
import { OVERFLOW_BEHAVIOUR } from './behaviours.ts';
import type { ExplanationBody, Given, ParamsOf } from './explanation.ts';
import { count, perSecond, serviceTimeWords } from './words.ts';

export function explainOrchestrator(given: Given): ExplanationBody {
  const p = { ...ORCHESTRATOR_DEFAULTS, ...given } as ParamsOf<'orchestrator'>;
  return {
    title: KIND_CONTENT.orchestrator.name,
    what: KIND_CONTENT.orchestrator.line,
    current:
      p.mode === 'parallel'
        ? 'It calls them all at once, so the slowest call sets the latency.'
        : 'It calls them one after another, so their times add up.',
    parameters: [
      {
        fields: ['workers', 'serviceTime', 'capacity'],
        text: `Combining the answers takes ${serviceTimeWords(p.serviceTime)} on one of ${count(p.workers)} workers; if any call fails, the request fails.`,
      },
    ],
  };
}

export function explainService(given: Given): ExplanationBody {
  const p = { ...SERVICE_DEFAULTS, ...given } as ParamsOf<'service'>;
  const capacity =
    p.serviceTime.mean > 0
      ? `, so it can finish about ${perSecond(p.workers / p.serviceTime.mean)} per second`
      : '';
  return {
    title: KIND_CONTENT.service.name,
    what: KIND_CONTENT.service.line,
    current: p.down ? 'It is down: every request gets 503 at once.' : undefined,
    parameters: [
      {
        fields: ['workers', 'serviceTime'],
        text: `${count(p.workers)} ${p.workers === 1 ? 'worker serves' : 'workers serve'} requests, each taking ${serviceTimeWords(p.serviceTime)}${capacity}.`,
      },
      {
        fields: ['capacity'],
        text:
          p.capacity === null
            ? 'The rest wait in a line with no limit.'
            : `The rest wait in ${count(p.capacity)} slots; when they are full, new requests get 503.`,
      },
      {
        fields: ['errorRate', 'down'],
        text: `${p.errorRate > 0 ? `${Math.round(p.errorRate * 100)}% of requests fail with 500 after service` : 'No request fails after service (error rate 0)'}; a service that is down answers 503.`,
      },
    ],
  };
}

export function explainQueue(given: Given): ExplanationBody {
  const p = { ...QUEUE_DEFAULTS, ...given } as ParamsOf<'queue'>;
  return {
    title: KIND_CONTENT.queue.name,
    what: KIND_CONTENT.queue.line,
    current: OVERFLOW_BEHAVIOUR[p.overflow],
    parameters: [
      {
        fields: ['capacity'],
        text:
          p.capacity === null
            ? 'It has no size limit, so an overloaded queue grows until memory runs out.'
            : `It holds ${count(p.capacity)} waiting jobs: the backlog’s growth tells how soon they fill.`,
      },
      {
        fields: ['consumers'],
        text: 'Its consumers are the services on its arrows: more consumer workers drain it faster.',
      },
    ],
  };
}
