/**
 * The compact theory line on a queueing node: utilisation ρ = λ·E[S]/c from the measured arrival
 * rate, marked (shape and colour) when the station is overloaded or its workers are held by a full
 * queue. Renders nothing for a node that does not queue.
 */
import { stationRho } from '../../state/station-rho.ts';
import { useAppStore } from '../sim-context.ts';

export function RhoFigure({ id }: { id: string }) {
  // Rounded to two digits: a primitive that changes only when the shown figure does.
  const rho = useAppStore((s) => {
    const r = stationRho(s.scenario, s.live, s.report, id);
    return r === null ? null : Math.round(r * 100) / 100;
  });
  // A publisher held by a full queue under `block`: its workers are busy holding jobs, which the
  // work-only ρ leaves out, so say so beside it rather than show a calm 0.15 next to "Busy 4/4".
  const held = useAppStore((s) => s.live.nodes[id]?.held ?? 0);
  if (rho === null) return null;
  if (held > 0) {
    return (
      <div className="fs-figure" data-testid={`rho-${id}`}>
        <span className="fs-figure__name">
          <abbr title="utilisation: arrival rate × service time ÷ workers">ρ</abbr>
        </span>
        <span
          className="fs-figure__value is-bad"
          title="ρ counts only the work; these workers are also held, each with a job the full queue has not taken yet"
        >
          ▲ {rho.toFixed(2)} + <span data-testid={`rho-held-${id}`}>{held} held</span>
        </span>
      </div>
    );
  }
  const over = rho >= 1;
  return (
    <div className="fs-figure" data-testid={`rho-${id}`}>
      <span className="fs-figure__name">
        <abbr title="utilisation: arrival rate × service time ÷ workers">ρ</abbr>
      </span>
      <span
        className={`fs-figure__value${over ? ' is-bad' : ''}`}
        title={over ? 'Overloaded: ρ ≥ 1' : undefined}
      >
        {over ? '▲ ' : ''}
        {rho.toFixed(2)} · <span data-testid={`rho-percent-${id}`}>{Math.round(rho * 100)}%</span>
        {over && <span className="fs-visually-hidden"> overloaded</span>}
      </span>
    </div>
  );
}
