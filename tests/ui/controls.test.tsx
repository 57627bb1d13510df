import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ParamPanel } from '../../src/ui/controls/param-panel.tsx';
import { PresetPicker } from '../../src/ui/controls/preset-picker.tsx';
import { TransportBar } from '../../src/ui/controls/transport-bar.tsx';
import { createTestRuntime } from './test-runtime.tsx';

const node = (t: ReturnType<typeof createTestRuntime>, id: string) =>
  t.runtime.store.getState().scenario.nodes.find((n) => n.id === id) as unknown as Record<string, unknown>;

describe('run controls', () => {
  it('play/pause, step and reset drive the simulation', async () => {
    const t = createTestRuntime();
    const user = userEvent.setup();
    t.renderUi(<TransportBar />);
    await user.click(screen.getByRole('button', { name: /play/i }));
    expect(t.client.play).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('play-pause')).toHaveTextContent('Pause');
    await user.click(screen.getByRole('button', { name: /pause/i }));
    expect(t.client.pause).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(t.client.step).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(t.client.reset).toHaveBeenCalledTimes(1);
  });

  it('sets the speed, including "as fast as possible"', async () => {
    const t = createTestRuntime();
    const user = userEvent.setup();
    t.renderUi(<TransportBar />);
    await user.selectOptions(screen.getByLabelText('Speed'), '10');
    expect(t.client.setSpeed).toHaveBeenLastCalledWith(10);
    await user.selectOptions(screen.getByLabelText('Speed'), 'max');
    expect(t.client.setSpeed).toHaveBeenLastCalledWith('max');
    expect(t.runtime.store.getState().speed).toBe('max');
  });

  it('restarts with a new seed on Enter, not on every keystroke', async () => {
    const t = createTestRuntime();
    const user = userEvent.setup();
    t.renderUi(<TransportBar />);
    const seed = screen.getByLabelText('Seed');
    await user.clear(seed);
    await user.type(seed, '42');
    expect(t.client.load).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(t.client.load).toHaveBeenLastCalledWith(t.runtime.store.getState().scenario, 42);
  });

  it('switches presets from one menu that names the running scenario in full', async () => {
    const t = createTestRuntime('full');
    const user = userEvent.setup();
    t.renderUi(<PresetPicker />);
    const button = screen.getByRole('button', { name: /^Scenario: The full architecture/ });
    expect(button).toHaveTextContent('The full architecture');
    await user.click(button);
    expect(screen.getAllByRole('menuitem')).toHaveLength(9);
    // The five first presets, server-dies, the retry storm and its two variants.
    // Each preset says what it shows, so a first visit sees where to start.
    expect(screen.getByTestId('preset-queue-30-vs-5')).toHaveTextContent(/500-slot queue/);
    await user.click(screen.getByTestId('preset-queue-30-vs-5'));
    expect(t.runtime.store.getState().presetId).toBe('queue-30-vs-5');
    expect(t.client.load).toHaveBeenCalled();
    expect(screen.getByTestId('presets-menu')).toHaveTextContent('Process queue: 30 in, 5 out');
    expect(screen.getByTestId('presets-menu')).toHaveFocus();
  });

  it('Escape closes the presets menu and hands focus back to its button', async () => {
    const t = createTestRuntime('full');
    const user = userEvent.setup();
    t.renderUi(<PresetPicker />);
    await user.click(screen.getByTestId('presets-menu'));
    expect(screen.getByTestId('preset-monolith')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('preset-monolith')).toBeNull();
    expect(screen.getByTestId('presets-menu')).toHaveFocus();
  });

  it('the speed drop-down shows Max in full rather than a clipped label', () => {
    const t = createTestRuntime('full');
    t.renderUi(<TransportBar />);
    const options = [...(screen.getByLabelText('Speed') as HTMLSelectElement).options].map((o) => o.text);
    expect(options).toContain('Max');
    // What "Max" means is said where it is chosen.
    act(() => t.runtime.controller.setSpeed('max'));
    expect(screen.getByLabelText('Speed')).toHaveAttribute('title', expect.stringMatching(/as fast as/));
  });
});

describe('parameter controls apply live', () => {
  it('client rate slider: labelled, a native range input, applied to store and simulation', () => {
    const t = createTestRuntime('full');
    t.renderUi(<ParamPanel />);
    const slider = screen.getByRole('slider', { name: 'Rate (requests/s), Mobile app' });
    expect(slider).toHaveAttribute('aria-valuetext', '24/s');
    expect(slider).toHaveAttribute('type', 'range');
    // One step right on the ladder of nice values (jsdom does not move range inputs on arrow keys).
    fireEvent.change(slider, { target: { value: String(Number((slider as HTMLInputElement).value) + 1) } });
    expect(node(t, 'mobile').rate).toBe(30);
    expect(t.client.applyChange).toHaveBeenLastCalledWith({
      type: 'node',
      nodeId: 'mobile',
      patch: { rate: 30 },
    });
  });

  it("the balancer's algorithm", async () => {
    const t = createTestRuntime('full');
    const user = userEvent.setup();
    t.renderUi(<ParamPanel />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Algorithm, Load balancer' }), 'fifo');
    expect(node(t, 'lb').algorithm).toBe('fifo');
  });

  it('queue capacity (to unbounded) and overflow policy, consumers and their rate', () => {
    const t = createTestRuntime('queue-30-vs-5');
    t.renderUi(<ParamPanel />);
    const capacity = screen.getByRole('slider', { name: /^Capacity \(jobs\), Jobs queue/ });
    fireEvent.change(capacity, { target: { value: capacity.getAttribute('max') } });
    expect(node(t, 'jobs').capacity).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: /^When full, Jobs queue/ }), {
      target: { value: 'dead-letter' },
    });
    expect(node(t, 'jobs').overflow).toBe('dead-letter');

    const consumers = screen.getByRole('slider', { name: /^Consumers, Consumer/ });
    fireEvent.change(consumers, { target: { value: '5' } }); // index 5 = 6 consumers
    expect(node(t, 'consumer').workers).toBe(6);
    const rate = screen.getByRole('slider', { name: /^Rate per consumer \(jobs\/s\), Consumer/ });
    expect(rate).toHaveAttribute('aria-valuetext', '5/s');
  });

  it('gateway rate limit and the invalid-credential share', async () => {
    const t = createTestRuntime('full');
    const user = userEvent.setup();
    t.renderUi(<ParamPanel />);
    await user.click(screen.getByRole('checkbox', { name: 'Rate limit, API gateway 1' }));
    expect(node(t, 'gateway-1').rateLimit).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Rate limit, API gateway 1' }));
    expect(node(t, 'gateway-1').rateLimit).toMatchObject({ rate: expect.any(Number) });
    const share = screen.getByRole('slider', { name: 'Bad credentials, Web app (16 heavy users)' });
    fireEvent.change(share, { target: { value: '0' } });
    expect(node(t, 'web').invalidAuthShare).toBe(0);
  });

  it("takes an app server out of the balancer's rotation", async () => {
    const t = createTestRuntime('monolith');
    const user = userEvent.setup();
    t.renderUi(<ParamPanel />);
    const toggles = screen.getAllByRole('checkbox', { name: /running, / });
    expect(toggles.length).toBeGreaterThan(1);
    await user.click(toggles[0]);
    const servers = t.runtime.store.getState().scenario.nodes.filter((n) => n.kind === 'service');
    expect(servers.some((s) => s.kind === 'service' && s.down)).toBe(true);
  });
});
