/** A glossary entry from a content record (src/content): the record's line and body, its headword. */
import type { ContentRecord } from '../../content/content-record.ts';
import type { GlossaryEntry } from './types.ts';

/** The entry of a record that has one; `seeAlso` comes first, then the record's own. */
export function entryOf(record: ContentRecord, seeAlso: string[] = []): GlossaryEntry {
  const glossary = record.glossary;
  if (!glossary) throw new Error(`${record.name} has no glossary entry`);
  return {
    id: glossary.id,
    term: glossary.term ?? record.name,
    short: record.line,
    body: record.body,
    seeAlso: [...seeAlso, ...glossary.seeAlso],
    aliases: glossary.aliases,
  };
}
