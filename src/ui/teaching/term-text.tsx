/**
 * A sentence with its glossary words turned into buttons that open the glossary at that entry
 * (findGlossaryMatches). Each term links once per text, so a paragraph is not a sea of links.
 */
import { Fragment, useMemo, type ReactNode } from 'react';
import { useAppStore } from '../sim-context.ts';
import { useGlossary } from './content.ts';
import './teaching.css';

export function TermText({ text }: { text: string }) {
  const openGlossary = useAppStore((s) => s.openGlossary);
  const glossary = useGlossary();
  const parts = useMemo(() => {
    const out: Array<{ text: string; id: string | null }> = [];
    if (!glossary) return [{ text, id: null }];
    const seen = new Set<string>();
    let at = 0;
    for (const m of glossary.findGlossaryMatches(text)) {
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      if (m.start > at) out.push({ text: text.slice(at, m.start), id: null });
      out.push({ text: text.slice(m.start, m.end), id: m.id });
      at = m.end;
    }
    if (at < text.length) out.push({ text: text.slice(at), id: null });
    return out;
  }, [text, glossary]);
  const nodes: ReactNode[] = parts.map((part, i) =>
    part.id === null ? (
      <Fragment key={i}>{part.text}</Fragment>
    ) : (
      <button
        key={i}
        type="button"
        className="fs-term"
        data-term={part.id}
        title={glossary?.getGlossaryEntry(part.id)?.short}
        aria-haspopup="dialog"
        onClick={() => openGlossary(part.id)}
      >
        {part.text}
      </button>
    ),
  );
  return <>{nodes}</>;
}
