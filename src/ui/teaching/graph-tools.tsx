/**
 * The graph's own teaching controls, in its top-right corner: follow one request, and reduced
 * motion (starts from prefers-reduced-motion; the toggle overrides it until the system setting
 * changes). Clicking a dot also follows that request (DotPicker).
 */
import { Panel } from '@xyflow/react';
import { useAppStore, useController } from '../sim-context.ts';
import './teaching.css';

export function GraphTools() {
  const controller = useController();
  const reduced = useAppStore((s) => s.reducedMotion);
  const setReduced = useAppStore((s) => s.setReducedMotion);
  return (
    <Panel position="top-right" className="fs-graph-tools" aria-label="Graph tools">
      <button
        type="button"
        className="fs-button"
        onClick={() => controller.traceNext()}
        data-testid="trace-next"
        title="Follow the next request any client sends, hop by hop (or click a dot)"
      >
        Trace next request
      </button>
      <button
        type="button"
        className="fs-button"
        aria-pressed={reduced}
        onClick={() => setReduced(!reduced)}
        data-testid="toggle-motion"
        title="Show flow by edge width and counters instead of moving dots"
      >
        Reduced motion
      </button>
    </Panel>
  );
}
