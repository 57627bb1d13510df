/**
 * The inspector's connections: where this node sends (each edge with a Remove button) and a
 * "Send to" picker to add an edge — the keyboard and touch way to connect and disconnect. Each
 * edit goes through the editor, which refuses a graph that cannot run and says why.
 */
import { useId, useState } from 'react';
import { selectScenario } from '../../state/selectors.ts';
import { useAppStore } from '../sim-context.ts';
import { useEditor } from './use-editor.ts';

export function ConnectionsField({ id }: { id: string }) {
  const editor = useEditor();
  const scenario = useAppStore(selectScenario);
  const [target, setTarget] = useState('');
  const selectId = useId();
  const labelOf = (nodeId: string) => scenario.nodes.find((n) => n.id === nodeId)?.label ?? nodeId;
  const outgoing = scenario.edges
    .map((edge, index) => ({ edge, index }))
    .filter(({ edge }) => edge.from === id);
  const candidates = scenario.nodes.filter(
    (n) => n.id !== id && n.kind !== 'client' && !outgoing.some(({ edge }) => edge.to === n.id),
  );
  return (
    <div className="fs-connections" data-testid="connections">
      <h4 className="fs-connections__title">Sends to</h4>
      {outgoing.length === 0 ? (
        <p className="fs-connections__none">nothing</p>
      ) : (
        <ul>
          {outgoing.map(({ edge, index }) => (
            <li key={index}>
              <span>
                {labelOf(edge.to)}
                {edge.route ? ` (${edge.route})` : ''}
              </span>
              <button
                type="button"
                className="fs-button fs-button--small"
                aria-label={`Remove the edge to ${labelOf(edge.to)}`}
                onClick={() => editor.deleteEdge(index)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 && (
        <form
          className="fs-connections__add"
          onSubmit={(event) => {
            event.preventDefault();
            if (target) editor.connect(id, target);
            setTarget('');
          }}
        >
          <label htmlFor={selectId}>Send to</label>
          <select
            id={selectId}
            value={target}
            onChange={(event) => setTarget(event.currentTarget.value)}
            data-testid="connect-target"
          >
            <option value="">Choose…</option>
            {candidates.map((n) => (
              <option key={n.id} value={n.id}>
                {n.label}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="fs-button fs-button--small"
            disabled={!target}
            data-testid="connect"
          >
            Connect
          </button>
        </form>
      )}
    </div>
  );
}
