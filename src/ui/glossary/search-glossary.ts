/**
 * The glossary's search box: which entries a typed query matches, best first. Every word of the
 * query must appear (case and accents ignored, hyphens read as spaces) in the entry's term, its
 * aliases or its text; entries named by the query rank above those that only mention it, so
 * "queue" lists "Process queue" before "Backlog".
 */
import type { GlossaryEntry } from './types.ts';

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[-_]+/g, ' ');
}

/**
 * 0: the term or an alias is the query; 1: a word of the term starts with it; 2: a term or alias
 * holds it; 3: only the text does; null: some word of the query is missing.
 */
function rank(entry: GlossaryEntry, query: string, words: string[]): number | null {
  const names = [entry.term, ...entry.aliases].map(fold);
  const all = `${names.join(' ')} ${fold(entry.short)} ${fold(entry.body)}`;
  if (!words.every((word) => all.includes(word))) return null;
  if (names.includes(query)) return 0;
  if (` ${names[0]}`.includes(` ${query}`)) return 1;
  if (names.some((name) => name.includes(query))) return 2;
  return 3;
}

export function searchGlossary(entries: readonly GlossaryEntry[], query: string): GlossaryEntry[] {
  const folded = fold(query).trim().replace(/\s+/g, ' ');
  if (folded === '') return [...entries];
  const words = folded.split(' ');
  return entries
    .map((entry, order) => ({ entry, order, rank: rank(entry, folded, words) }))
    .filter((hit): hit is { entry: GlossaryEntry; order: number; rank: number } => hit.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((hit) => hit.entry);
}
