/**
 * The fault timeline under the clock: every fault of the scenario as a bar over simulated time,
 * with a marker at the current instant; future faults can be removed from the list below it.
 */
import { selectScenario } from '../../state/selectors.ts';
import { useAppStore } from '../sim-context.ts';
import { FaultRow } from './fault-actions.tsx';
import './faults.css';
import { faultName, faultPhase, targetName } from './fault-text.ts';

export function FaultTimeline() {
  const scenario = useAppStore(selectScenario);
  // Whole seconds: the bars move once a second, not every frame.
  const nowS = useAppStore((s) => Math.floor(s.live.timeS));
  const faults = scenario.faults;
  if (faults.length === 0) return null;
  const last = Math.max(...faults.map((f) => f.until ?? f.at));
  const spanS = Math.max(60, nowS * 1.25, last * 1.1);
  const x = (s: number) => `${Math.min(100, (s / spanS) * 100)}%`;
  return (
    <section className="fs-fault-timeline" aria-label="Fault timeline" data-testid="fault-timeline">
      <div className="fs-fault-timeline__track" aria-hidden="true">
        {faults.map((fault, i) => (
          <span
            key={i}
            className={`fs-fault-timeline__bar is-${fault.kind} is-${faultPhase(fault, nowS)}`}
            style={{
              left: x(fault.at),
              width: `calc(${x(fault.until ?? spanS)} - ${x(fault.at)})`,
              top: `${(i % 4) * 6}px`,
            }}
            title={`${faultName(fault)} ${targetName(scenario, fault.target)}`}
          />
        ))}
        <span className="fs-fault-timeline__now" style={{ left: x(nowS) }} />
      </div>
      <details className="fs-fault-timeline__details">
        <summary>
          {faults.length} fault{faults.length === 1 ? '' : 's'} scheduled
        </summary>
        <ul className="fs-faults__list">
          {faults.map((fault, index) => (
            <FaultRow
              key={index}
              fault={fault}
              index={index}
              nowS={nowS}
              scenarioTarget={targetName(scenario, fault.target)}
            />
          ))}
        </ul>
      </details>
    </section>
  );
}
