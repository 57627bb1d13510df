/**
 * Timeout and retry controls for a client or a gateway (DESIGN.md section 8): the timeout here,
 * the retry policy's parts in retry-params.tsx. Every change goes through the controller's one
 * door (`changeNode` → checkChange), so it is validated, applied live and carried in the link.
 */
import type { ClientNode, GatewayNode, RetryPolicy } from '../../scenario/types.ts';
import { BACKOFF_DEFAULTS, RETRY_ON_DEFAULT } from '../../scenario/resilience.ts';
import { formatDuration } from '../format.ts';
import { useController } from '../sim-context.ts';
import { SliderField, ToggleField } from './fields.tsx';
import { RetryDetails } from './retry-params.tsx';

export const TIMEOUT_STEPS = [0.05, 0.1, 0.2, 0.25, 0.5, 0.9, 1, 2, 3, 5, 10, 30, 60];

type Caller = ClientNode | GatewayNode;

export function CallerParams({ node }: { node: Caller }) {
  const controller = useController();
  const change = (patch: Partial<Pick<Caller, 'timeout' | 'retry'>>) => controller.changeNode(node.id, patch);
  const retry = node.retry;
  const setRetry = (patch: Partial<RetryPolicy>) => retry && change({ retry: { ...retry, ...patch } });
  const who = node.kind === 'client' ? 'request' : 'call';
  return (
    <fieldset className="fs-fieldset" data-testid={`defences-${node.id}`}>
      <legend>Timeout and retries</legend>
      <ToggleField
        label="Timeout"
        context={node.label}
        testId={`param-${node.id}-timeout-on`}
        checked={node.timeout !== null}
        onChange={(on) => change({ timeout: on ? 1 : null })}
      />
      {node.timeout !== null && (
        <SliderField
          label="Timeout per attempt"
          context={node.label}
          testId={`param-${node.id}-timeout`}
          steps={TIMEOUT_STEPS}
          value={node.timeout}
          format={formatDuration}
          hint={`An attempt still unanswered after ${formatDuration(node.timeout)} ends 504 here; its work is not cancelled and goes on downstream, wasted.`}
          onChange={(timeout) => change({ timeout })}
        />
      )}
      <ToggleField
        label="Retry"
        context={node.label}
        testId={`param-${node.id}-retry-on`}
        checked={retry !== null}
        onChange={(on) =>
          change({
            retry: on
              ? { attempts: 3, on: [...RETRY_ON_DEFAULT], backoff: { ...BACKOFF_DEFAULTS }, budget: null }
              : null,
          })
        }
      />
      {retry !== null && (
        <RetryDetails
          retry={retry}
          context={node.label}
          idPrefix={`param-${node.id}`}
          who={who}
          firstTriesPerS={node.kind === 'client' ? node.rate : null}
          onChange={setRetry}
        />
      )}
    </fieldset>
  );
}
