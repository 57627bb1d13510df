import { ALGORITHM_NAME } from '../algorithm-names.ts';
import type { ContentRecord } from '../content-record.ts';

export const ROUND_ROBIN: ContentRecord = {
  name: ALGORITHM_NAME['round-robin'],
  line: 'Round robin hands requests to the servers in turn, one each, regardless of how busy they are.',
  body: 'Simple and perfectly even in numbers of requests. But it does not look at how busy a server is, so a slow server gets as much work as a fast one and its line grows.',
  glossary: {
    id: 'round-robin',
    aliases: ['round robin'],
    seeAlso: [],
  },
};
