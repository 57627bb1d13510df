/** Why the run stopped (overload), what went wrong, or why a link did not open, announced as alerts. */
import { selectError, selectHalt, selectNotice } from '../../state/selectors.ts';
import { useAppStore, useController } from '../sim-context.ts';
import { SimHealthStatus } from './sim-health-status.tsx';

export function RunAlerts() {
  const halt = useAppStore(selectHalt);
  const error = useAppStore(selectError);
  const notice = useAppStore(selectNotice);
  const setNotice = useAppStore((s) => s.setNotice);
  const controller = useController();
  const healthy = useAppStore((s) => s.health.phase === 'ok');
  if (!halt && !error && !notice && healthy) return null;
  return (
    <div className="fs-alerts">
      <SimHealthStatus />
      {halt && (
        <div className="fs-alert" role="alert" data-testid="halt-alert">
          <strong>The run stopped: the system is overloaded.</strong> {halt.message}
          <button type="button" className="fs-button" onClick={controller.reset}>
            Reset
          </button>
        </div>
      )}
      {notice && (
        <div className="fs-alert" role="alert" data-testid="notice-alert">
          <span>{notice}</span>
          <button type="button" className="fs-button" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
      {error && (
        <div className="fs-alert" role="alert" data-testid="error-alert">
          <strong>Something went wrong.</strong> {error}
        </div>
      )}
    </div>
  );
}
