/**
 * One failing panel does not take the page down: it says what failed, offers to try again, and
 * the rest of the app keeps working.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/app.tsx';
import { PanelBoundary, quoteError } from '../../src/ui/errors/panel-boundary.tsx';
import { createTestRuntime } from './test-runtime.tsx';

// The parameters panel throws while this is set, as a bug in it would.
const broken = vi.hoisted(() => ({ panel: false }));
vi.mock('../../src/ui/controls/param-panel.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ui/controls/param-panel.tsx')>();
  return {
    ...real,
    ParamPanel: () => {
      if (broken.panel) throw new Error(`the slider table has no row for "mobile" ${'x'.repeat(200)}`);
      return <real.ParamPanel />;
    },
  };
});

describe('error boundaries around the panels and the graph', () => {
  afterEach(() => {
    broken.panel = false;
    vi.restoreAllMocks();
  });

  it('shows which panel failed, keeps the rest working, and brings the panel back on "Try again"', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    broken.panel = true;
    const { client, renderUi, runtime } = createTestRuntime('full');
    act(() => runtime.store.getState().setParamsOpen(true));
    renderUi(<App />);

    const failed = screen.getByTestId('panel-failed');
    expect(failed).toHaveAttribute('role', 'alert');
    expect(failed).toHaveTextContent('The parameters panel failed');
    expect(failed).toHaveTextContent('The rest of Flowscope keeps working.');
    // The error is quoted, cut to 80 characters.
    expect(failed.textContent).toContain('(the slider table has no row for "mobile" xxx');
    expect(failed.textContent!.length).toBeLessThan(250);

    // The run controls, the summary and the diagram are still there and still work.
    expect(screen.getByTestId('summary-bar')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Run controls' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('step'));
    expect(client.step).toHaveBeenCalledTimes(1);
    expect(screen.getAllByTestId('panel-failed')).toHaveLength(1);

    broken.panel = false;
    await user.click(within(failed).getByRole('button', { name: 'Try again' }));
    expect(screen.queryByTestId('panel-failed')).toBeNull();
    expect(screen.getByTestId('param-mobile-rate')).toBeInTheDocument();
  });

  it('contains a failure to its own part (a sibling outside the boundary renders)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const Throws = () => {
      throw new Error('boom');
    };
    const { renderUi } = createTestRuntime('full');
    renderUi(
      <>
        <PanelBoundary name="The diagram">
          <Throws />
        </PanelBoundary>
        <p>still here</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The diagram failed (boom).');
    expect(screen.getByText('still here')).toBeInTheDocument();
  });

  it('quotes at most 80 characters of an error message, on one line', () => {
    const quoted = quoteError(new Error(`a\n${'b'.repeat(10_000)}`));
    expect(quoted).toBe(`a ${'b'.repeat(78)}…`);
    expect(quoteError(new Error('short'))).toBe('short');
  });
});
