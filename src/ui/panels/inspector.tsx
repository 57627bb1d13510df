/**
 * Everything about one component: what it is for, its live figures, its recent history and all of
 * its parameters (editable, applied live). Opens when a node is clicked or focused and Enter is
 * pressed; Escape or the close button closes it.
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { selectNode, selectSelectedNodeId } from '../../state/selectors.ts';
import { NodeParams } from '../controls/node-params.tsx';
import { KIND_NAME } from '../names.ts';
import { useAppStore } from '../sim-context.ts';
import { ParameterExplanations } from '../teaching/parameter-explanations.tsx';
import { TermText } from '../teaching/term-text.tsx';
import { explain } from './explanations.ts';
import { LiveTable } from './live-table.tsx';
import { NodeCharts } from './node-charts.tsx';
import { RenameField } from '../editor/rename-field.tsx';
import { ConnectionsField } from '../editor/connections-field.tsx';
import { FaultSection } from '../faults/fault-section.tsx';

// The closed forms and their sentences load with the first inspector, not at start.
const TheoryPanel = lazy(() =>
  import('../teaching/theory-panel.tsx').then((module) => ({ default: module.TheoryPanel })),
);

export function Inspector() {
  const id = useAppStore(selectSelectedNodeId);
  const node = useAppStore(selectNode(id ?? ''));
  const selectNodeId = useAppStore((s) => s.selectNode);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Move focus to the inspector when it opens so keyboard and screen-reader users land in it.
    if (id) headingRef.current?.focus({ preventScroll: true });
  }, [id]);
  if (!node) return null;
  return (
    <section className="fs-inspector" aria-labelledby="fs-inspector-title" data-testid="inspector">
      <header className="fs-inspector__head">
        <h2 id="fs-inspector-title" ref={headingRef} tabIndex={-1} className="fs-panel__title">
          {node.label}{' '}
          {node.label !== KIND_NAME[node.kind] && (
            <span className="fs-inspector__kind">{KIND_NAME[node.kind]}</span>
          )}
        </h2>
        <button
          type="button"
          className="fs-button"
          onClick={() => selectNodeId(null)}
          aria-label="Close inspector"
        >
          Close
        </button>
      </header>
      <p className="fs-explain" data-testid="inspector-explanation">
        <TermText text={explain(node)} />
      </p>
      <ParameterExplanations node={node} />
      <h3 className="fs-inspector__section">Live</h3>
      <LiveTable id={node.id} kind={node.kind} />
      <FaultSection node={node} />
      <Suspense fallback={null}>
        <TheoryPanel nodeId={node.id} />
      </Suspense>
      <h3 className="fs-inspector__section">Recent history</h3>
      <NodeCharts id={node.id} kind={node.kind} />
      <h3 className="fs-inspector__section">Parameters</h3>
      <div className="fs-inspector__params">
        <RenameField key={node.id} id={node.id} label={node.label} />
        <ConnectionsField id={node.id} />
        <NodeParams node={node} full />
      </div>
    </section>
  );
}
