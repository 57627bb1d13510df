/** Choosing and recording a clip: format and length, then progress with Cancel, then the file. */
import { useEffect, useRef, useState } from 'react';
import { selectSpeed } from '../../state/selectors.ts';
import { formatSpeed } from '../format.ts';
import { useAppStore, useSim } from '../sim-context.ts';
import { imageFileName, saveBlob } from './export-image.ts';
import { CLIP_SECONDS, isCancelled, recordClip, webmType, type ClipFormat } from './record-clip.ts';

type Phase =
  | { kind: 'choose' }
  | { kind: 'recording'; recordedS: number; encoding: boolean }
  | { kind: 'done'; sizeBytes: number; fileName: string }
  | { kind: 'failed'; message: string };

const formatMB = (bytes: number) => `${(bytes / 1_000_000).toFixed(bytes < 1_000_000 ? 2 : 1)} MB`;

export function ClipPanel({ close }: { close: () => void }) {
  const { store, controller } = useSim();
  const speed = useAppStore(selectSpeed);
  const canWebm = webmType() !== null;
  const [format, setFormat] = useState<ClipFormat>('gif');
  const [seconds, setSeconds] = useState<number>(10);
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const abort = useRef<AbortController | null>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  useEffect(() => startRef.current?.focus(), []);
  useEffect(() => () => abort.current?.abort(), []);

  const start = async () => {
    const controllerAbort = new AbortController();
    abort.current = controllerAbort;
    setPhase({ kind: 'recording', recordedS: 0, encoding: false });
    if (store.getState().status !== 'playing') controller.play();
    try {
      const blob = await recordClip({
        format,
        seconds,
        state: store.getState,
        signal: controllerAbort.signal,
        onProgress: (recordedS, p) => setPhase({ kind: 'recording', recordedS, encoding: p === 'encoding' }),
      });
      const fileName = imageFileName(store.getState(), format).replace(/\.(gif|webm)$/, `-${seconds}s.$1`);
      saveBlob(blob, fileName);
      setPhase({ kind: 'done', sizeBytes: blob.size, fileName });
    } catch (error) {
      if (isCancelled(error)) setPhase({ kind: 'choose' });
      else setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      abort.current = null;
    }
  };

  if (phase.kind === 'recording') {
    return (
      <div className="fs-export__clip" data-testid="clip-progress">
        <label htmlFor="fs-clip-progress">
          {phase.encoding ? 'Encoding…' : `Recording ${phase.recordedS.toFixed(1)} of ${seconds} s`}
        </label>
        <progress id="fs-clip-progress" max={seconds} value={phase.encoding ? undefined : phase.recordedS} />
        <button
          type="button"
          className="fs-button"
          onClick={() => abort.current?.abort()}
          data-testid="clip-cancel"
        >
          Cancel
        </button>
      </div>
    );
  }
  return (
    <form
      className="fs-export__clip"
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <fieldset>
        <legend>Format</legend>
        <label>
          <input
            type="radio"
            name="fs-clip-format"
            checked={format === 'gif'}
            onChange={() => setFormat('gif')}
          />{' '}
          GIF (plays everywhere)
        </label>
        <label>
          <input
            type="radio"
            name="fs-clip-format"
            checked={format === 'webm'}
            disabled={!canWebm}
            onChange={() => setFormat('webm')}
          />{' '}
          WebM video{canWebm ? ' (smaller)' : ' (not in this browser)'}
        </label>
      </fieldset>
      <fieldset>
        <legend>Length</legend>
        {CLIP_SECONDS.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="fs-clip-length"
              checked={seconds === s}
              onChange={() => setSeconds(s)}
            />{' '}
            {s} s
          </label>
        ))}
      </fieldset>
      <p className="fs-menu__desc">
        Recorded as it plays, at the current speed ({speed === 'max' ? 'Max' : formatSpeed(speed)}).
      </p>
      {phase.kind === 'done' && (
        <p role="status" data-testid="clip-done">
          Saved {phase.fileName} ({formatMB(phase.sizeBytes)}).
        </p>
      )}
      {phase.kind === 'failed' && <p role="alert">{phase.message}</p>}
      <div className="fs-export__actions">
        <button
          ref={startRef}
          type="submit"
          className="fs-button fs-button--primary"
          data-testid="clip-start"
        >
          Record
        </button>
        <button type="button" className="fs-button" onClick={close}>
          Close
        </button>
      </div>
    </form>
  );
}
