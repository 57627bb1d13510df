/**
 * The lesson and glossary content is loaded on demand, not with the first page: it is most of
 * the teaching layer's weight and the initial JavaScript has a budget (DESIGN.md section 6).
 */
import { useEffect, useState } from 'react';

export type GlossaryModule = typeof import('../glossary/index.ts');

let glossary: GlossaryModule | null = null;
let glossaryPromise: Promise<GlossaryModule> | null = null;

export function loadGlossary(): Promise<GlossaryModule> {
  glossaryPromise ??= import('../glossary/index.ts').then((m) => (glossary = m));
  return glossaryPromise;
}

/** The glossary module once loaded (null on the first render that needs it). */
export function useGlossary(): GlossaryModule | null {
  const [loaded, setLoaded] = useState<GlossaryModule | null>(glossary);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    void loadGlossary().then((m) => live && setLoaded(m));
    return () => {
      live = false;
    };
  }, [loaded]);
  return loaded;
}
