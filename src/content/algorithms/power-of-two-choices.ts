import { ALGORITHM_NAME } from '../algorithm-names.ts';
import type { ContentRecord } from '../content-record.ts';

export const POWER_OF_TWO_CHOICES: ContentRecord = {
  name: ALGORITHM_NAME['power-of-two-choices'],
  line: 'Power of two choices picks two servers at random and sends the request to the less busy of the two: almost as good as checking them all, at a fraction of the cost.',
  body: 'Comparing just two is almost as good as checking every server, and far cheaper when there are hundreds of them. It avoids the herd effect of every balancer rushing to the same idle server.',
  glossary: {
    id: 'power-of-two-choices',
    aliases: ['power of two choices', 'power of two'],
    seeAlso: [],
  },
};
