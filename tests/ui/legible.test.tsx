/** Issue 9 §3–4: what the screen says about colours, units and edits is true (jsdom side). */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FlowGraph } from '../../src/ui/graph/flow-graph.tsx';
import { DEVICE_COLOR } from '../../src/ui/graph/palette.ts';
import { createTestRuntime } from './test-runtime.tsx';

const fills = (el: HTMLElement) => [...el.querySelectorAll('path')].map((p) => p.getAttribute('fill'));

describe('the dot legend tells the truth about colours', () => {
  it('in the 30-vs-5 preset jobs are drawn in the web producer’s orange, and no mobile entry is shown', () => {
    const t = createTestRuntime('queue-30-vs-5');
    t.renderUi(<FlowGraph />);
    const legend = screen.getByTestId('dot-legend');
    expect(within(legend).queryByText(/Mobile request/)).toBeNull();
    expect(within(legend).getByText(/Web request/)).toBeInTheDocument();
    const job = screen.getByTestId('legend-job');
    expect(job).toHaveTextContent(/colour/);
    expect(fills(job)).toEqual([DEVICE_COLOR.web]);
  });

  it('with both devices, jobs are shown in both colours; without a queue there is no job entry', () => {
    const full = createTestRuntime('full');
    const { unmount } = full.renderUi(<FlowGraph />);
    expect(fills(screen.getByTestId('legend-job'))).toEqual([DEVICE_COLOR.mobile, DEVICE_COLOR.web]);
    unmount();
    createTestRuntime('monolith').renderUi(<FlowGraph />);
    expect(screen.queryByTestId('legend-job')).toBeNull();
  });
});
