/** What the screen says about colours, units and edits is true (jsdom side). */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EditRestarted } from '../../src/ui/editor/edit-bar.tsx';
import { editorFor } from '../../src/ui/editor/editor.ts';
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

describe('edits say whether the run restarts', () => {
  it('renaming a node keeps the run going; the new label shows at once', () => {
    const t = createTestRuntime('full');
    t.renderUi(
      <>
        <FlowGraph />
        <EditRestarted />
      </>,
    );
    t.client.load.mockClear();
    act(() => t.runtime.store.getState().setStatus('playing'));
    act(() => void editorFor(t.runtime).rename('lb', 'Front door'));
    expect(t.client.load).not.toHaveBeenCalled();
    expect(t.client.reset).not.toHaveBeenCalled();
    expect(t.runtime.store.getState().status).toBe('playing');
    expect(screen.getByTestId('node-lb').querySelector('.fs-node__label')).toHaveTextContent('Front door');
    expect(screen.queryByTestId('edit-restarted')).toBeNull();
    // Undo of a rename is a rename too.
    act(() => void editorFor(t.runtime).undo());
    expect(t.client.load).not.toHaveBeenCalled();
    expect(screen.getByTestId('node-lb').querySelector('.fs-node__label')).toHaveTextContent('Load balancer');
  });

  it('moving a node keeps the run going', () => {
    const t = createTestRuntime('full');
    t.client.load.mockClear();
    act(() => t.runtime.store.getState().moveNode('lb', { x: 5, y: 5 }));
    expect(t.client.load).not.toHaveBeenCalled();
  });

  it('an edit that changes the model restarts the run and says so in a short notice', () => {
    const t = createTestRuntime('full');
    t.renderUi(<EditRestarted />);
    t.client.load.mockClear();
    act(() => void editorFor(t.runtime).addNode('service'));
    expect(t.client.load).toHaveBeenCalledTimes(1);
    const notice = screen.getByTestId('edit-restarted');
    expect(notice).toHaveAttribute('role', 'status');
    expect(notice).toHaveTextContent('Add service: the diagram changed, so the run restarted from 0 s');
    fireEvent.click(within(notice).getByRole('button', { name: 'OK' }));
    expect(screen.queryByTestId('edit-restarted')).toBeNull();
  });

  it('a parameter change applies live, without a restart or a notice', () => {
    const t = createTestRuntime('full');
    t.renderUi(<EditRestarted />);
    t.client.load.mockClear();
    act(() => t.runtime.controller.changeNode('mobile', { rate: 50 }));
    expect(t.client.applyChange).toHaveBeenCalled();
    expect(t.client.load).not.toHaveBeenCalled();
    expect(screen.queryByTestId('edit-restarted')).toBeNull();
  });
});
