/** Leaving compare mode: which side to keep, in a dialog (loaded when first asked). */
import { Modal } from '../kit/modal.tsx';

/** `leave(null)` stays in compare; closing hands focus back to the Compare button. */
export function CompareLeave({ leave }: { leave: (keep: 'A' | 'B' | null) => void }) {
  return (
    <Modal
      open
      onClose={() => leave(null)}
      label="Leave compare"
      className="fs-compare-leave"
      testId="compare-leave"
    >
      <p>Leave compare and keep…</p>
      <div className="fs-dialog__actions">
        <button
          type="button"
          className="fs-button"
          onClick={() => leave('A')}
          data-autofocus
          data-testid="keep-A"
        >
          A
        </button>
        <button type="button" className="fs-button" onClick={() => leave('B')} data-testid="keep-B">
          B
        </button>
        <button type="button" className="fs-button" onClick={() => leave(null)}>
          Stay
        </button>
      </div>
    </Modal>
  );
}
