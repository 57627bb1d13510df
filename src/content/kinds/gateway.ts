import { KIND_NAME } from '../kind-names.ts';
import type { ContentRecord } from '../content-record.ts';

export const GATEWAY: ContentRecord = {
  name: KIND_NAME.gateway,
  line: 'An API gateway is the front door every request passes: it filters, authenticates, limits and routes.',
  body: 'It rejects malformed requests (400), bad credentials (401) and users who ask too often (429). Then it routes each request by its path to the service that handles it, or answers 404. Doing these checks once, in one place, spares every service from repeating them.',
  glossary: {
    id: 'api-gateway',
    aliases: ['API gateway', 'gateway'],
    seeAlso: ['validation', 'authentication', 'token-bucket', 'not-found'],
  },
};
