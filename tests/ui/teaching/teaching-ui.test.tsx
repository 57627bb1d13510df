import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Trace } from '../../../src/engine/index.ts';
import { App } from '../../../src/ui/app.tsx';
import { getLesson } from '../../../src/ui/lessons/index.ts';
import { edgeFlowWidth, selectEdgeFlowWidth } from '../../../src/ui/teaching/edge-flow-width.ts';
import { startLessonStep } from '../../../src/ui/teaching/lesson-runner.ts';
import { TraceTimeline, traceLanes } from '../../../src/ui/trace/trace-timeline.tsx';
import { createTestRuntime } from '../test-runtime.tsx';

describe('reduced motion', () => {
  it('draws edges as wide as their throughput, only in reduced motion', () => {
    expect(edgeFlowWidth(0, 10)).toBe(1.5);
    expect(edgeFlowWidth(10, 10)).toBe(14);
    expect(edgeFlowWidth(5, 10)).toBeCloseTo(8, 0);
    const t = createTestRuntime('queue-30-vs-5');
    act(() => t.feed({ timeS: 0, edgeCounts: [0, 0, 0] }));
    act(() => t.feed({ timeS: 4, edgeCounts: [120, 120, 20] }));
    expect(selectEdgeFlowWidth(0)(t.runtime.store.getState())).toBeNull();
    act(() => t.runtime.store.getState().setReducedMotion(true));
    const s = t.runtime.store.getState();
    expect(selectEdgeFlowWidth(0)(s)).toBe(14);
    expect(selectEdgeFlowWidth(2)(s)).toBeLessThan(5);
  });

  it('has a visible toggle that follows and overrides the preference', async () => {
    const t = createTestRuntime('full');
    t.renderUi(<App />);
    const toggle = screen.getByTestId('toggle-motion');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(t.runtime.store.getState().reducedMotion).toBe(true);
  });
});

describe('lessons', () => {
  it('steps forward and back, announces each step, highlights its node and checks answers', async () => {
    const t = createTestRuntime('full');
    t.renderUi(<App />);
    const lesson = getLesson('queue-30-vs-5')!;
    act(() => {
      startLessonStep(t.runtime, lesson.id, 0, null);
    });
    // The panel is loaded on demand; under jsdom on a busy 2-core machine that first import can take
    // longer than findBy's default second.
    const panel = await screen.findByTestId('lesson-panel', {}, { timeout: 15_000 });
    expect(within(panel).getByTestId('lesson-progress')).toHaveTextContent(
      `Step 1 of ${lesson.steps.length}`,
    );
    expect(screen.getByTestId('lesson-announcer')).toHaveTextContent(/step 1 of/);
    expect(screen.getByTestId('lesson-announcer')).toHaveAttribute('aria-live', 'polite');
    expect(t.runtime.store.getState().presetId).toBe('queue-30-vs-5');
    expect(screen.getByTestId('node-jobs').className).toContain('is-lesson-focus');
    expect(screen.getByTestId('lesson-step-link')).toHaveAttribute('href', '#lesson=queue-30-vs-5&step=fill');

    // A wrong answer, then the right one.
    fireEvent.change(screen.getByTestId('lesson-answer'), { target: { value: '60' } });
    fireEvent.click(screen.getByTestId('lesson-check'));
    expect(screen.getByTestId('lesson-feedback')).toHaveTextContent(/^✗ Not quite/);
    fireEvent.change(screen.getByTestId('lesson-answer'), { target: { value: 'about 20 s' } });
    fireEvent.click(screen.getByTestId('lesson-check'));
    expect(screen.getByTestId('lesson-feedback')).toHaveTextContent(/^✓ Right/);

    fireEvent.click(screen.getByTestId('lesson-next'));
    await waitFor(() => expect(screen.getByTestId('lesson-progress')).toHaveTextContent('Step 2 of'));
    expect(screen.getByTestId('lesson-announcer')).toHaveTextContent(/step 2 of/);
    // The answer field starts empty on each step.
    expect(screen.getByTestId('lesson-feedback')).toHaveTextContent('');
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    await waitFor(() => expect(screen.getByTestId('lesson-progress')).toHaveTextContent('Step 1 of'));

    // Leaving keeps the scenario playing.
    fireEvent.click(screen.getByTestId('lesson-leave'));
    expect(screen.queryByTestId('lesson-panel')).toBeNull();
    expect(t.runtime.store.getState().status).toBe('playing');
    expect(t.runtime.store.getState().presetId).toBe('queue-30-vs-5');
  });
});

