import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareBar } from '../../../src/ui/share/share-bar.tsx';
import { createTestRuntime } from '../test-runtime.tsx';
// The app loads the link codec right after the first paint (main.tsx); so does this test, so a
// click finds it loaded, as in the app.
import '../../../src/ui/share/address-sync.ts';

function setClipboard(value: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
}

describe('Copy link', () => {
  afterEach(() => setClipboard(undefined));

  it('copies the address with the current scenario and seed and says "Link copied"', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    const t = createTestRuntime('monolith');
    t.runtime.store.getState().setSeed(9);
    t.renderUi(<ShareBar />);
    fireEvent.click(screen.getByTestId('copy-link'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Link copied'));
    expect(writeText).toHaveBeenCalledTimes(1);
    const url = writeText.mock.calls[0][0] as string;
    expect(url).toMatch(/#v=1&preset=monolith&seed=9$/);
  });

  it('copies with the L shortcut, but not while typing', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    const t = createTestRuntime('monolith');
    t.renderUi(
      <>
        <input aria-label="field" />
        <ShareBar />
      </>,
    );
    fireEvent.keyDown(screen.getByLabelText('field'), { key: 'l' });
    expect(writeText).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.keyDown(document.body, { key: 'l' });
    });
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
  });

  it('without a clipboard API shows the link selected in a popover', async () => {
    setClipboard(undefined);
    const t = createTestRuntime('monolith');
    t.renderUi(<ShareBar />);
    fireEvent.click(screen.getByTestId('copy-link'));
    const dialog = await screen.findByRole('dialog', { name: 'Copy this link' });
    const input = dialog.querySelector('input')!;
    expect(input.value).toMatch(/#v=1&preset=monolith&seed=/);
    expect(document.activeElement).toBe(input);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('falls back too when the clipboard refuses', async () => {
    setClipboard({ writeText: vi.fn().mockRejectedValue(new Error('denied')) });
    const t = createTestRuntime('monolith');
    t.renderUi(<ShareBar />);
    fireEvent.click(screen.getByTestId('copy-link'));
    expect(await screen.findByTestId('copy-fallback')).toBeInTheDocument();
  });
});
