import { KIND_NAME } from '../kind-names.ts';
import type { ContentRecord } from '../content-record.ts';

export const ORCHESTRATOR: ContentRecord = {
  name: KIND_NAME.orchestrator,
  line: 'An orchestrator answers a request that needs data from several services: it calls them all, waits until every one has answered, and combines the results.',
  body: 'It fans the request out into calls, in parallel or one after another, and joins the answers when all have arrived. In parallel the slowest call sets the latency; one after another the times add up. If any call fails, the whole request fails.',
  glossary: {
    id: 'orchestration',
    term: 'Orchestration (fan-out and join)',
    aliases: ['orchestration', 'orchestrator', 'fan-out', 'fans out'],
    seeAlso: ['latency', 'microservice', 'percentile'],
  },
};
