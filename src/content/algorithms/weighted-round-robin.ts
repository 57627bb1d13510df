import { ALGORITHM_NAME } from '../algorithm-names.ts';
import type { ContentRecord } from '../content-record.ts';

export const WEIGHTED_ROUND_ROBIN: ContentRecord = {
  name: ALGORITHM_NAME['weighted-round-robin'],
  line: 'Weighted round robin takes turns too, but a server with weight 2 gets twice as many turns as one with weight 1, so bigger machines get more work.',
  body: 'Use it when servers differ in size. The weights are set by hand on the arrows out of the balancer, and a weight of 0 takes a server out of the rotation.',
  glossary: {
    id: 'weighted-round-robin',
    aliases: ['weighted round robin'],
    seeAlso: [],
  },
};
