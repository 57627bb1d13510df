import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/app.tsx';
import { createTestRuntime } from './test-runtime.tsx';

// fireEvent, not user-event: React Flow's d3-drag reads `view.document` from the mousedown that
// user-event dispatches without a view in jsdom; a click is all that selects a node.
const clickNode = (id: string) => fireEvent.click(screen.getByTestId(`node-${id}`));

describe('the inspector', () => {
  it('opens on a click on a node, with explanation, live figures, charts and parameters', async () => {
    const t = createTestRuntime('full');
    t.renderUi(<App />);
    clickNode('lb');
    // The inspector loads with the first click (initial JavaScript budget).
    const inspector = await screen.findByTestId('inspector');
    expect(within(inspector).getByRole('heading', { level: 2 })).toHaveTextContent('Load balancer');
    expect(screen.getByTestId('inspector-explanation')).toHaveTextContent(
      /Round robin hands requests to the servers in turn/,
    );
    expect(within(inspector).getByRole('combobox', { name: 'Algorithm, Load balancer' })).toBeInTheDocument();
    // Charts load with their d3 code once an inspector opens.
    expect(await within(inspector).findByTestId('chart-throughput')).toBeInTheDocument();

    // The explanation follows the chosen algorithm.
    act(() => t.runtime.controller.changeNode('lb', { algorithm: 'least-connections' }));
    expect(screen.getByTestId('inspector-explanation')).toHaveTextContent(/fewest requests still open/);
  });

  it('shows everything a service has, and all of its parameters', async () => {
    const t = createTestRuntime('full');
    t.renderUi(<App />);
    act(() => t.feed({ timeS: 2, nodes: { payments: { busy: 3, workers: 4, waiting: 5 } } }));
    clickNode('payments');
    // The inspector loads with the first click (initial JavaScript budget).
    const inspector = await screen.findByTestId('inspector');
    expect(screen.getByTestId('inspector-explanation')).toHaveTextContent(/4 workers/);
    expect(within(inspector).getByTestId('inspector-live')).toHaveTextContent('3 / 4');
    for (const chart of ['chart-throughput', 'chart-waiting', 'chart-utilization', 'chart-latency']) {
      expect(await within(inspector).findByTestId(chart)).toBeInTheDocument();
    }
    expect(within(inspector).getByRole('slider', { name: 'Workers, Payments service' })).toBeInTheDocument();
    expect(
      within(inspector).getByRole('slider', { name: 'Error rate (500), Payments service' }),
    ).toBeInTheDocument();
    expect(
      within(inspector).getByRole('slider', { name: 'Waiting places, Payments service' }),
    ).toBeInTheDocument();
  });

  it('explains every kind of component in two or three sentences', async () => {
    const t = createTestRuntime('full');
    t.renderUi(<App />);
    for (const id of ['mobile', 'lb', 'gateway-1', 'checkout', 'catalog', 'jobs']) {
      clickNode(id);
      const text = (await screen.findByTestId('inspector-explanation')).textContent ?? '';
      const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, id).toBeGreaterThanOrEqual(2);
      expect(sentences.length, id).toBeLessThanOrEqual(4);
    }
  });

  it('closes with its button and with Escape', async () => {
    const t = createTestRuntime('full');
    const user = userEvent.setup();
    t.renderUi(<App />);
    clickNode('jobs');
    await user.click(await screen.findByRole('button', { name: 'Close inspector' }));
    expect(screen.queryByTestId('inspector')).not.toBeInTheDocument();
    clickNode('jobs');
    expect(await screen.findByTestId('inspector')).toBeInTheDocument();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByTestId('inspector')).not.toBeInTheDocument();
  });

  it('opens from the keyboard: Enter on a focused node', async () => {
    const t = createTestRuntime('full');
    t.renderUi(<App />);
    const wrapper = screen.getByTestId('rf__node-catalog');
    wrapper.focus();
    fireEvent.keyDown(wrapper, { key: 'Enter' });
    expect(await screen.findByTestId('inspector')).toHaveTextContent('Catalog service');
  });
});
