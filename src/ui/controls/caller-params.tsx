/**
 * Timeout and retry controls for a client or a gateway (DESIGN.md section 8), each with a hint
 * that works the scenario's own numbers: how many attempts a request may make, the waits between
 * them, and what the budget lets through.
 */
import type { ClientNode, GatewayNode, JitterMode, RetryPolicy } from '../../scenario/types.ts';
import { BACKOFF_DEFAULTS, RETRY_ON_DEFAULT } from '../../scenario/resilience.ts';
import { formatDuration, formatPercent } from '../format.ts';
import { useController } from '../sim-context.ts';
import { SelectField, SliderField, ToggleField } from './fields.tsx';
import { integerSteps } from './nice-steps.ts';

export const TIMEOUT_STEPS = [0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 3, 5, 10, 30, 60];
export const BACKOFF_BASE_STEPS = [0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5];
export const BUDGET_RATIO_STEPS = [0, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2];
const ATTEMPT_STEPS = integerSteps(1, 10);

const JITTERS: readonly { value: JitterMode; label: string }[] = [
  { value: 'none', label: 'None (exactly d)' },
  { value: 'full', label: 'Full (0 … d)' },
  { value: 'equal', label: 'Equal (d/2 … d)' },
  { value: 'decorrelated', label: 'Decorrelated' },
];

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
        <>
          <SliderField
            label="Extra tries"
            context={node.label}
            testId={`param-${node.id}-retry-attempts`}
            steps={ATTEMPT_STEPS}
            value={retry.attempts}
            format={String}
            hint={`Each ${who} may be sent up to ${retry.attempts + 1} times (on ${retry.on.join(', ')}): if half of all tries fail, each ${who} costs ${amplification(0.5, retry.attempts).toFixed(2)} tries on average.`}
            onChange={(attempts) => setRetry({ attempts })}
          />
          <SelectField
            label="Backoff jitter"
            context={node.label}
            testId={`param-${node.id}-retry-jitter`}
            value={retry.backoff.jitter}
            options={JITTERS}
            onChange={(jitter) => setRetry({ backoff: { ...retry.backoff, jitter } })}
          />
          <SliderField
            label="Backoff base"
            context={node.label}
            testId={`param-${node.id}-retry-base`}
            steps={BACKOFF_BASE_STEPS}
            value={retry.backoff.base}
            format={formatDuration}
            hint={backoffHint(retry)}
            onChange={(base) =>
              setRetry({ backoff: { ...retry.backoff, base, max: Math.max(base, retry.backoff.max) } })
            }
          />
          <ToggleField
            label="Retry budget"
            context={node.label}
            testId={`param-${node.id}-retry-budget-on`}
            checked={retry.budget !== null}
            onChange={(on) => setRetry({ budget: on ? { ratio: 0.2, minPerS: 1 } : null })}
          />
          {retry.budget !== null && (
            <SliderField
              label="Budget (retries per first try)"
              context={node.label}
              testId={`param-${node.id}-retry-budget`}
              steps={BUDGET_RATIO_STEPS}
              value={retry.budget.ratio}
              format={formatPercent}
              hint={`Over any 10 s, retries may not exceed ${formatPercent(retry.budget.ratio)} of first tries plus ${retry.budget.minPerS * 10}: a storm can add at most that much load.`}
              onChange={(ratio) => setRetry({ budget: { ...(retry.budget ?? { minPerS: 1 }), ratio } })}
            />
          )}
        </>
      )}
    </fieldset>
  );
}

/** Tries per request when each fails with probability p, with r retries: Σ pⁱ, i = 0..r. */
export function amplification(p: number, retries: number): number {
  let sum = 0;
  for (let i = 0; i <= retries; i++) sum += p ** i;
  return sum;
}

function backoffHint(retry: RetryPolicy): string {
  const { base, max, multiplier, jitter } = retry.backoff;
  const waits = [1, 2, 3].map((n) => formatDuration(Math.min(max, base * multiplier ** (n - 1))));
  const spread =
    jitter === 'none'
      ? 'exactly'
      : jitter === 'full'
        ? 'a random share of'
        : jitter === 'equal'
          ? 'between half and all of'
          : 'spread from the base to three times the last wait, about';
  return `Waits before retries 1, 2, 3: ${spread} ${waits.join(', ')} (capped at ${formatDuration(max)}).`;
}
