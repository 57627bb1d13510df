/**
 * What the worker watchdog noticed, in words a teacher can read out: what happened, at which
 * simulated instant, and that the run carries on from there. A status line, not a dialog: the
 * class keeps watching the graph while it recovers.
 */
import { selectHealth } from '../../state/selectors.ts';
import type { SimFault, SimHealth } from '../../worker/sim-health.ts';
import { formatClock } from '../format.ts';
import { useAppStore, useController } from '../sim-context.ts';

const FAULT_TEXT: Record<SimFault, string> = {
  died: 'The simulation stopped unexpectedly',
  crashed: 'The simulation ran into an error',
  silent: 'The simulation stopped responding',
  'could-not-start': 'This browser could not start the simulation in the background',
};

function words(health: Exclude<SimHealth, { phase: 'ok' }>): string {
  const what = `${FAULT_TEXT[health.fault]} at ${formatClock(health.atS)}.`;
  switch (health.phase) {
    case 'restarting':
      return `${what} Restarting it and picking up where it was…`;
    case 'resumed':
      return health.where === 'page'
        ? `${what} It now runs in this page instead and carried on from there (the page may be a little less smooth). Nothing you changed was lost.`
        : `${what} It was restarted and carried on from there. Nothing you changed was lost.`;
    case 'failed':
      return `${what} It failed again and again, so Flowscope stopped restarting it. Your scenario is kept.`;
  }
}

export function SimHealthStatus() {
  const health = useAppStore(selectHealth);
  const setHealth = useAppStore((s) => s.setHealth);
  const controller = useController();
  if (health.phase === 'ok') return null;
  const failed = health.phase === 'failed';
  return (
    <div
      className={`fs-alert${failed ? '' : ' fs-alert--info'}`}
      role={failed ? 'alert' : 'status'}
      data-testid="sim-health"
      data-phase={health.phase}
      data-at-s={health.atS}
      data-restart-ms={health.phase === 'resumed' ? Math.round(health.restartMs) : undefined}
    >
      <span>{words(health)}</span>
      {failed ? (
        <button type="button" className="fs-button" onClick={controller.retrySimulation}>
          Try again
        </button>
      ) : (
        health.phase === 'resumed' && (
          <button type="button" className="fs-button" onClick={() => setHealth({ phase: 'ok' })}>
            Dismiss
          </button>
        )
      )}
    </div>
  );
}
