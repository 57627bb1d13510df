/** The keyboard shortcuts, in a modal dialog: exactly the shortcut registry, in its order. */
import { Modal } from '../kit/modal.tsx';
import { SHORTCUTS } from '../kit/shortcut-registry.ts';
import { useAppStore } from '../sim-context.ts';

/** Rendered while the help is open (help-overlay.tsx loads it then). */
export function HelpDialog() {
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const close = () => setHelpOpen(false);
  return (
    <Modal open onClose={close} labelledBy="fs-help-title" testId="help">
      <h2 id="fs-help-title">Keyboard shortcuts</h2>
      <table className="fs-shortcuts">
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.id} data-shortcut={shortcut.id}>
              <th scope="row">
                {shortcut.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' or '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </th>
              <td>{shortcut.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="fs-button" onClick={close} data-autofocus>
        Close
      </button>
    </Modal>
  );
}
