/** Glossary: the load balancer's algorithms, from their records (src/content/algorithms). */
import { ALGORITHM_CONTENT } from '../../content/algorithms/index.ts';
import { LB_ALGORITHMS } from '../../scenario/types.ts';
import { entryOf } from './from-record.ts';
import type { GlossaryEntry } from './types.ts';

const RECORDS = LB_ALGORITHMS.map((algorithm) => ALGORITHM_CONTENT[algorithm]);

/** Each algorithm points to the balancer and to the other algorithms. */
export const BALANCING_TERMS: GlossaryEntry[] = RECORDS.map((record) =>
  entryOf(record, [
    'load-balancer',
    ...RECORDS.filter((other) => other !== record).map((other) => other.glossary?.id ?? ''),
  ]),
);
