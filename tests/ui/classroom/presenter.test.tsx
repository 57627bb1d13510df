import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/ui/app.tsx';
import { exitPresenter, isPresenting, presenterDotScale } from '../../../src/ui/present/presenter-state.ts';
import { createTestRuntime } from '../test-runtime.tsx';

const press = (key: string) => fireEvent.keyDown(document.body, { key });
/** The floating bar is loaded on demand; a first dynamic import is slow under jsdom on a busy machine. */
const LAZY = { timeout: 20_000 };

afterEach(() => act(() => exitPresenter()));

describe('presenter mode', () => {
  it(
    'P enters and leaves it; the app root says so; the bar offers play, speed and exit',
    { timeout: 40_000 },
    async () => {
      const t = createTestRuntime();
      const { container } = t.renderUi(<App />);
      const root = container.querySelector('.fs-app');
      expect(root).not.toHaveClass('is-presenting');
      act(() => press('p'));
      expect(isPresenting()).toBe(true);
      expect(root).toHaveClass('is-presenting');
      expect(presenterDotScale()).toBeGreaterThan(1);
      const bar = await screen.findByRole('toolbar', { name: 'Presenter controls' }, LAZY);
      expect(bar).toHaveTextContent('Play');
      fireEvent.click(screen.getByTestId('present-play'));
      expect(t.client.play).toHaveBeenCalledTimes(1);
      fireEvent.click(screen.getByRole('button', { name: 'Faster' }));
      expect(t.client.setSpeed).toHaveBeenLastCalledWith(2);
      act(() => press('P'));
      expect(isPresenting()).toBe(false);
      expect(root).not.toHaveClass('is-presenting');
      expect(presenterDotScale()).toBe(1);
    },
  );

  it(
    'Escape leaves it (after closing help first), and the Exit button does too',
    { timeout: 40_000 },
    async () => {
      const t = createTestRuntime();
      t.renderUi(<App />);
      fireEvent.click(screen.getByRole('button', { name: 'Present' }));
      expect(isPresenting()).toBe(true);
      act(() => press('?'));
      act(() => press('Escape'));
      expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
      expect(isPresenting()).toBe(true);
      act(() => press('Escape'));
      expect(isPresenting()).toBe(false);
      fireEvent.click(screen.getByRole('button', { name: 'Present' }));
      fireEvent.click(await screen.findByRole('button', { name: 'Exit' }, LAZY));
      expect(isPresenting()).toBe(false);
    },
  );

  it('the help overlay lists P', async () => {
    const t = createTestRuntime();
    t.renderUi(<App />);
    act(() => press('?'));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, LAZY)).toHaveTextContent(
      /Presenter mode/,
    );
  });
});
