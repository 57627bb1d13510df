/**
 * Circuit-breaker controls (gateway, orchestrator) and autoscaling controls (service), each hint
 * using the scenario's own numbers (DESIGN.md section 8).
 */
import type {
  Autoscale,
  CircuitBreaker,
  GatewayNode,
  OrchestratorNode,
  ServiceNode,
} from '../../scenario/types.ts';
import { AUTOSCALE_DEFAULTS, BREAKER_DEFAULTS } from '../../scenario/resilience.ts';
import { formatDuration, formatPercent } from '../format.ts';
import { useController } from '../sim-context.ts';
import { SliderField, ToggleField } from './fields.tsx';
import { integerSteps } from './nice-steps.ts';
import { SHARE_STEPS } from './steps.ts';

export const OPEN_FOR_STEPS = [0.5, 1, 2, 3, 5, 10, 20, 30, 60];
export const STARTUP_STEPS = [0, 1, 2, 5, 10, 15, 20, 30, 60, 120];
export const INTERVAL_STEPS = [1, 2, 5, 10, 15, 30, 60];
const TARGET_STEPS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
const WORKER_STEPS = integerSteps(1, 50);

export function BreakerParams({ node }: { node: GatewayNode | OrchestratorNode }) {
  const controller = useController();
  const breaker = node.circuitBreaker;
  const set = (patch: Partial<CircuitBreaker>) =>
    breaker && controller.changeNode(node.id, { circuitBreaker: { ...breaker, ...patch } });
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
            onChange={(failureRate) => set({ failureRate })}
          />
          <SliderField
            label="Open for"
            context={node.label}
            testId={`param-${node.id}-breaker-open-for`}
            steps={OPEN_FOR_STEPS}
            value={breaker.openFor}
            format={formatDuration}
            onChange={(openFor) => set({ openFor })}
          />
        </>
      )}
    </fieldset>
  );
}

export function AutoscaleParams({ node }: { node: ServiceNode }) {
  const controller = useController();
  const scale = node.autoscale;
  const set = (patch: Partial<Autoscale>) => {
    if (!scale) return;
    const next = { ...scale, ...patch };
    if (next.min > next.max) next.max = next.min;
    controller.changeNode(node.id, { autoscale: next });
  };
  const mean = node.serviceTime.mean;
  return (
    <fieldset className="fs-fieldset">
      <legend>Autoscaling</legend>
      <ToggleField
        label="Autoscale"
        context={node.label}
        testId={`param-${node.id}-autoscale-on`}
        checked={scale !== null}
        onChange={(on) =>
          controller.changeNode(node.id, {
            autoscale: on ? { ...AUTOSCALE_DEFAULTS, min: 1, max: Math.max(10, node.workers) } : null,
          })
        }
      />
      {scale !== null && (
        <>
          <SliderField
            label="Target utilisation"
            context={node.label}
            testId={`param-${node.id}-autoscale-target`}
            steps={scale.metric === 'utilization' ? TARGET_STEPS : [1, 2, 5, 10, 20, 50, 100]}
            value={scale.target}
            format={scale.metric === 'utilization' ? formatPercent : String}
            hint={
              scale.metric === 'utilization'
                ? `Every ${formatDuration(scale.interval)}: workers = ceil(current × busy share ÷ ${formatPercent(scale.target)}), from ${scale.min} to ${scale.max}. At λ requests/s and ${formatDuration(mean)} each it settles at ceil(λ × ${formatDuration(mean)} ÷ ${formatPercent(scale.target)}).`
                : `Every ${formatDuration(scale.interval)}: workers = ceil(waiting ÷ ${scale.target}), from ${scale.min} to ${scale.max}.`
            }
            onChange={(target) => set({ target })}
          />
          <SliderField
            label="Start-up time"
            context={node.label}
            testId={`param-${node.id}-autoscale-startup`}
            steps={STARTUP_STEPS}
            value={scale.startup}
            format={formatDuration}
            hint={`A new worker serves ${formatDuration(scale.startup)} after it is asked for (a cold start); until then the backlog keeps growing. Scaling down waits ${formatDuration(scale.scaleDownDelay)}.`}
            onChange={(startup) => set({ startup })}
          />
          <SliderField
            label="Decision interval"
            context={node.label}
            testId={`param-${node.id}-autoscale-interval`}
            steps={INTERVAL_STEPS}
            value={scale.interval}
            format={formatDuration}
            onChange={(interval) => set({ interval })}
          />
          <SliderField
            label="Most workers"
            context={node.label}
            testId={`param-${node.id}-autoscale-max`}
            steps={WORKER_STEPS}
            value={scale.max}
            format={String}
            onChange={(max) => set({ max, min: Math.min(scale.min, max) })}
          />
        </>
      )}
    </fieldset>
  );
}
