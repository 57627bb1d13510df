/** Small text helpers for the lesson and glossary tests. */

/** Sentences in plain prose: a full stop, question or exclamation mark followed by a space. */
export function sentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+/)
    .filter((s) => s.length > 0);
}

/** Whole-word, case-insensitive occurrences of `phrase`, hyphens and spaces alike. */
export function occurrences(text: string, phrase: string): Array<{ start: number; end: number }> {
  const body = phrase
    .toLowerCase()
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/[\s-]+/g, '[\\s-]+')
    .replace(/['’]/g, "['’]");
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(regex)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