describe('the trace timeline', () => {
  const trace: Trace = {
    requestId: 42,
    outcome: 'ok',
    steps: [
      {
        kind: 'travel',
        nodeIndex: 2,
        edgeIndex: 1,
        lane: 0,
        job: false,
        fromS: 1,
        queuedS: 1,
        startS: 1,
        toS: 1.02,
        outcome: null,
      },
      {
        kind: 'visit',
        nodeIndex: 3,
        edgeIndex: -1,
        lane: 0,
        job: false,
        fromS: 1.02,
        queuedS: 1.02,
        startS: 1.1,
        toS: 1.13,
        outcome: null,
      },
      {
        kind: 'visit',
        nodeIndex: 5,
        edgeIndex: -1,
        lane: 1,
        job: false,
        fromS: 1.13,
        queuedS: 1.13,
        startS: 1.13,
        toS: 1.2,
        outcome: 'ok',
      },
      {
        kind: 'visit',
        nodeIndex: 6,
        edgeIndex: -1,
        lane: 2,
        job: false,
        fromS: 1.13,
        queuedS: 1.13,
        startS: 1.25,
        toS: 1.4,
        outcome: 'ok',
      },
      {
        kind: 'end',
        nodeIndex: 3,
        edgeIndex: -1,
        lane: 0,
        job: false,
        fromS: 1.4,
        queuedS: 1.4,
        startS: 1.4,
        toS: 1.4,
        outcome: 'ok',
      },
    ],
  };

  it('groups hops into lanes: the request, then each branch', () => {
    expect(traceLanes(trace).map((l) => l.key)).toEqual(['lane-0', 'lane-1', 'lane-2']);
  });

  it('shows each hop with waiting and service apart, branches side by side, and the outcome', () => {
    const t = createTestRuntime('orchestration');
    act(() => {
      t.runtime.store.getState().setTracing(true);
      t.runtime.store.getState().setTrace(trace);
    });
    t.renderUi(<TraceTimeline />);
    const timeline = screen.getByTestId('trace-timeline');
    expect(timeline).toHaveTextContent('Request #42');
    expect(screen.getByTestId('trace-outcome')).toHaveTextContent('Outcome: OK (200) after 400 ms');
    const lane0 = screen.getByTestId('trace-lane-lane-0');
    expect(within(lane0).getAllByTestId('trace-wait')[0]).toHaveTextContent('80 ms');
    expect(within(lane0).getAllByTestId('trace-serve')[0]).toHaveTextContent('30 ms');
    expect(screen.getByTestId('trace-lane-lane-1')).toHaveTextContent(/Branch 1/);
    expect(within(screen.getByTestId('trace-lane-lane-2')).getByTestId('trace-wait')).toHaveTextContent(
      '120 ms',
    );
    // Stop tracing closes it and tells the worker.
    fireEvent.click(screen.getByRole('button', { name: 'Stop tracing' }));
    expect(t.client.stopTrace).toHaveBeenCalled();
    expect(screen.queryByTestId('trace-timeline')).toBeNull();
  });

  it('"Trace next request" asks the worker, and the bridge stores the trace it sends back', async () => {
    const t = createTestRuntime('orchestration');
    t.renderUi(<App />);
    fireEvent.click(screen.getByTestId('trace-next'));
    expect(t.client.trace).toHaveBeenCalledWith('next');
    // The timeline loads when tracing starts (initial JavaScript budget).
    expect(await screen.findByTestId('trace-timeline')).toHaveTextContent('Waiting for the next request');
    act(() => t.runtime.bridge.receive({ type: 'trace', run: 1, trace }));
    expect(screen.getByTestId('trace-timeline')).toHaveTextContent('Request #42');
  });

  it('draws a waterfall: every bar on one time axis, waiting apart from service, the slowest branch marked', () => {
    const t = createTestRuntime('orchestration');
    act(() => {
      t.runtime.store.getState().setTracing(true);
      t.runtime.store.getState().setTrace(trace);
    });
    t.renderUi(<TraceTimeline />);
    // The axis spans the whole request: 0 to 400 ms.
    expect(screen.getByTestId('trace-axis')).toHaveTextContent(/0.*200 ms.*400 ms/);
    const bars = (lane: string, kind: string) =>
      [
        ...screen.getByTestId(`trace-lane-${lane}`).querySelectorAll<HTMLElement>(`.fs-span__bar.is-${kind}`),
      ].map((bar) => [parseFloat(bar.style.left), parseFloat(bar.style.width)]);
    // Branch 2 waits 1.13 → 1.25 s and is served 1.25 → 1.4 s of a request from 1.0 to 1.4 s.
    const [[waitLeft, waitWidth]] = bars('lane-2', 'wait');
    expect(waitLeft).toBeCloseTo(32.5, 1);
    expect(waitWidth).toBeCloseTo(30, 1);
    const [[serveLeft, serveWidth]] = bars('lane-2', 'serve');
    expect(serveLeft).toBeCloseTo(62.5, 1);
    expect(serveWidth).toBeCloseTo(37.5, 1);
    // Branch 1 runs at the same time (parallel lanes), shorter; branch 2 is the slowest.
    expect(bars('lane-1', 'serve')[0][0]).toBeCloseTo(32.5, 1);
    expect(screen.getByTestId('trace-lane-lane-2')).toHaveClass('is-slowest');
    expect(within(screen.getByTestId('trace-lane-lane-2')).getByTestId('trace-slowest')).toHaveTextContent(
      'slowest branch',
    );
    expect(screen.getByTestId('trace-lane-lane-1')).not.toHaveClass('is-slowest');
    // The bars are hidden from screen readers; the list of hops says it in words.
    for (const track of screen.getAllByTestId('trace-span'))
      expect(track).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('list', { name: 'Branch 2' })).toHaveTextContent(/waits 120 ms, served 150 ms/);
  });

  it('"Trace next" can be limited to one client and one route', () => {
    const t = createTestRuntime('full');
    act(() => t.runtime.store.getState().setTracing(true));
    t.renderUi(<TraceTimeline />);
    fireEvent.change(screen.getByTestId('trace-client'), { target: { value: 'web' } });
    fireEvent.change(screen.getByTestId('trace-route'), { target: { value: '/checkout' } });
    fireEvent.click(screen.getByTestId('trace-filtered'));
    const web = t.runtime.store.getState().scenario.nodes.findIndex((n) => n.id === 'web');
    expect(t.client.trace).toHaveBeenLastCalledWith('next', { clientIndex: web, route: '/checkout' });
  });
});
