import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FlowGraph } from '../../src/ui/graph/flow-graph.tsx';
import { createTestRuntime } from './test-runtime.tsx';

function edgeIndex(scenario: { edges: { from: string; to: string }[] }, from: string, to: string): number {
  return scenario.edges.findIndex((e) => e.from === from && e.to === to);
}

describe('graph nodes show their live state', () => {
  it('renders one node per component, each with its label', () => {
    const t = createTestRuntime('full');
    t.renderUi(<FlowGraph />);
    for (const node of t.runtime.store.getState().scenario.nodes) {
      expect(screen.getByTestId(`node-${node.id}`).querySelector('.fs-node__label')).toHaveTextContent(
        node.label,
      );
    }
  });

  it('client: device and rate, following a live change', () => {
    const t = createTestRuntime('full');
    t.renderUi(<FlowGraph />);
    const mobile = screen.getByTestId('node-mobile');
    expect(within(mobile).getByText('Mobile client')).toBeInTheDocument();
    expect(screen.getByTestId('client-rate-mobile')).toHaveTextContent('24/s');
    act(() => t.runtime.controller.changeNode('mobile', { rate: 80 }));
    expect(screen.getByTestId('client-rate-mobile')).toHaveTextContent('80/s');
  });

  it("load balancer: algorithm and each target's recent share", () => {
    const t = createTestRuntime('full');
    const scenario = t.runtime.store.getState().scenario;
    const toG1 = edgeIndex(scenario, 'lb', 'gateway-1');
    const toG2 = edgeIndex(scenario, 'lb', 'gateway-2');
    t.renderUi(<FlowGraph />);
    act(() => {
      t.feed({ timeS: 0 });
      t.feed({ timeS: 4, edgeCounts: Object.assign([], { [toG1]: 120, [toG2]: 40 }) });
    });
    expect(screen.getByTestId('lb-algorithm-lb')).toHaveTextContent('Round robin');
    expect(screen.getByTestId('lb-share-lb-gateway-1')).toHaveTextContent('75%');
    expect(screen.getByTestId('lb-share-lb-gateway-2')).toHaveTextContent('25%');
    act(() => t.runtime.controller.changeNode('lb', { algorithm: 'least-connections' }));
    expect(screen.getByTestId('lb-algorithm-lb')).toHaveTextContent('Least connections');
  });

  it('gateway: accepted per second and rejections by code', () => {
    const t = createTestRuntime('full');
    t.renderUi(<FlowGraph />);
    act(() => {
      t.feed({ timeS: 0 });
      t.feed({
        timeS: 4,
        nodes: {
          'gateway-1': {
            completed: 80,
            failed: { unauthorized: 7, 'rate-limited': 3, 'not-found': 2, invalid: 1 },
          },
        },
      });
    });
    expect(screen.getByTestId('gateway-accepted-gateway-1')).toHaveTextContent('20/s');
    expect(screen.getByTestId('gateway-401-gateway-1')).toHaveTextContent('7');
    expect(screen.getByTestId('gateway-429-gateway-1')).toHaveTextContent('3');
    expect(screen.getByTestId('gateway-404-gateway-1')).toHaveTextContent('2');
    expect(screen.getByTestId('gateway-400-gateway-1')).toHaveTextContent('1');
  });

  it('orchestrator: fan-outs in progress', () => {
    const t = createTestRuntime('full');
    t.renderUi(<FlowGraph />);
    act(() => t.feed({ timeS: 1, nodes: { checkout: { joining: 6 } } }));
    expect(screen.getByTestId('orchestrator-joining-checkout')).toHaveTextContent('6');
  });

  it('service: busy slots, waiting line, utilisation, and a DOWN badge', () => {
    const t = createTestRuntime('full');
    t.renderUi(<FlowGraph />);
    act(() => t.feed({ timeS: 1, nodes: { catalog: { busy: 2, workers: 3, waiting: 9 } } }));
    expect(screen.getByTestId('service-busy-catalog')).toHaveTextContent('2 / 3');
    expect(screen.getByTestId('service-utilization-catalog')).toHaveTextContent('67%');
    expect(screen.getByTestId('service-waiting-catalog')).toHaveTextContent('9');
    const catalog = screen.getByTestId('node-catalog');
    expect(catalog.querySelectorAll('.fs-slot')).toHaveLength(3);
    expect(catalog.querySelectorAll('.fs-slot.is-busy')).toHaveLength(2);
    act(() => t.runtime.controller.changeNode('catalog', { down: true }));
    expect(within(catalog).getByText('DOWN')).toBeInTheDocument();
  });

  it('queue: backlog against capacity, growth, time until full, dead letters', () => {
    const t = createTestRuntime('queue-30-vs-5');
    t.renderUi(<FlowGraph />);
    act(() => {
      for (let s = 0; s <= 8; s++) t.feed({ timeS: s, nodes: { jobs: { waiting: 25 * s } } });
    });
    expect(screen.getByTestId('queue-backlog-jobs')).toHaveTextContent('200 / 500');
    expect(screen.getByTestId('queue-growth-jobs')).toHaveTextContent('+25/s');
    expect(screen.getByTestId('queue-full-in-jobs')).toHaveTextContent('12 s');
    act(() => t.runtime.controller.changeNode('jobs', { overflow: 'dead-letter' }));
    act(() => t.feed({ timeS: 9, nodes: { jobs: { waiting: 500, deadLettered: 14 } } }));
    expect(screen.getByTestId('queue-dlq-jobs')).toHaveTextContent('14');
    expect(screen.getByTestId('queue-full-in-jobs')).toHaveTextContent('full now');
  });

  it('edges: labelled with their current throughput', () => {
    const t = createTestRuntime('queue-30-vs-5');
    t.renderUi(<FlowGraph />);
    act(() => {
      t.feed({ timeS: 0 });
      t.feed({ timeS: 4, edgeCounts: [120, 120, 20] });
    });
    expect(screen.getByTestId('edge-rate-0')).toHaveTextContent('30/s');
    expect(screen.getByTestId('edge-rate-2')).toHaveTextContent('5/s');
  });
});
