/**
 * Copying the share link: through the clipboard API when the page may use it, else by showing
 * the link selected in a small popover so the user can copy it by hand (Ctrl+C / ⌘C).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSim } from '../sim-context.ts';
import { shareUrl } from './share-url.ts';

export const COPIED_MS = 2500;

export type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

export function useCopyLink() {
  const { store } = useSim();
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = useCallback(async () => {
    clearTimeout(timer.current);
    const url = await shareUrl(store.getState());
    try {
      const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
      if (!clipboard?.writeText) throw new Error('no clipboard');
      await clipboard.writeText(url);
      setState({ kind: 'copied' });
      timer.current = setTimeout(() => setState({ kind: 'idle' }), COPIED_MS);
    } catch {
      setState({ kind: 'manual', url });
    }
  }, [store]);

  const close = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, copy, close };
}
