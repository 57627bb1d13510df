/** "Paste scenario": a dialog with a text area for a scenario's JSON or a share link. */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function PasteDialog({
  onOpen,
  onClose,
  children,
}: {
  onOpen: (text: string) => boolean | Promise<boolean>;
  onClose: () => void;
  /** Why the last paste was refused. */
  children?: ReactNode;
}) {
  const [text, setText] = useState('');
  const areaRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    areaRef.current?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div className="fs-overlay" onClick={onClose}>
      <div
        className="fs-dialog fs-paste"
        role="dialog"
        aria-modal="true"
        aria-labelledby="fs-paste-title"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id="fs-paste-title">Paste a scenario</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void Promise.resolve(onOpen(text)).then((opened) => opened && onClose());
          }}
        >
          <label htmlFor="fs-paste-text">A scenario's JSON, or a Flowscope link</label>
          <textarea
            id="fs-paste-text"
            ref={areaRef}
            rows={10}
            spellCheck={false}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            data-testid="paste-text"
          />
          {children}
          <div className="fs-dialog__actions">
            <button type="submit" className="fs-button fs-button--primary" data-testid="paste-open">
              Open
            </button>
            <button type="button" className="fs-button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
