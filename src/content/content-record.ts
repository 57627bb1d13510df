/**
 * What the app says about one thing a learner meets by name: a balancing algorithm or a node kind.
 * One record per file (algorithms/, kinds/), read by the diagram's names, the inspector's
 * explanation, the glossary and anything else that needs the words (the CLI, docs). Plain data:
 * no UI knowledge, so every layer may read it.
 */
export interface ContentRecord {
  /** As on the diagram and in menus: "Least connections", "API gateway". */
  name: string;
  /** One sentence that stands alone: the inspector's sentence and the glossary's summary. */
  line: string;
  /** Two to four sentences: the glossary's explanation. */
  body: string;
  /** Its glossary entry, when it has one. */
  glossary?: {
    /** Kebab-case, unique; the app links to `#glossary=<id>`. */
    id: string;
    /** The headword, when fuller than `name` ("Random balancing" for "Random"). */
    term?: string;
    /** Words that link to the entry where they appear in the app's text (glossary/types.ts). */
    aliases: string[];
    seeAlso: string[];
  };
}
