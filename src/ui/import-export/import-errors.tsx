/** Why a file, drop or paste was not opened: every problem, each naming its field. */
import { ROOT_PATH } from '../../scenario/error-path.ts';
import type { ScenarioError } from '../../scenario/types.ts';

export interface ImportFailure {
  source: string;
  errors: ScenarioError[];
}

const SHOWN = 50;

export function ImportErrors({ failure, onDismiss }: { failure: ImportFailure; onDismiss: () => void }) {
  const { errors } = failure;
  return (
    <div className="fs-alert fs-import-errors" role="alert" data-testid="import-errors">
      <div>
        <strong>
          {failure.source} was not opened; the current scenario is unchanged. {errors.length}{' '}
          {errors.length === 1 ? 'problem' : 'problems'}:
        </strong>
        <ul>
          {errors.slice(0, SHOWN).map((error, i) => (
            <li key={i}>
              {error.path && error.path !== ROOT_PATH ? <code>{error.path}</code> : 'The scenario'}
              {error.path && error.path !== ROOT_PATH ? ': ' : ' '}
              {error.message}
            </li>
          ))}
          {errors.length > SHOWN && <li>… and {errors.length - SHOWN} more</li>}
        </ul>
      </div>
      <button type="button" className="fs-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
