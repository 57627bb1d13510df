/** The parameters panel: every component's main knobs, applied live while the run plays. */
import { selectScenario } from '../../state/selectors.ts';
import { KIND_NAME } from '../names.ts';
import { useAppStore } from '../sim-context.ts';
import { NodeParams } from './node-params.tsx';

export function ParamPanel() {
  const scenario = useAppStore(selectScenario);
  const selectNode = useAppStore((s) => s.selectNode);
  const setParamsOpen = useAppStore((s) => s.setParamsOpen);
  return (
    <section className="fs-params" aria-labelledby="fs-params-title">
      <header className="fs-panel__head">
        <h2 id="fs-params-title" className="fs-panel__title">
          Parameters
        </h2>
        <button
          type="button"
          className="fs-button"
          onClick={() => setParamsOpen(false)}
          aria-label="Hide parameters"
        >
          Hide
        </button>
      </header>
      <p className="fs-panel__note">Changes apply live. Click a component in the diagram for its details.</p>
      {scenario.nodes.map((node) => (
        <section
          key={node.id}
          className="fs-params__node"
          aria-labelledby={`fs-params-${node.id}`}
          data-testid={`params-${node.id}`}
        >
          <header className="fs-params__head">
            <h3 id={`fs-params-${node.id}`}>
              {node.label}{' '}
              {node.label !== KIND_NAME[node.kind] && (
                <span className="fs-params__kind">{KIND_NAME[node.kind]}</span>
              )}
            </h3>
            <button
              type="button"
              className="fs-link-button"
              onClick={() => selectNode(node.id)}
              aria-label={`Details of ${node.label}`}
            >
              Details
            </button>
          </header>
          <NodeParams node={node} full={false} />
        </section>
      ))}
    </section>
  );
}
