/**
 * Finds glossary words in a sentence, so the UI can turn them into links. One pass of one regular
 * expression, longest phrase first, so "weighted round robin" links once, not also as "round robin".
 */
import type { GlossaryEntry } from './types.ts';

export interface GlossaryMatch {
  id: string;
  /** Character offsets in the text: text.slice(start, end) is the matched word. */
  start: number;
  end: number;
}

/** Hyphens, spaces and both apostrophes count as the same: "dead-letter" = "dead letter". */
function key(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[\s\u00a0-]+/g, ' ')
    .replace(/’/g, "'");
}

function pattern(alias: string): string {
  return key(alias)
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/ /g, '[\\s\\u00a0-]+')
    .replace(/'/g, "['’]");
}

export interface GlossaryMatcher {
  matches(text: string): GlossaryMatch[];
}

/** Texts longer than this are cut: the app's sentences are far shorter. */
const MAX_TEXT_CHARS = 20_000;

export function createGlossaryMatcher(entries: readonly GlossaryEntry[]): GlossaryMatcher {
  const idByKey = new Map<string, string>();
  for (const entry of entries) for (const alias of entry.aliases) idByKey.set(key(alias), entry.id);
  const phrases = [...idByKey.keys()].sort((a, b) => b.length - a.length);
  // Letters and digits on either side mean the phrase is part of a longer word ("line" in "online").
  const regex = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${phrases.map(pattern).join('|')})(?:e?s)?(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const idOf = (found: string): string | undefined => {
    const k = key(found);
    return idByKey.get(k) ?? idByKey.get(k.replace(/s$/, '')) ?? idByKey.get(k.replace(/es$/, ''));
  };
  return {
    matches(text) {
      const out: GlossaryMatch[] = [];
      const source = String(text).slice(0, MAX_TEXT_CHARS);
      for (const m of source.matchAll(regex)) {
        const id = idOf(m[0]);
        if (id !== undefined) out.push({ id, start: m.index, end: m.index + m[0].length });
      }
      return out;
    },
  };
}
