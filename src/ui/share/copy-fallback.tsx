/** When copying fails: the link, selected in a dialog, to copy by hand (loaded on demand). */
import { Modal } from '../kit/modal.tsx';

export function CopyFallback({ url, close }: { url: string; close: () => void }) {
  return (
    <Modal open onClose={close} label="Copy this link" className="fs-copy-fallback" testId="copy-fallback">
      <label htmlFor="fs-sharebar-url">
        This browser did not let Flowscope copy. Copy the link by hand (Ctrl+C or ⌘C):
      </label>
      <input
        id="fs-sharebar-url"
        readOnly
        value={url}
        data-autofocus
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" className="fs-button" onClick={close}>
        Close
      </button>
    </Modal>
  );
}
