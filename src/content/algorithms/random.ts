import { ALGORITHM_NAME } from '../algorithm-names.ts';
import type { ContentRecord } from '../content-record.ts';

export const RANDOM: ContentRecord = {
  name: ALGORITHM_NAME.random,
  line: 'Random picks any server by chance: simple and stateless, but short streaks can pile work onto one server.',
  body: 'It needs no memory and no coordination. On average the load is even, but by chance a server sometimes gets several requests in a row, so lines are longer than with round robin.',
  glossary: {
    id: 'random-balancing',
    term: 'Random balancing',
    aliases: ['random balancing', 'random algorithm'],
    seeAlso: [],
  },
};
