/** The kit's modal (src/ui/kit/modal.tsx): focus in, Tab kept inside, Escape, focus back to the opener. */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { isModalOpen } from '../../../src/ui/kit/key-guards.ts';
import { Modal } from '../../../src/ui/kit/modal.tsx';

function Harness({ autofocus = false }: { autofocus?: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <button type="button">Elsewhere</button>
      <Modal open={open} onClose={() => setOpen(false)} labelledBy="t-title" testId="t-modal">
        <h2 id="t-title">A dialog</h2>
        <button type="button">First</button>
        <input aria-label="Middle" data-autofocus={autofocus ? true : undefined} />
        <button type="button" onClick={() => setOpen(false)}>
          Last
        </button>
      </Modal>
    </>
  );
}

describe('Modal', () => {
  it('is absent while closed, a named modal dialog while open, and marks the page as held', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(isModalOpen()).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'A dialog' });
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAttribute('open');
    // In a portal on <body>: a dialog opened from a folded-away bar still shows.
    expect(dialog.parentElement).toBe(document.body);
    expect(isModalOpen()).toBe(true);
  });

  it('focuses the first control, or the one marked data-autofocus', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('button', { name: 'First' })).toHaveFocus();
    unmount();
    render(<Harness autofocus />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByLabelText('Middle')).toHaveFocus();
  });

  it('keeps Tab inside: past the last control to the first, Shift+Tab from the first to the last', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const first = screen.getByRole('button', { name: 'First' });
    const last = screen.getByRole('button', { name: 'Last' });
    await user.tab();
    expect(screen.getByLabelText('Middle')).toHaveFocus();
    await user.tab();
    expect(last).toHaveFocus();
    await user.tab();
    expect(first).toHaveFocus();
    await user.tab({ shift: true });
    expect(last).toHaveFocus();
    // From the dialog itself (a click on its padding), Shift+Tab still stays inside.
    act(() => screen.getByRole('dialog').focus());
    await user.tab({ shift: true });
    expect(last).toHaveFocus();
  });

  it('Escape closes it, does not reach the page, and focus returns to the opener', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    let reachedPage = 0;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && reachedPage++;
    window.addEventListener('keydown', onKey);
    const opener = screen.getByRole('button', { name: 'Open' });
    await user.click(opener);
    await user.keyboard('{Escape}');
    window.removeEventListener('keydown', onKey);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(reachedPage).toBe(0);
    expect(opener).toHaveFocus();
    expect(isModalOpen()).toBe(false);
  });

  it('closing from inside (a button) also hands focus back to the opener', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Open' });
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Last' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('the browser’s own Escape (a cancel event) closes it through the owner’s state', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog');
    const cancel = new Event('cancel', { cancelable: true });
    act(() => {
      dialog.dispatchEvent(cancel);
    });
    expect(cancel.defaultPrevented).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
    // Closed by the browser itself, with no cancel first: the owner hears of it too.
    await user.click(screen.getByRole('button', { name: 'Open' }));
    act(() => {
      screen.getByRole('dialog').dispatchEvent(new Event('close'));
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(isModalOpen()).toBe(false);
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });
});
