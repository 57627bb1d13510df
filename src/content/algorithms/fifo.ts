import { ALGORITHM_NAME } from '../algorithm-names.ts';
import type { ContentRecord } from '../content-record.ts';

export const FIFO: ContentRecord = {
  name: ALGORITHM_NAME.fifo,
  line: 'FIFO keeps one shared line at the balancer and hands the oldest request to whichever server has a free worker, so no request waits behind a slow one.',
  body: 'No request ever waits behind a slow one at a busy server while a worker is free elsewhere. It is the M/M/c idea: one line for many workers. The price is that the balancer must know when each worker is free.',
  glossary: {
    id: 'fifo',
    term: 'FIFO (first in, first out)',
    aliases: ['FIFO', 'first in, first out', 'first in first out'],
    seeAlso: ['mmc'],
  },
};
