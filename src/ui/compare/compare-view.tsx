/**
 * Compare mode's main area: A and B side by side on a wide screen, one above the other on a phone
 * (CSS), each its own live graph in its own runtime's context, and the difference table under them.
 * Selecting a node on one side points the controls at that side.
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { SimRuntime } from '../../state/sim-runtime.ts';
import { FlowGraph } from '../graph/flow-graph.tsx';
import { SimContext } from '../sim-context.ts';
import { useComparePair } from './compare-context.ts';
import { DifferenceTable } from './difference-table.tsx';

function Pane({ runtime, side }: { runtime: SimRuntime; side: 'A' | 'B' }) {
  const loadCount = useStore(runtime.store, (s) => s.loadCount);
  const timeS = useStore(runtime.store, (s) => s.live.timeS);
  return (
    <section className={`fs-pane fs-pane--${side}`} aria-label={`Side ${side}`} data-testid={`pane-${side}`}>
      <div className="fs-pane__head">
        <span className="fs-pane__tag" aria-hidden="true">
          {side}
        </span>
        <span className="fs-pane__clock" data-testid={`pane-${side}-clock`} data-seconds={timeS}>
          {timeS.toFixed(1)} s
        </span>
      </div>
      <div className="fs-pane__graph">
        <SimContext value={runtime}>
          <FlowGraph key={loadCount} fitWhole />
        </SimContext>
      </div>
    </section>
  );
}

export function CompareView() {
  const pair = useComparePair();
  useEffect(() => {
    if (!pair) return;
    const target = pair.a.store.getState().setCompareTarget;
    const follow = (runtime: SimRuntime, side: 'A' | 'B') =>
      runtime.store.subscribe((s, prev) => {
        if (s.selectedNodeId !== null && s.selectedNodeId !== prev.selectedNodeId) target(side);
      });
    const stops = [follow(pair.a, 'A'), follow(pair.b, 'B')];
    return () => stops.forEach((stop) => stop());
  }, [pair]);
  if (!pair) return null;
  return (
    <div className="fs-compare" data-testid="compare-view">
      <div className="fs-compare__panes">
        <Pane runtime={pair.a} side="A" />
        <Pane runtime={pair.b} side="B" />
      </div>
      <DifferenceTable pair={pair} />
    </div>
  );
}
