/**
 * The inspector's fault section: the faults on this node and on the edges leaving it, and the
 * buttons that inject one at the current instant (crash now / recover, slow down, error burst,
 * add latency, cut / reconnect). Each is a change through the one door, so a link copied
 * afterwards replays it.
 */
import { FAULT_EDGE_SEPARATOR } from '../../scenario/fault.ts';
import type { Fault, ScenarioNode } from '../../scenario/types.ts';
import { selectScenario } from '../../state/selectors.ts';
import { useAppStore, useController } from '../sim-context.ts';
import { faultName, faultPhase, faultWindow, targetName } from './fault-text.ts';

/** A fault without its start: the click's instant is its start. */
type FaultWithoutAt = Fault extends infer F ? (F extends Fault ? Omit<F, 'at'> : never) : never;

/** How long the timed faults a click injects last, in simulated seconds. */
const SLOW_FOR_S = 30;
const BURST_FOR_S = 10;
const LATENCY_FOR_S = 30;

export function FaultActions({ node }: { node: ScenarioNode }) {
  const controller = useController();
  const scenario = useAppStore(selectScenario);
  const nowS = useAppStore((s) => s.live.timeS);
  const station = node.kind === 'service' || node.kind === 'gateway' || node.kind === 'orchestrator';
  const edges = scenario.edges.filter((e) => e.from === node.id);
  const targets = new Set([node.id, ...edges.map((e) => `${e.from}${FAULT_EDGE_SEPARATOR}${e.to}`)]);
  const listed = scenario.faults
    .map((fault, index) => ({ fault, index }))
    .filter(({ fault }) => targets.has(fault.target));
  const activeOn = (target: string, kind: Fault['kind']) =>
    listed.find(
      ({ fault }) => fault.target === target && fault.kind === kind && faultPhase(fault, nowS) === 'active',
    );
  const add = (fault: FaultWithoutAt) =>
    controller.change({ type: 'add-fault', fault: { ...fault, at: nowS } as Fault });
  const end = (index: number) => controller.change({ type: 'end-fault', index, at: nowS });
  if (!station && edges.length === 0) return null;
  const crash = activeOn(node.id, 'crash');
  return (
    <div className="fs-faults" data-testid={`faults-${node.id}`}>
      <div className="fs-faults__buttons" role="group" aria-label={`Inject a fault into ${node.label}`}>
        {station &&
          (crash ? (
            <button
              type="button"
              className="fs-button"
              onClick={() => end(crash.index)}
              data-testid={`fault-recover-${node.id}`}
            >
              Recover now
            </button>
          ) : (
            <button
              type="button"
              className="fs-button is-danger"
              onClick={() => add({ until: null, target: node.id, kind: 'crash' })}
              data-testid={`fault-crash-${node.id}`}
            >
              Crash now
            </button>
          ))}
        {station && (
          <button
            type="button"
            className="fs-button"
            onClick={() => add({ until: nowS + SLOW_FOR_S, target: node.id, kind: 'slow', factor: 4 })}
          >
            Slow down ×4 for {SLOW_FOR_S} s
          </button>
        )}
        {node.kind === 'service' && (
          <button
            type="button"
            className="fs-button"
            onClick={() =>
              add({ until: nowS + BURST_FOR_S, target: node.id, kind: 'errors', errorRate: 0.5 })
            }
          >
            Error burst: +50% for {BURST_FOR_S} s
          </button>
        )}
      </div>
      {edges.map((edge) => {
        const target = `${edge.from}${FAULT_EDGE_SEPARATOR}${edge.to}`;
        const cut = activeOn(target, 'partition');
        const to = scenario.nodes.find((n) => n.id === edge.to)?.label ?? edge.to;
        return (
          <div
            key={target}
            className="fs-faults__buttons"
            role="group"
            aria-label={`Faults on the link to ${to}`}
          >
            <span className="fs-faults__edge">→ {to}</span>
            <button
              type="button"
              className="fs-button"
              onClick={() => add({ until: nowS + LATENCY_FOR_S, target, kind: 'latency', latency: 0.5 })}
            >
              +0.5 s latency for {LATENCY_FOR_S} s
            </button>
            {cut ? (
              <button
                type="button"
                className="fs-button"
                onClick={() => end(cut.index)}
                data-testid={`fault-reconnect-${edge.from}-${edge.to}`}
              >
                Reconnect
              </button>
            ) : (
              <button
                type="button"
                className="fs-button is-danger"
                onClick={() => add({ until: null, target, kind: 'partition' })}
                data-testid={`fault-cut-${edge.from}-${edge.to}`}
              >
                Cut
              </button>
            )}
          </div>
        );
      })}
      {listed.length > 0 && (
        <ul
          className="fs-faults__list"
          aria-label="Faults on this component"
          data-testid={`fault-list-${node.id}`}
        >
          {listed.map(({ fault, index }) => (
            <FaultRow
              key={index}
              fault={fault}
              index={index}
              nowS={nowS}
              scenarioTarget={targetName(scenario, fault.target)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

/** One fault: what, where, when, its phase, and "Remove" while it has not started. */
export function FaultRow({
  fault,
  index,
  nowS,
  scenarioTarget,
}: {
  fault: Fault;
  index: number;
  nowS: number;
  scenarioTarget: string;
}) {
  const controller = useController();
  const phase = faultPhase(fault, nowS);
  return (
    <li className={`fs-fault is-${phase}`} data-testid={`fault-${index}`} data-phase={phase}>
      <span className="fs-fault__what">{faultName(fault)}</span> <span>{scenarioTarget}</span>{' '}
      <span className="fs-fault__when">{faultWindow(fault)}</span>{' '}
      <span className="fs-fault__phase">
        ({phase === 'future' ? 'scheduled' : phase === 'active' ? 'now' : 'over'})
      </span>
      {phase === 'future' && (
        <button
          type="button"
          className="fs-button fs-button--small"
          onClick={() => controller.change({ type: 'remove-fault', index })}
          aria-label={`Remove the ${faultName(fault)} fault on ${scenarioTarget} at ${fault.at.toFixed(1)} s`}
        >
          Remove
        </button>
      )}
    </li>
  );
}
