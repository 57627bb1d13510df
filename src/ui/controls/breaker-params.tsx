/**
 * Circuit-breaker controls (gateway, orchestrator: one breaker per outgoing edge), each hint using
 * the scenario's own numbers (DESIGN.md section 8).
 */
import type { CircuitBreaker, GatewayNode, OrchestratorNode } from '../../scenario/types.ts';
import { BREAKER_DEFAULTS } from '../../scenario/resilience.ts';
import { formatDuration, formatPercent } from '../format.ts';
import { useController } from '../sim-context.ts';
import { SliderField, ToggleField } from './fields.tsx';
import { integerSteps } from './nice-steps.ts';
import { SHARE_STEPS } from './steps.ts';

export const OPEN_FOR_STEPS = [0.5, 1, 2, 3, 5, 10, 20, 30, 60];
export const WINDOW_STEPS = [1, 2, 5, 10, 20, 30, 50, 100, 200, 500, 1000];
const TRIAL_STEPS = integerSteps(1, 10);

export function BreakerParams({ node }: { node: GatewayNode | OrchestratorNode }) {
  const controller = useController();
  const breaker = node.circuitBreaker;
  const set = (patch: Partial<CircuitBreaker>) => {
    if (!breaker) return;
    const next = { ...breaker, ...patch };
    // The window holds the calls counted, so it can never need more than it holds.
    if (next.minCalls > next.window) next.minCalls = next.window;
    controller.changeNode(node.id, { circuitBreaker: next });
  };
  const failuresToOpen = breaker && Math.max(1, Math.ceil(breaker.failureRate * breaker.minCalls - 1e-9));
  return (
    <fieldset className="fs-fieldset">
      <legend>Circuit breaker (one per outgoing edge)</legend>
      <ToggleField
        label="Circuit breaker"
        context={node.label}
        testId={`param-${node.id}-breaker-on`}
        checked={breaker !== null}
        hint={
          breaker &&
          `Opens when at least ${breaker.minCalls} of the last ${breaker.window} calls include ${formatPercent(breaker.failureRate)} failures (500, 503, 504); then refuses calls with 503 for ${formatDuration(breaker.openFor)}, and lets ${breaker.halfOpenCalls} trial call${breaker.halfOpenCalls === 1 ? '' : 's'} through to test the target.`
        }
        onChange={(on) =>
          controller.changeNode(node.id, { circuitBreaker: on ? { ...BREAKER_DEFAULTS } : null })
        }
      />
      {breaker !== null && (
        <>
          <SliderField
            label="Failure rate to open"
            context={node.label}
            testId={`param-${node.id}-breaker-rate`}
            steps={SHARE_STEPS.filter((s) => s > 0)}
            value={breaker.failureRate}
            format={formatPercent}
            hint={`Soonest, it opens after ${failuresToOpen} failures in the first ${breaker.minCalls} calls.`}
            onChange={(failureRate) => set({ failureRate })}
          />
          <SliderField
            label="Calls remembered (window)"
            context={node.label}
            testId={`param-${node.id}-breaker-window`}
            steps={WINDOW_STEPS}
            value={breaker.window}
            format={String}
            hint={`The share is of the last ${breaker.window} answers: a longer window reacts later but is not fooled by a few unlucky calls.`}
            onChange={(window) => set({ window })}
          />
          <SliderField
            label="Fewest calls to judge"
            context={node.label}
            testId={`param-${node.id}-breaker-min-calls`}
            steps={WINDOW_STEPS.filter((s) => s <= breaker.window)}
            value={breaker.minCalls}
            format={String}
            hint={`With fewer than ${breaker.minCalls} answers remembered it never opens: one failed call out of one is not a trend.`}
            onChange={(minCalls) => set({ minCalls })}
          />
          <SliderField
            label="Open for"
            context={node.label}
            testId={`param-${node.id}-breaker-open-for`}
            steps={OPEN_FOR_STEPS}
            value={breaker.openFor}
            format={formatDuration}
            hint={`While open, calls get 503 at once for ${formatDuration(breaker.openFor)}: the target gets time to drain its line. During an outage that is about one trial every ${formatDuration(breaker.openFor)}.`}
            onChange={(openFor) => set({ openFor })}
          />
          <SliderField
            label="Trial calls (half-open)"
            context={node.label}
            testId={`param-${node.id}-breaker-trials`}
            steps={TRIAL_STEPS}
            value={breaker.halfOpenCalls}
            format={String}
            hint={`After ${formatDuration(breaker.openFor)}, ${breaker.halfOpenCalls} call${breaker.halfOpenCalls === 1 ? ' goes' : 's go'} through: if ${breaker.halfOpenCalls === 1 ? 'it succeeds' : 'all succeed'} the breaker closes, one failure opens it again.`}
            onChange={(halfOpenCalls) => set({ halfOpenCalls })}
          />
        </>
      )}
    </fieldset>
  );
}
