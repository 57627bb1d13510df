/**
 * "Trace next" limited to one client and one of its routes, so a lecturer can follow a request
 * through the orchestrator's fan-out on purpose instead of waiting for one by chance.
 */
import { useState } from 'react';
import { selectScenario } from '../../state/selectors.ts';
import { useAppStore, useController } from '../sim-context.ts';

const ANY = '';

export function TraceFilterForm() {
  const scenario = useAppStore(selectScenario);
  const controller = useController();
  const clients = scenario.nodes.flatMap((node, index) => (node.kind === 'client' ? [{ node, index }] : []));
  const [clientId, setClientId] = useState(ANY);
  const [route, setRoute] = useState(ANY);
  const chosen = clients.find((c) => c.node.id === clientId);
  const routes = [
    ...new Set(
      (chosen ? [chosen] : clients).flatMap(({ node }) =>
        node.kind === 'client' ? Object.keys(node.routes) : [],
      ),
    ),
  ].sort();
  return (
    <form
      className="fs-trace__filter"
      aria-label="Trace the next request from"
      onSubmit={(event) => {
        event.preventDefault();
        controller.traceNext({
          ...(chosen ? { clientIndex: chosen.index } : {}),
          ...(route !== ANY && routes.includes(route) ? { route } : {}),
        });
      }}
    >
      <label>
        From
        <select
          value={clientId}
          onChange={(e) => setClientId(e.currentTarget.value)}
          data-testid="trace-client"
        >
          <option value={ANY}>any client</option>
          {clients.map(({ node }) => (
            <option key={node.id} value={node.id}>
              {node.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        on
        <select value={route} onChange={(e) => setRoute(e.currentTarget.value)} data-testid="trace-route">
          <option value={ANY}>any route</option>
          {routes.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="fs-button" data-testid="trace-filtered">
        Trace next
      </button>
    </form>
  );
}
