import { ALGORITHM_NAME } from '../algorithm-names.ts';
import type { ContentRecord } from '../content-record.ts';

export const IP_HASH: ContentRecord = {
  name: ALGORITHM_NAME['ip-hash'],
  line: 'IP hash always sends the same user to the same server (a "sticky" session), which helps caches but can leave servers unevenly loaded.',
  body: 'A hash of who sent the request picks the server. It keeps a user’s data warm in one server’s cache, but a few heavy users can overload their server while others sit idle.',
  glossary: {
    id: 'ip-hash',
    term: 'IP hash (sticky sessions)',
    aliases: ['IP hash', 'sticky session', 'sticky'],
    seeAlso: [],
  },
};
