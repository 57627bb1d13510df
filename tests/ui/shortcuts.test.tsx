import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/app.tsx';
import { createTestRuntime } from './test-runtime.tsx';

const press = (key: string, target: Element = document.body) => fireEvent.keyDown(target, { key });

describe('keyboard shortcuts', () => {
  it('space plays and pauses; . and → step; r resets', () => {
    const t = createTestRuntime();
    t.renderUi(<App />);
    press(' ');
    expect(t.client.play).toHaveBeenCalledTimes(1);
    press(' ');
    expect(t.client.pause).toHaveBeenCalledTimes(1);
    press('.');
    press('ArrowRight');
    expect(t.client.step).toHaveBeenCalledTimes(2);
    press('r');
    expect(t.client.reset).toHaveBeenCalledTimes(1);
  });

  it('+ and - change the speed', () => {
    const t = createTestRuntime();
    t.renderUi(<App />);
    press('+');
    expect(t.client.setSpeed).toHaveBeenLastCalledWith(2);
    press('-');
    press('-');
    expect(t.client.setSpeed).toHaveBeenLastCalledWith(0.5);
    expect(screen.getByLabelText('Speed')).toHaveValue('0.5');
  });

  it('? opens a help overlay listing the shortcuts; Escape closes it', async () => {
    const t = createTestRuntime();
    t.renderUi(<App />);
    press('?');
    // The help dialog loads when first opened (initial JavaScript budget).
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, { timeout: 10_000 });
    expect(dialog).toHaveTextContent('Play or pause');
    expect(dialog).toHaveTextContent('Reset the run');
    press('Escape');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('do not fire while typing in a field', async () => {
    const t = createTestRuntime();
    const user = userEvent.setup();
    t.renderUi(<App />);
    await user.click(screen.getByLabelText('Seed'));
    await user.keyboard(' r.+?');
    expect(t.client.play).not.toHaveBeenCalled();
    expect(t.client.reset).not.toHaveBeenCalled();
    expect(t.client.step).not.toHaveBeenCalled();
    expect(t.client.setSpeed).not.toHaveBeenCalled();
    // The help loads on demand: its state says whether ? opened it.
    expect(t.runtime.store.getState().helpOpen).toBe(false);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('leave Space to a focused button, so it is not pressed twice', async () => {
    const t = createTestRuntime();
    const user = userEvent.setup();
    t.renderUi(<App />);
    screen.getByTestId('play-pause').focus();
    await user.keyboard(' ');
    expect(t.client.play).toHaveBeenCalledTimes(1);
    expect(t.client.pause).not.toHaveBeenCalled();
  });
});
