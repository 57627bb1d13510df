/** A glossary entry: a word the app uses, explained for a class. */
export interface GlossaryEntry {
  /** Kebab-case, unique; the UI links to `#glossary=<id>` or opens a popover. */
  id: string;
  term: string;
  /** One sentence. */
  short: string;
  /** Two to four sentences. */
  body: string;
  seeAlso: string[];
  /**
   * The words that link to this entry where they appear in the app's text, matched whole-word and
   * case-insensitively, with hyphens and spaces interchangeable and a plural "s"/"es" allowed.
   */
  aliases: string[];
}
