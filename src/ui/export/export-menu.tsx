/**
 * The Export menu: the diagram as PNG (2×, for slides) or SVG (text stays text), a short clip as
 * GIF or WebM with progress and cancel, and the embed code for a web page.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { embedCode } from '../embed/embed-code.ts';
import { useDismiss } from '../kit/use-dismiss.ts';
import { shareUrl } from '../share/share-url.ts';
import { useSim } from '../sim-context.ts';
import { ClipPanel } from './clip-panel.tsx';
import { exportImage } from './export-image.ts';

type View = { kind: 'menu' } | { kind: 'clip' } | { kind: 'embed'; code: string; copied: boolean };

export function ExportMenu({ close }: { close: () => void }) {
  const { store } = useSim();
  const [view, setView] = useState<View>({ kind: 'menu' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const recording = view.kind === 'clip';
  // A running recording is stopped with its own Cancel, not by a click elsewhere.
  useDismiss(!recording, ref, close);
  const firstRef = useRef<HTMLButtonElement>(null);
  useEffect(() => firstRef.current?.focus(), []);

  const image = useCallback(
    async (kind: 'png' | 'svg') => {
      setBusy(true);
      setError(null);
      try {
        await exportImage(kind, store.getState());
        close();
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setBusy(false);
      }
    },
    [store, close],
  );

  const copyEmbed = useCallback(async () => {
    const state = store.getState();
    const code = embedCode(await shareUrl(state), state.scenario.name);
    let copied = false;
    try {
      await navigator.clipboard.writeText(code);
      copied = true;
    } catch {
      // No clipboard (permission, http): the code is shown selected to copy by hand.
    }
    setView({ kind: 'embed', code, copied });
  }, [store]);

  return (
    <div ref={ref} id="fs-export-list" className="fs-menu__list fs-export__panel" data-testid="export-panel">
      {view.kind === 'menu' && (
        <ul className="fs-export__items" aria-label="Export">
          <li>
            <button
              ref={firstRef}
              type="button"
              className="fs-menu__item"
              disabled={busy}
              onClick={() => void image('png')}
              data-testid="export-png"
            >
              <span>Image (PNG)</span>
              <span className="fs-menu__desc">
                The diagram as it stands, at twice screen size, for slides
              </span>
            </button>
          </li>
          <li>
            <button
              type="button"
              className="fs-menu__item"
              disabled={busy}
              onClick={() => void image('svg')}
              data-testid="export-svg"
            >
              <span>Image (SVG)</span>
              <span className="fs-menu__desc">Sharp at any size; its text stays text</span>
            </button>
          </li>
          <li>
            <button
              type="button"
              className="fs-menu__item"
              onClick={() => setView({ kind: 'clip' })}
              data-testid="export-clip"
            >
              <span>Clip (GIF or WebM)…</span>
              <span className="fs-menu__desc">5–15 s of the running diagram, at the current speed</span>
            </button>
          </li>
          <li>
            <button
              type="button"
              className="fs-menu__item"
              onClick={() => void copyEmbed()}
              data-testid="copy-embed"
            >
              <span>Copy embed code</span>
              <span className="fs-menu__desc">An &lt;iframe&gt; for a web page or a course site</span>
            </button>
          </li>
        </ul>
      )}
      {view.kind === 'clip' && <ClipPanel close={close} />}
      {view.kind === 'embed' && (
        <div className="fs-export__embed" role="group" aria-label="Embed code">
          <label htmlFor="fs-embed-code">
            {view.copied
              ? 'Embed code copied. Paste it into your page:'
              : 'Copy this code into your page (Ctrl+C or ⌘C):'}
          </label>
          <textarea
            id="fs-embed-code"
            readOnly
            rows={4}
            value={view.code}
            onFocus={(e) => e.currentTarget.select()}
            ref={(el) => el?.select()}
            data-testid="embed-code"
          />
          <button type="button" className="fs-button" onClick={close}>
            Done
          </button>
        </div>
      )}
      {error && (
        <p className="fs-export__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
