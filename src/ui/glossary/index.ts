/**
 * The glossary: every entry, lookup, word linking, and the inspector's
 * explanation of each component.
 */
import { createGlossaryMatcher, type GlossaryMatch } from './find-terms.ts';
import { ARCHITECTURE_TERMS } from './terms-architecture.ts';
import { BALANCING_TERMS } from './terms-balancing.ts';
import { FAILURE_TERMS } from './terms-failures.ts';
import { MEASURE_TERMS } from './terms-measures.ts';
import { RESILIENCE_TERMS } from './terms-resilience.ts';
import type { GlossaryEntry } from './types.ts';

export type { GlossaryEntry } from './types.ts';
export type { GlossaryMatch } from './find-terms.ts';
export { explainComponent, type ComponentExplanation } from './explain-component.ts';

/** Every entry, sorted by term for an A–Z list. */
export const GLOSSARY: readonly GlossaryEntry[] = Object.freeze(
  [...ARCHITECTURE_TERMS, ...BALANCING_TERMS, ...MEASURE_TERMS, ...FAILURE_TERMS, ...RESILIENCE_TERMS].sort(
    (a, b) => a.term.localeCompare(b.term),
  ),
);

export function getGlossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((entry) => entry.id === id);
}

const matcher = createGlossaryMatcher(GLOSSARY);

/** Where glossary words appear in `text`, left to right, never overlapping. */
export function findGlossaryMatches(text: string): GlossaryMatch[] {
  return matcher.matches(text);
}

/** The ids of the glossary entries `text` mentions, in order of first mention, each once. */
export function findGlossaryTerms(text: string): string[] {
  return [...new Set(matcher.matches(text).map((m) => m.id))];
}
