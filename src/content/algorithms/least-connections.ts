import { ALGORITHM_NAME } from '../algorithm-names.ts';
import type { ContentRecord } from '../content-record.ts';

export const LEAST_CONNECTIONS: ContentRecord = {
  name: ALGORITHM_NAME['least-connections'],
  line: 'Least connections sends each request to the server with the fewest requests still open, so a slow or busy server automatically gets less.',
  body: 'A slow or busy server holds its requests longer, so it looks busier and automatically gets less. It needs the balancer to count open requests for every server.',
  glossary: {
    id: 'least-connections',
    aliases: ['least connections', 'least connection'],
    seeAlso: [],
  },
};
