/** "Paste scenario": a dialog with a text area for a scenario's JSON or a share link. */
import { useState, type ReactNode } from 'react';
import { Modal } from '../kit/modal.tsx';

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
  return (
    <Modal open onClose={onClose} labelledBy="fs-paste-title" className="fs-paste" testId="paste-dialog">
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
          rows={10}
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          data-autofocus
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
    </Modal>
  );
}
